package dev.tarjama.internal.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much more prose than furniture each element of a page holds. Every piece of text counts for its element and all
 * of the element's ancestors: running text (a sentence, or a line with commas) counts for its length, a line of links
 * against it, a short bare line ("Home", "Share", "12 comments") a little against it. The container of an article,
 * split in parts or not, is where the balance peaks: one level wider adds menus and teasers, one level narrower
 * leaves part of the story out.
 */
final class ProseBalance {
    private static final double LINKS = 1.0;
    private static final double BARE_LINE = 0.3;
    private static final int SHORT = 50;
    private static final int PER_COMMA = 20;

    private ProseBalance() {}

    /** Each element's balance, in characters; elements holding no text are absent. */
    static Map<Element, Double> of(Element body) {
        Map<Element, Double> balance = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            String own = ownText(element);
            if (own.isEmpty()) {
                continue;
            }
            double value = value(element, own);
            for (Element holder = element; holder != null; holder = holder.parent()) {
                balance.merge(holder, value, Double::sum);
                if (holder == body) {
                    break;
                }
            }
        }
        return balance;
    }

    private static double value(Element element, String own) {
        int chars = own.length();
        int linked = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof Element inline && inline.normalName().equals("a")) {
                linked += inline.text().length();
            }
        }
        double linkShare = Math.min(1, linked / (double) chars);
        if (linkShare > 0.5) {
            return -LINKS * chars;
        }
        int commas = Prose.commas(own);
        if (chars < SHORT && commas == 0 && !Prose.endsSentence(own)) {
            return -BARE_LINE * chars;
        }
        return chars * (1 - linkShare) + PER_COMMA * commas;
    }

    /** The element's own text: its text nodes and inline children, not what its block children hold. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                text.append(node.text());
            } else if (child instanceof Element inline && !inline.isBlock()) {
                text.append(inline.text());
            }
        }
        return text.toString().strip();
    }
}
