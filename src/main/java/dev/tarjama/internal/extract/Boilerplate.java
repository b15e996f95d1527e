package dev.tarjama.internal.extract;

import dev.tarjama.internal.extract.NameWords.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The marks of what is not the article: the names sites give their navigation, share bars, comment sections, "most
 * read" boxes and cookie banners (in their {@code class} and {@code id}), and the markup of hidden elements. Some
 * names always mean chrome (a comment section is never the article); others only usually do (a "widget" or a
 * "sidebar" may hold the article in a page builder), and the cleaner asks the element's text before removing it.
 */
final class Boilerplate {
    /** Class or id words that mean chrome, whatever the element holds. */
    private static final WordList ALWAYS_CHROME =
            new WordList("nav navbar navigation menu menus breadcrumb breadcrumbs footer masthead share sharing shares"
                    + " social socials sharebar shariff comment comments kommentar kommentare disqus respond related"
                    + " recommended recommendation recommendations promo promos newsletter subscribe subscription advert"
                    + " adverts advertisement anzeige werbung outbrain taboola tagcloud tag-list author-bio authorbox"
                    + " about-author mostread most-read most-viewed more-stories read-more also-read toolbar pagination"
                    + " pager login signup skip print-only sr-only visually-hidden byline-share follow subnav topbar"
                    + " bottombar disclaimer disclosure licence-info license-info copyright author-box author-info"
                    + " post-author author-description twitter-tweet twitter-timeline instagram-media tiktok-embed"
                    + " fb-post fb-video");
    /**
     * Chrome words that page builders and themes also put on the article's own containers ({@code
     * elementor-widget-container}, {@code author-article}): chrome, unless the name is the page's layout.
     */
    private static final WordList LAYOUT_CHROME = new WordList(
            "sidebar sidebars widget widgets caption captions wp-caption-text credit credits bildunterschrift"
                    + " bilduntertitel imagedescription image-annotation author authors");
    /**
     * Class or id words of what lies over the page rather than in it: cookie banners and consent dialogs, pop-ups,
     * modals. Their legalese can be the longest prose on a page, so prose does not save them.
     */
    private static final WordList OVERLAY =
            new WordList("cookie cookies consent gdpr popup pop-up modal overlay lightbox popmake pum");
    /** What an overlay word names when a dash joins one of these to it: a control, not the overlay. */
    private static final Set<String> OVERLAY_CONTROLS = Set.of("enabled", "trigger", "link", "toggle", "open");
    /** Class or id words that usually mean chrome: the element goes unless it is mostly prose. */
    private static final WordList USUALLY_CHROME =
            new WordList("teaser teasers banner ads ad sponsor sponsored tags trending popular rating search hidden"
                    + " paywall meta infobox box-list links aside header");
    /** Class or id words that say an element holds the article. */
    private static final WordList CONTENT = new WordList(
            "article articles content contents story body post entry text main blog news page-content recipe"
                    + " rezept instructions ingredients zutaten zubereitung description detail details articlebody"
                    + " article-body story-body post-body entry-content main-content artikel beitrag inhalt richtext"
                    + " rich-text copy prose");
    /** Names that mark the article's own body even beside a chrome word ("article-body comments-open"). */
    private static final WordList CONTENT_ROLE =
            new WordList("article-body articlebody story-body post-body entry-content main-content post-content"
                    + " article-content article-text richtext text-editor ingredient ingredients zutaten"
                    + " recipe-ingredients instructions zubereitung");
    /** Class tokens that name the story's categories and tags (WordPress: tag-newsletter, category-comments). */
    private static final Pattern TAXONOMY =
            Pattern.compile("(?:^|\\s)(?:tag|tags|category|categories|topic|topics|format|type|status)-\\S*");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern MODIFIER = Pattern.compile("--[\\w-]*");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {}

    /**
     * The element's class and id, lower case, for matching, without BEM modifiers: in {@code l-outer--nav} the
     * element is an outer layout box that has a navigation variant, not a navigation bar.
     */
    static String names(Element element) {
        return names(element, Set.of());
    }

    /** The element's names without the page's {@code layout} classes, which say nothing about the element. */
    static String names(Element element, Set<String> layout) {
        String classes = element.className();
        if (!layout.isEmpty()) {
            StringBuilder kept = new StringBuilder();
            for (String name : classes.split("\\s+")) {
                if (!layout.contains(name)) {
                    kept.append(name).append(' ');
                }
            }
            classes = kept.toString();
        }
        // a heading's id is an anchor for a table of contents (<h2 id="nav_prices">), not a name for what it is
        String id = HEADINGS.contains(element.normalName()) ? "" : element.id();
        String names = (classes.indexOf('-') >= 0 ? TAXONOMY.matcher(classes).replaceAll(" ") : classes) + " " + id;
        // camelCase names count word by word too: relatedArticles, mehrwerteTeaser
        String split = CAMEL_HUMP.matcher(names).replaceAll("$1-$2");
        String both = (split.equals(names) ? names : names + " " + split).toLowerCase(Locale.ROOT);
        return both.contains("--") ? MODIFIER.matcher(both).replaceAll("") : both;
    }

    /**
     * Whether a class may be the page's layout when most of the page's prose sits inside elements carrying it: a
     * page-builder's wrapper ({@code elementor-widget}) or a theme's article box ({@code author-article}), never a
     * comment section or a share bar, however long the comments.
     */
    static boolean mayBeLayout(String className) {
        NameWords words = NameWords.of(className.toLowerCase(Locale.ROOT));
        return !words.any(ALWAYS_CHROME) && !words.anyUnlessFollowedBy(OVERLAY, OVERLAY_CONTROLS);
    }

    /** What an element's names say it is, judged once: {@code layout} holds the page's layout classes. */
    static Kind kind(Element element, Set<String> layout) {
        if (isHidden(element)) {
            return Kind.OVERLAY;
        }
        if (element.className().isEmpty() && element.id().isEmpty()) {
            return Kind.UNNAMED;
        }
        NameWords words = NameWords.of(names(element, layout));
        if (words.isEmpty() || words.any(CONTENT_ROLE)) {
            return Kind.UNNAMED;
        }
        if (words.anyUnlessFollowedBy(OVERLAY, OVERLAY_CONTROLS)) {
            return Kind.OVERLAY;
        }
        if (words.any(ALWAYS_CHROME) || words.any(LAYOUT_CHROME)) {
            return Kind.CHROME;
        }
        return words.any(USUALLY_CHROME) ? Kind.PROBABLY_CHROME : Kind.UNNAMED;
    }

    /** What names say of an element. */
    enum Kind {
        /** Hidden, or laid over the page (cookie banner, pop-up). */
        OVERLAY,
        /** Named as chrome beyond doubt. */
        CHROME,
        /** Named as what is usually chrome; prose may say otherwise. */
        PROBABLY_CHROME,
        /** Named as nothing in particular, or as the article. */
        UNNAMED
    }

    /** Named as chrome beyond doubt (for the tuning tools). */
    static boolean isChrome(Element element) {
        return kind(element, Set.of()) == Kind.CHROME;
    }

    /** Hidden, or named as something laid over the page (for the tuning tools). */
    static boolean isOverlay(Element element) {
        return kind(element, Set.of()) == Kind.OVERLAY;
    }

    /** Named as what is usually chrome (for the tuning tools). */
    static boolean isProbablyChrome(Element element) {
        return kind(element, Set.of()) == Kind.PROBABLY_CHROME;
    }

    /** Whether one word of a name is a chrome word (for tuning reports). */
    static boolean isChromeWord(String word) {
        return ALWAYS_CHROME.contains(word) || LAYOUT_CHROME.contains(word) || USUALLY_CHROME.contains(word);
    }

    static boolean looksLikeContent(Element element) {
        if (element.className().isEmpty() && element.id().isEmpty()) {
            return false;
        }
        return NameWords.of(names(element)).any(CONTENT);
    }

    static boolean isHidden(Element element) {
        return element.hasAttr("hidden")
                || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || HIDDEN_STYLE
                        .matcher(element.attr("style").toLowerCase(Locale.ROOT))
                        .find();
    }

    /** Kept for the tuning tools: named chrome of either kind. */
    static boolean looksLikeChrome(Element element) {
        return isChrome(element) || isProbablyChrome(element);
    }
}
