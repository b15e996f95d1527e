package dev.tarjama.internal.extract;

import dev.tarjama.model.TextBlock;
import java.util.List;

/**
 * A page's main text and what it says about itself.
 *
 * @param metadata title, byline, date, canonical address, outlet, language
 * @param headline the article's own top heading as the page shows it, or {@code null}; kept apart from the text
 * @param blocks   the main text, a block per paragraph, heading or list item, in reading order
 */
public record ExtractedPage(PageMetadata metadata, String headline, List<TextBlock> blocks) {
    public ExtractedPage {
        blocks = List.copyOf(blocks);
    }

    /** The main text, one block per line. */
    public String text() {
        return String.join("\n", blocks.stream().map(TextBlock::text).toList());
    }

    /** The headline to show: the page's own heading, else the title its metadata gives. */
    public String title() {
        return headline != null && !headline.isBlank() ? headline : metadata.title();
    }
}
