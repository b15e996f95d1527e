package dev.tarjama.internal.extract;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TextBlock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a web page and what the page says about itself, with jsoup: the page is read for its metadata,
 * cleaned of what is never article text, the article's container found by where the prose is, teaser cards pruned
 * from it, and its text read a block at a time. A page whose markup yields less than half the text its own JSON-LD
 * declares as the article's body (a script-rendered page) is read from that declaration instead.
 */
public final class HtmlExtractor {
    private final ExtractionRules rules;

    /** An extractor with the standard rules, as {@code tarjama extract} reads pages. */
    public HtmlExtractor() {
        this(ExtractionRules.STANDARD);
    }

    /** An extractor with other rules, for measuring them. */
    public HtmlExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    /** @param baseUrl the page's address, for resolving relative links; may be empty */
    public ExtractedPage extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata metadata = MetadataReader.read(page);
        String declared = MetadataReader.declaredBody(page);
        BlockWalker.Text text = BlockWalker.read(articleRoots(page, rules), rules);
        List<TextBlock> blocks = text.blocks();
        if (declared != null && characters(blocks) < declared.length() / 2) {
            blocks = paragraphs(declared);
        }
        return new ExtractedPage(metadata, text.headline(), blocks);
    }

    /**
     * The text of an HTML fragment that is all article (a feed item's content): cleaned of what is never article text,
     * but not searched for a container.
     */
    public ExtractedPage extractFragment(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        DomCleaner.clean(fragment.body(), rules);
        BlockWalker.Text text = BlockWalker.read(List.of(fragment.body()), rules);
        return new ExtractedPage(PageMetadata.NONE, text.headline(), text.blocks());
    }

    /** Cleans the page and returns the containers of its article, teaser cards pruned from them. */
    static List<Element> articleRoots(Document page, ExtractionRules rules) {
        DomCleaner.clean(page.body(), rules);
        List<Element> roots = ContentRoot.find(page.body());
        Teasers.prune(roots);
        return roots;
    }

    private static int characters(List<TextBlock> blocks) {
        return blocks.stream().mapToInt(block -> block.text().length()).sum();
    }

    /** The paragraphs of a declared article body: HTML as markup, plain text a line at a time. */
    private List<TextBlock> paragraphs(String declared) {
        if (declared.indexOf('<') >= 0) {
            Document fragment = Jsoup.parseBodyFragment(declared);
            return BlockWalker.read(List.of(fragment.body()), rules).blocks();
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : declared.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new TextBlock(ParagraphKind.BODY, line.strip()));
            }
        }
        return blocks;
    }
}
