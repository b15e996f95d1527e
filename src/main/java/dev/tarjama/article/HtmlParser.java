package dev.tarjama.article;

import dev.tarjama.model.ParagraphKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Pulls an article out of an HTML page with jsoup: the title from the page's own metadata or first heading,
 * then headings, paragraphs and quotes from the article body in document order. Navigation, scripts, forms
 * and asides are dropped, so menus and cookie banners never reach the model.
 */
final class HtmlParser {
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, blockquote, li";

    private final TextNormalizer normalizer;

    HtmlParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    List<Block> parse(String html) {
        Document page = Jsoup.parse(html);
        String title = pageTitle(page);
        page.select(NOISE).remove();
        Element body = articleBody(page);

        List<Block> blocks = new ArrayList<>();
        if (!title.isEmpty()) {
            blocks.add(new Block(ParagraphKind.TITLE, title));
        }
        Elements elements = body.select(BLOCKS);
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            seen.add(element);
            if (hasAncestorIn(element, seen)) {
                continue; // a <p> inside a <blockquote> or <li> is read with its container
            }
            String text = normalizer.cleanParagraph(element.text());
            if (text.isEmpty() || text.equals(title)) {
                continue;
            }
            blocks.add(new Block(kindOf(element), text));
        }
        return blocks;
    }

    private String pageTitle(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return normalizer.cleanParagraph(og.attr("content"));
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return normalizer.cleanParagraph(h1.text());
        }
        return normalizer.cleanParagraph(page.title());
    }

    private static Element articleBody(Document page) {
        Element article = page.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static boolean hasAncestorIn(Element element, Set<Element> blocks) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (blocks.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static ParagraphKind kindOf(Element element) {
        return switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> ParagraphKind.HEADING;
            default -> ParagraphKind.BODY;
        };
    }
}
