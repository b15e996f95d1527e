package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds where the article is in a cleaned page, in two steps. First the densest prose: every paragraph-like element
 * scores by its length and its commas (prose has commas, menus do not), the score flows to its parent and, halved, to
 * its grandparent; containers whose names say "article" or "content" gain, and the score is discounted by the share of
 * text inside links. Then the article around it: from the best container up, the ancestor where the page's
 * {@link ProseBalance} peaks, so that a lead, a second half or a list of ingredients beside the densest part comes
 * along, while a parent that adds mostly menus and teasers does not. When no ancestor adds enough, the best container
 * is taken with those of its siblings that hold prose too.
 */
final class ContentRoot {
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final int MIN_TEXT = 25;
    /** How much more prose than furniture, in characters, an ancestor must add to be climbed to. */
    private static final double CLIMB_GAIN = 50;

    private ContentRoot() {}

    /** The elements that hold the article, in document order. */
    static List<Element> find(Element body) {
        Map<Element, Double> scores = scores(body);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        if (best == null) {
            return List.of(body);
        }
        Element root = climbed(best, body);
        return root == best ? withProseSiblings(best, bestScore, scores) : List.of(root);
    }

    /** Every candidate container's score, discounted by its link density. */
    static Map<Element, Double> scores(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < MIN_TEXT) {
                continue;
            }
            double score = 1 + Prose.commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = element.parent();
            if (parent != null) {
                scores.merge(parent, score + initial(parent), (a, b) -> a + score);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2 + initial(grandparent), (a, b) -> a + score / 2);
                }
            }
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
        return scores;
    }

    private static Element climbed(Element best, Element body) {
        Map<Element, Double> balance = ProseBalance.of(body);
        Element root = best;
        double peak = balance.getOrDefault(best, 0.0);
        for (Element ancestor = best.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            double value = balance.getOrDefault(ancestor, 0.0);
            if (value > peak + CLIMB_GAIN) {
                peak = value;
                root = ancestor;
            }
        }
        return root;
    }

    private static List<Element> withProseSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> chosen = new ArrayList<>();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                chosen.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            String text = sibling.text();
            double links = linkDensity(sibling);
            boolean prose = sibling.normalName().equals("p")
                    && (text.length() > 80 && links < 0.25
                            || text.length() > 0 && links == 0 && text.matches("(?s).*[.!?؟。]\\s*$"));
            if (score >= threshold || prose) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** A block that holds prose itself: a paragraph, or a div of text with no block inside it. */
    private static boolean isParagraph(Element element) {
        if (PARAGRAPHS.contains(element.normalName())) {
            return true;
        }
        if (!element.normalName().equals("div") && !element.normalName().equals("section")) {
            return false;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && text.text().strip().length() >= MIN_TEXT) {
                return true;
            }
        }
        return false;
    }

    /** A container's standing before any paragraph speaks for it: its tag and what its names say. */
    private static double initial(Element element) {
        double score = switch (element.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (Boilerplate.looksLikeContent(element)) {
            score += 25;
        }
        if ("articleBody".equals(element.attr("itemprop"))) {
            score += 50;
        }
        return score;
    }

    static double linkDensity(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, linked / (double) all);
    }
}
