package dev.tarjama.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page says about itself: meta tags, Open Graph, JSON-LD ({@code NewsArticle} and kin), microdata. */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataReader() {}

    static PageMetadata read(Document page) {
        List<JsonNode> articles = jsonLdArticles(page);
        String title = first(
                meta(page, "og:title"),
                ld(articles, "headline"),
                meta(page, "twitter:title"),
                text(page.selectFirst("h1")),
                page.title());
        String byline = first(
                ldAuthor(articles),
                meta(page, "author"),
                meta(page, "article:author"),
                text(page.selectFirst(
                        "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author")));
        String published = first(
                meta(page, "article:published_time"),
                ld(articles, "datePublished"),
                meta(page, "date"),
                meta(page, "pubdate"),
                meta(page, "publish-date"),
                meta(page, "dc.date"),
                attribute(page.selectFirst("time[datetime]"), "datetime"));
        String canonical = first(attribute(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"));
        String site = first(meta(page, "og:site_name"), ldPublisher(articles), meta(page, "application-name"));
        String language = first(
                attribute(page.selectFirst("html[lang]"), "lang"),
                meta(page, "og:locale"),
                meta(page, "content-language"));
        return new PageMetadata(
                clean(title),
                clean(byline),
                clean(published),
                webAddress(canonical),
                clean(site),
                language == null ? null : language.strip().replace('_', '-').toLowerCase(Locale.ROOT));
    }

    /** {@code <meta property|name|itemprop|http-equiv=name content=…>}. */
    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                if (meta.attr(key).equalsIgnoreCase(name)) {
                    return meta.attr("content");
                }
            }
        }
        return null;
    }

    /** The article's text as its JSON-LD gives it ({@code articleBody}), or {@code null}. */
    static String declaredBody(Document page) {
        String body = ld(jsonLdArticles(page), "articleBody");
        return body == null || body.isBlank() ? null : body;
    }

    /** The JSON-LD objects that describe an article, flattened out of arrays and {@code @graph}s. */
    private static List<JsonNode> jsonLdArticles(Document page) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), found);
            } catch (Exception e) {
                // a page's broken JSON-LD says nothing
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), found);
        }
        String type = node.path("@type").isArray()
                ? node.path("@type").toString()
                : node.path("@type").asText("");
        if (type.matches("(?s).*(Article|BlogPosting|Report|WebPage).*")) {
            found.add(node);
        }
    }

    private static String ld(List<JsonNode> articles, String field) {
        for (JsonNode article : articles) {
            if (article.path(field).isTextual()) {
                return article.get(field).asText();
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            JsonNode author = article.path("author");
            List<String> names = new ArrayList<>();
            (author.isArray() ? author : JSON.createArrayNode().add(author)).forEach(a -> {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            });
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> articles) {
        for (JsonNode article : articles) {
            String name = article.path("publisher").path("name").asText("");
            if (!name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String value) {
        return value == null ? null : blankToNull(value.replaceAll("\\s+", " ").strip());
    }

    private static String webAddress(String value) {
        String address = blankToNull(value);
        return address != null && address.toLowerCase(Locale.ROOT).matches("https?://\\S+") ? address : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
