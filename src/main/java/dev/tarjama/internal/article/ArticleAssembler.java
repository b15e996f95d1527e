package dev.tarjama.internal.article;

import dev.tarjama.InputException;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.SourceInfo;
import dev.tarjama.model.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the blocks read from a document into an article: the title first when there is one, each block cleaned, the
 * language guessed from that text alone (never from markup or scripts), over-long paragraphs cut into sentences.
 */
final class ArticleAssembler {
    private final TextNormalizer normalizer;
    private final LanguageGuesser languages = new LanguageGuesser();
    private final SentenceSplitter splitter;

    ArticleAssembler(TextNormalizer normalizer, SentenceSplitter splitter) {
        this.normalizer = normalizer;
        this.splitter = splitter;
    }

    /**
     * @param title    a title known apart from the blocks (a page's headline, a feed item's title), or {@code null}
     * @param language the source language, or {@code null} to guess it
     */
    Article assemble(
            String input, String title, List<TextBlock> blocks, String charset, String language, SourceInfo source) {
        List<TextBlock> cleaned = new ArrayList<>(blocks.size() + 1);
        String heading = title == null ? "" : normalizer.cleanParagraph(normalizer.normalizeDocument(title));
        if (!heading.isEmpty()) {
            cleaned.add(new TextBlock(ParagraphKind.TITLE, heading));
        }
        for (TextBlock block : blocks) {
            String text = normalizer.cleanParagraph(normalizer.normalizeDocument(block.text()));
            if (!text.isEmpty() && !(text.equals(heading) && cleaned.size() == 1)) {
                cleaned.add(new TextBlock(block.kind(), text));
            }
        }
        if (cleaned.stream().noneMatch(block -> block.kind() != ParagraphKind.TITLE)) {
            throw new InputException(input + ": contains no paragraphs of text");
        }
        String all = String.join("\n", cleaned.stream().map(TextBlock::text).toList());
        if (language != null && !languages.scriptFits(all, language)) {
            throw new InputException(input + ": the text is not written in the script of " + language
                    + ", the language it was declared to be in; it may be read in the wrong charset, or the "
                    + "language is wrong (nothing was sent)");
        }
        String lang = language != null ? language : languages.guess(all);
        List<Paragraph> paragraphs = new ArrayList<>(cleaned.size());
        String articleTitle = "";
        for (TextBlock block : cleaned) {
            paragraphs.add(
                    new Paragraph(paragraphs.size(), block.kind(), block.text(), splitter.split(block.text(), lang)));
            if (block.kind() == ParagraphKind.TITLE && articleTitle.isEmpty()) {
                articleTitle = block.text();
            }
        }
        return new Article(input, articleTitle, lang, charset, paragraphs, source);
    }
}
