package dev.tarjama.internal.extract;

import java.util.Locale;
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
    private static final Pattern ALWAYS_CHROME = words("nav|navbar|navigation|menu|menus|breadcrumbs?|footer|masthead"
            + "|share|sharing|shares|social|socials|sharebar|shariff|comment|comments|kommentare?|disqus|respond"
            + "|related|recommended|recommendations?|promo|promos|newsletter|subscribe|subscription"
            + "|advert|adverts|advertisement|anzeige|werbung|outbrain|taboola"
            + "|tagcloud|tag-?list|author-?bio|authorbox|about-?author|mostread|most-?read|most-?viewed|more-?stories"
            + "|read-?more|also-?read|toolbar|pagination|pager|login|signup|skip|print-?only|sr-?only|visually-?hidden"
            + "|byline-?share|follow|subnav|topbar|bottombar|disclaimer|disclosure|licen[cs]e-?info|sidebar|sidebars|widget|widgets|caption|captions|wp-caption-text|copyright|credits?|bildunterschrift|bilduntertitel|imagedescription|image-?annotation|author|authors|author-?box|author-?info|post-?author|author-?description"
            + "|twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|fb-video");
    /**
     * Class or id words of what lies over the page rather than in it: cookie banners and consent dialogs, pop-ups,
     * modals. Their legalese can be the longest prose on a page, so prose does not save them.
     */
    private static final Pattern OVERLAY =
            Pattern.compile("(?:^|[-_ ])(?:cookie|cookies|consent|gdpr|popup|pop-?up|modal"
                    + "|overlay|lightbox|popmake|pum)(?:$|[ _]|-(?!enabled|trigger|link|toggle|open))");
    /** Class or id words that usually mean chrome: the element goes unless it is mostly prose. */
    private static final Pattern USUALLY_CHROME = words("widget|widgets|teaser|teasers|banner|ads|ad"
            + "|sponsor|sponsored|tags|trending|popular|rating|search|hidden|paywall|meta|infobox|box-?list|links"
            + "|aside|header");
    /** Class or id words that say an element holds the article. */
    private static final Pattern CONTENT = words("article|articles|content|contents|story|body|post|entry|text|main"
            + "|blog|news|page-?content|recipe|rezept|instructions|ingredients|zutaten|zubereitung|description|detail"
            + "|details|articlebody|article-?body|story-?body|post-?body|entry-?content|main-?content|artikel|beitrag"
            + "|inhalt|richtext|rich-?text|copy|prose");
    /** Names that mark the article's own body even beside a chrome word ("article-body comments-open"). */
    private static final Pattern CONTENT_ROLE = words("article-?body|articlebody|story-?body|post-?body|entry-?content"
            + "|main-?content|post-?content|article-?content|article-?text|richtext|text-?editor|ingredients?|zutaten"
            + "|recipe-?ingredients|instructions|zubereitung");
    /** Class tokens that name the story's categories and tags (WordPress: tag-newsletter, category-comments). */
    private static final Pattern TAXONOMY =
            Pattern.compile("(?:^|\\s)(?:tag|tags|category|categories|topic|topics|format|type|status)-\\S*");

    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern MODIFIER = Pattern.compile("--[\\w-]*");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {}

    /** Matches any of {@code alternatives} as a whole class or id, or as one of its dash- or underscore-separated parts. */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|[-_ ])(?:" + alternatives + ")(?:$|[-_ ])");
    }

    /**
     * The element's class and id, lower case, for matching, without BEM modifiers: in {@code l-outer--nav} the
     * element is an outer layout box that has a navigation variant, not a navigation bar.
     */
    static String names(Element element) {
        String names = TAXONOMY.matcher(element.className()).replaceAll(" ") + " " + element.id();
        // camelCase names count word by word too: relatedArticles, mehrwerteTeaser
        String split = CAMEL_HUMP.matcher(names).replaceAll("$1-$2");
        String both = split.equals(names) ? names : names + " " + split;
        return MODIFIER.matcher(both.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Named as chrome beyond doubt. */
    static boolean isChrome(Element element) {
        String names = names(element);
        return !names.isBlank()
                && ALWAYS_CHROME.matcher(names).find()
                && !CONTENT_ROLE.matcher(names).find();
    }

    /** Hidden, or named as something laid over the page. */
    static boolean isOverlay(Element element) {
        if (isHidden(element)) {
            return true;
        }
        String names = names(element);
        return !names.isBlank()
                && OVERLAY.matcher(names).find()
                && !CONTENT_ROLE.matcher(names).find();
    }

    /** Named as what is usually chrome. */
    static boolean isProbablyChrome(Element element) {
        String names = names(element);
        return !names.isBlank()
                && USUALLY_CHROME.matcher(names).find()
                && !CONTENT_ROLE.matcher(names).find();
    }

    /** Whether one word of a name is a chrome word (for tuning reports). */
    static boolean isChromeWord(String word) {
        return ALWAYS_CHROME.matcher(word).matches()
                || USUALLY_CHROME.matcher(word).matches();
    }

    static boolean looksLikeContent(Element element) {
        String names = names(element);
        return !names.isBlank() && CONTENT.matcher(names).find();
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
