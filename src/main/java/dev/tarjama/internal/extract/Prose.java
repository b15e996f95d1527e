package dev.tarjama.internal.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** How much of an element is running prose: paragraphs of a sentence or more with few links in them. */
final class Prose {
    private static final int SENTENCE = 100;

    private Prose() {}

    /** True when at least half of the element's text is prose. */
    static boolean dominates(Element element) {
        int all = element.text().length();
        return all > 0 && chars(element) >= all / 2;
    }

    /** The characters of the element's prose paragraphs. */
    static int chars(Element element) {
        int prose = 0;
        for (Element block : element.select("p, blockquote, li, dd, td, div, section")) {
            if (!block.normalName().equals("p") && !holdsText(block)) {
                continue;
            }
            String text = block.normalName().equals("p") ? block.text() : ownText(block);
            if (text.length() >= SENTENCE && ContentRoot.linkDensity(block) < 0.3) {
                prose += text.length();
            }
        }
        return prose;
    }

    /** Commas of any script: prose has them, menus and labels do not. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '、' || c == '，') {
                n++;
            }
        }
        return n;
    }

    /** Whether the text ends as a sentence does. */
    static boolean endsSentence(String text) {
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= 0 && ".!?؟。".indexOf(text.charAt(last)) >= 0;
    }

    private static boolean holdsText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element e && !e.isBlock()) {
                text.append(e.text());
            }
        }
        return text.toString().strip();
    }
}
