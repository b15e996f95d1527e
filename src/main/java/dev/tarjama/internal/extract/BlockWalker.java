package dev.tarjama.internal.extract;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the article's elements as a reader sees them: text runs on inside inline elements and breaks at block
 * elements, so each paragraph, heading, list item or table cell becomes one block. The first top-level heading is the
 * headline, kept apart from the text. Left out: blocks mostly made of links (a list of related stories, a tag cloud),
 * headings that introduce nothing but links or end the text ("Related", "More on this"), and the page's furniture
 * lines ({@link ChromeLines}).
 */
final class BlockWalker {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int LONGEST_HEADLINE = 300;
    private static final double MOSTLY_LINKS = 0.5;
    /** Whitespace as readers see it, no-break spaces included. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /**
     * Characters a page puts inside words that a reader never sees: soft hyphens ("Wäh\u00ADrend"), zero-width spaces
     * and joiners, word joiners, byte-order marks. Left in, the word no longer matches itself.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    /** Between the cells of a table row while it is read, so that cells written without a space stay apart. */
    private static final char CELL = '\u001F';

    private static final Pattern CELL_GAPS = Pattern.compile("(?: ?\u001F ?)+");

    /** What the walker read, in order. */
    private final List<Read> read = new ArrayList<>();

    private final StringBuilder line = new StringBuilder();
    private int linkedChars;
    private boolean heading;
    private String headline;

    /** Whether a table row reads as one line. */
    private final boolean rows;

    private BlockWalker(boolean rows) {
        this.rows = rows;
    }

    /** A block as read, and whether it is mostly links. */
    private record Read(TextBlock block, boolean links) {}

    /**
     * The text of the article's containers.
     *
     * @param headline the first top-level heading, or {@code null}
     * @param blocks   the text after it, a block per paragraph, heading, list item or cell
     */
    record Text(String headline, List<TextBlock> blocks) {}

    static Text read(List<Element> roots, ExtractionRules rules) {
        BlockWalker walker = new BlockWalker(rules.tableRows());
        for (Element root : roots) {
            walker.walk(root, false);
            walker.flush();
        }
        return new Text(walker.headline, walker.withoutTeaserHeadings());
    }

    /**
     * The blocks without headings that introduce nothing but links ("Read more", "Related"): a heading followed by a
     * list of links, or by nothing at all, heads a box of teasers rather than a part of the article.
     */
    private List<TextBlock> withoutTeaserHeadings() {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Read current = read.get(i);
            if (current.links()) {
                continue;
            }
            boolean headsLinks = current.block().kind() == ParagraphKind.HEADING
                    && (i + 1 == read.size() || read.get(i + 1).links());
            if (!headsLinks) {
                blocks.add(current.block());
            }
        }
        return blocks;
    }

    private void walk(Node node, boolean inLink) {
        if (node instanceof TextNode text) {
            String content = text.getWholeText();
            line.append(content);
            if (inLink) {
                linkedChars += content.strip().length();
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            flush();
            return;
        }
        boolean cell = rows && isCell(element);
        if (cell && element.elementSiblingIndex() > 0) {
            line.append(CELL);
        }
        boolean block = BLOCK_TAGS.contains(tag) && !cell;
        if (block) {
            flush();
            heading = HEADINGS.contains(tag);
            if (headline == null && tag.equals("h1") && element.text().length() < LONGEST_HEADLINE) {
                headline = WHITESPACE
                        .matcher(INVISIBLE.matcher(element.text()).replaceAll(""))
                        .replaceAll(" ")
                        .strip();
                heading = false;
                return;
            }
        }
        boolean link = inLink || tag.equals("a");
        for (Node child : element.childNodes()) {
            walk(child, link);
        }
        if (block) {
            flush();
        }
    }

    /** A cell of a table row: read on the row's line rather than as a block of its own. */
    private static boolean isCell(Element element) {
        Element row = element.parent();
        return (element.normalName().equals("td") || element.normalName().equals("th"))
                && row != null
                && row.normalName().equals("tr");
    }

    private void flush() {
        String spaced =
                WHITESPACE.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ");
        String text = CELL_GAPS.matcher(spaced).replaceAll(" ").strip();
        int linked = linkedChars;
        boolean wasHeading = heading;
        line.setLength(0);
        linkedChars = 0;
        heading = false;
        if (text.isEmpty()) {
            return;
        }
        if (ChromeLines.isChrome(text)) {
            return;
        }
        boolean links = linked > MOSTLY_LINKS * text.length();
        read.add(new Read(new TextBlock(wasHeading ? ParagraphKind.HEADING : ParagraphKind.BODY, text), links));
    }
}
