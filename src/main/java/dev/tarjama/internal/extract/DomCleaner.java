package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;

/**
 * Removes from a page what is never article text: scripts, styles, forms, embedded media and frames, navigation,
 * hidden elements, and elements whose class or id names them as chrome (share bars, comments, "most read", cookie
 * banners). The page's structure speaks first: a class the containers of most of its prose carry is layout, not a
 * name ({@link PageLayout#classes}); an element named as chrome is kept when it holds most of the page, unless it
 * stands beside the headline's own text. An element whose name only usually means chrome (a teaser, a banner, a
 * header outside the article) is removed only when it is not mostly prose.
 */
final class DomCleaner {
    private static final String NEVER_TEXT = "script, style, template, svg, canvas, iframe, object, embed, "
            + "video, audio, button, select, input, textarea, rt, rp, menu";
    /** Chrome by its tag or role, unless (on a broken page) it wraps the whole page. */
    private static final Set<String> CHROME_TAGS = Set.of("noscript", "nav", "aside", "footer");

    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "dialog");
    private static final Set<String> USUALLY_CHROME_TAGS = Set.of("header", "footer", "aside", "form");
    private static final double MOST_OF_THE_PAGE = 0.6;
    private static final double MOST_OF_THE_PROSE = 0.5;
    private static final int ARTICLE_HEADER = 1000;

    private final Element body;
    private final int pageText;
    private final int pageProse;
    /** Where the headline stands with text of its own, or {@code null}. */
    private final Element headed;
    /** The page's layout classes, which say nothing of an element. */
    private final Set<String> layout;

    static void clean(Element body, ExtractionRules rules) {
        body.select(NEVER_TEXT).remove();
        if (!rules.captions()) {
            body.getElementsByTag("figcaption").remove();
        }
        for (Element paragraph : body.getElementsByTag("p")) {
            // a template's filler text, left in a panel or a teaser, must not draw the search for the article to it
            if (ChromeLines.isPlaceholder(paragraph.text())) {
                paragraph.remove();
            }
        }
        for (Element label : body.getElementsByTag("label")) {
            // a form's labels are not the article; an item's label is (a checklist of ingredients)
            if (label.closest("li") == null || label.closest("form") != null) {
                label.remove();
            }
        }
        new DomCleaner(body, rules).removeChrome();
    }

    private DomCleaner(Element body, ExtractionRules rules) {
        this.body = body;
        this.pageText = body.text().length();
        this.pageProse = Prose.chars(body);
        this.headed = rules.headlineBeside() ? PageLayout.headedText(body) : null;
        this.layout = rules.layoutClasses() ? PageLayout.classes(body, headed) : Set.of();
    }

    /** Judges every element on the whole page, then removes the chrome; what lies inside chrome is not judged. */
    private void removeChrome() {
        List<Element> doomed = new ArrayList<>();
        body.filter((node, depth) -> {
            if (node != body && node instanceof Element element && isChrome(element)) {
                doomed.add(element);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
        doomed.forEach(Element::remove);
    }

    private boolean isChrome(Element element) {
        if (CHROME_TAGS.contains(element.normalName()) || CHROME_ROLES.contains(element.attr("role"))) {
            // a menu can hold most of a page's words; only the page's prose says it is the page, and not from beside
            // the headline's own text (an off-canvas panel of placeholder prose next to a short article)
            return !(holdsTheProse(element, pageProse) && besideNoHeadline(element, headed));
        }
        Boilerplate.Kind kind = Boilerplate.kind(element, layout);
        if (kind == Boilerplate.Kind.OVERLAY) {
            return element.text().length() < MOST_OF_THE_PAGE * pageText;
        }
        boolean chrome = kind == Boilerplate.Kind.CHROME
                || (kind == Boilerplate.Kind.PROBABLY_CHROME || usuallyChromeTag(element))
                        && !Prose.dominates(element)
                        && !headsTheArticle(element);
        return chrome && !(besideNoHeadline(element, headed) && holdsThePage(element, pageText, pageProse));
    }

    /**
     * Whether the element may be the page despite its name: not when it stands beside the part of the page where the
     * headline stands with text of its own (a three-line post, and a sidebar of longer prose next to it).
     */
    private static boolean besideNoHeadline(Element element, Element headed) {
        return headed == null || headed == element || headed.parent() != element.parent();
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
