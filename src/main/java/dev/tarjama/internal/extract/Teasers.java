package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes teaser cards from the article's container: repeated boxes that each lead with a linked headline and add a
 * line or two of text ("more on this", "latest", a grid of other stories). Their text is not links, so the walker
 * would keep it; their shape gives them away.
 */
final class Teasers {
    private static final Set<String> CARD_TAGS = Set.of("li", "article", "div", "section", "dl");
    private static final int MAX_CARD = 500;
    private static final int MIN_HEADLINE = 15;

    private Teasers() {}

    static void prune(List<Element> roots) {
        List<Element> cards = new ArrayList<>();
        for (Element root : roots) {
            for (Element element : root.getAllElements()) {
                if (element != root && isCard(element)) {
                    cards.add(element);
                }
            }
        }
        cards.forEach(Element::remove);
    }

    private static boolean isCard(Element element) {
        if (!CARD_TAGS.contains(element.normalName())) {
            return false;
        }
        int length = element.text().length();
        if (length == 0 || length > MAX_CARD || !repeated(element)) {
            return false;
        }
        Element headline = null;
        for (Element link : element.select("a")) {
            if (link.text().length() >= MIN_HEADLINE) {
                headline = link;
                break;
            }
        }
        return headline != null && headline.text().length() >= 0.2 * length;
    }

    /** Whether a sibling has the same tag and class: one card among several. */
    private static boolean repeated(Element element) {
        for (Element sibling : element.siblingElements()) {
            if (sibling.normalName().equals(element.normalName())
                    && sibling.className().equals(element.className())) {
                return true;
            }
        }
        return false;
    }
}
