package dev.tarjama.internal.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page's structure says before any name does. A class carried by the containers of most of the page's prose
 * is the page's layout (a page builder's {@code elementor-widget}, a theme's {@code author-article}), whatever word
 * it contains; and the headline, where it stands with text under it, marks the article's part of the page.
 */
final class PageLayout {
    /** A paragraph of a sentence or more: what a page's prose is counted in. */
    private static final int SENTENCE = 100;

    private static final double MOST = 0.5;
    /** How far above the headline its text may start: a headline is wrapped in a few boxes of its own. */
    private static final int HEADLINE_WRAPPERS = 4;
    /** The shortest paragraph that counts as text under a headline: a line of a short post. */
    private static final int HEADLINE_TEXT = 30;

    private PageLayout() {}

    /**
     * The classes carried by the containers (the paragraphs themselves included) of most of the page's prose, and, when
     * the headline stands with text of its own, found around or inside that part of the page: a sidebar of long
     * prose beside a three-line post is not the page's layout.
     */
    static Set<String> classes(Element body, Element headed) {
        Map<String, Integer> carried = new HashMap<>();
        int prose = 0;
        for (Element paragraph : body.getElementsByTag("p")) {
            int length = paragraph.text().length();
            if (length < SENTENCE) {
                continue;
            }
            prose += length;
            Set<String> seen = new HashSet<>();
            for (Element holder = paragraph; holder != null && holder != body; holder = holder.parent()) {
                for (String name : holder.classNames()) {
                    if (seen.add(name)) {
                        carried.merge(name, length, Integer::sum);
                    }
                }
            }
        }
        Set<String> near = headed == null ? null : classesAround(headed, body);
        Set<String> layout = new HashSet<>();
        for (Map.Entry<String, Integer> entry : carried.entrySet()) {
            if (prose > 0
                    && entry.getValue() >= MOST * prose
                    && (near == null || near.contains(entry.getKey()))
                    && Boilerplate.mayBeLayout(entry.getKey())) {
                layout.add(entry.getKey());
            }
        }
        return layout;
    }

    /**
     * The nearest container of the page's first top-level heading that also holds a paragraph, or {@code null} when
     * the page has no such heading or the heading stands alone (a masthead, a title box above the whole page).
     */
    static Element headedText(Element body) {
        Element headline = body.selectFirst("h1");
        if (headline == null) {
            return null;
        }
        Element holder = headline.parent();
        for (int up = 0; holder != null && holder != body && up < HEADLINE_WRAPPERS; up++) {
            if (holdsText(holder)) {
                return holder;
            }
            holder = holder.parent();
        }
        return null;
    }

    private static Set<String> classesAround(Element headed, Element body) {
        Set<String> classes = new HashSet<>();
        for (Element e = headed; e != null && e != body; e = e.parent()) {
            classes.addAll(e.classNames());
        }
        for (Element e : headed.getAllElements()) {
            classes.addAll(e.classNames());
        }
        return classes;
    }

    /** Whether an element holds a paragraph of words rather than links (a row of tags is not the headline's text). */
    private static boolean holdsText(Element holder) {
        for (Element paragraph : holder.getElementsByTag("p")) {
            if (paragraph.text().length() >= HEADLINE_TEXT && ContentRoot.linkDensity(paragraph) < 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code outer} is {@code inner} or one of its ancestors. */
    static boolean encloses(Element outer, Element inner) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }
}
