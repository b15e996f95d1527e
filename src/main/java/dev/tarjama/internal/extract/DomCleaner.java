package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes from a page what is never article text: scripts, styles, forms, embedded media and frames, navigation,
 * hidden elements, and elements whose class or id names them as chrome (share bars, comments, "most read", cookie
 * banners). An element whose name only usually means chrome (a widget, a sidebar, a header outside the article) is
 * removed only when it is not mostly prose.
 */
final class DomCleaner {
    private static final String NEVER_TEXT = "script, style, template, svg, canvas, iframe, object, embed, "
            + "video, audio, button, select, input, textarea, label, rt, rp, figcaption, menu";
    /** Chrome by its tag or role, unless (on a broken page) it wraps the whole page. */
    private static final Set<String> CHROME_TAGS = Set.of("noscript", "nav", "aside", "footer");

    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "dialog");
    private static final Set<String> USUALLY_CHROME_TAGS = Set.of("header", "footer", "aside", "form");
    private static final double MOST_OF_THE_PAGE = 0.6;
    private static final double MOST_OF_THE_PROSE = 0.5;
    private static final int ARTICLE_HEADER = 1000;

    private DomCleaner() {}

    static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        int pageText = body.text().length();
        int pageProse = Prose.chars(body);
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (CHROME_TAGS.contains(element.normalName()) || CHROME_ROLES.contains(element.attr("role"))) {
                // a menu can hold most of a page's words; only the page's prose says it is the page
                if (!holdsTheProse(element, pageProse)) {
                    doomed.add(element);
                }
                continue;
            }
            if (Boilerplate.isOverlay(element)) {
                if (element.text().length() < MOST_OF_THE_PAGE * pageText) {
                    doomed.add(element);
                }
                continue;
            }
            boolean chrome = Boilerplate.isChrome(element)
                    || (Boilerplate.isProbablyChrome(element) || usuallyChromeTag(element))
                            && !Prose.dominates(element)
                            && !headsTheArticle(element);
            if (chrome && !holdsThePage(element, pageText, pageProse)) {
                doomed.add(element);
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    private static boolean holdsTheProse(Element element, int pageProse) {
        return pageProse > 0 && Prose.chars(element) >= MOST_OF_THE_PROSE * pageProse;
    }

    /** A name is a guess: an element holding most of the page's text or prose is the page, whatever it is called. */
    private static boolean holdsThePage(Element element, int pageText, int pageProse) {
        return element.text().length() >= MOST_OF_THE_PAGE * pageText
                || pageProse > 0 && Prose.chars(element) >= MOST_OF_THE_PROSE * pageProse;
    }

    /** An article's own header: its headline with the lead and byline under it, not the site's masthead. */
    private static boolean headsTheArticle(Element element) {
        return element.text().length() < ARTICLE_HEADER && element.selectFirst("h1") != null;
    }

    private static boolean usuallyChromeTag(Element element) {
        return USUALLY_CHROME_TAGS.contains(element.normalName()) && element.closest("article") == null;
    }
}
