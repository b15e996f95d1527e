package dev.tarjama.internal.desk;

import static dev.tarjama.internal.render.Text.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tarjama.internal.edit.RecordEdits;
import dev.tarjama.internal.render.Bidi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The desk's pages, rendered on the server: readable without JavaScript, editable with plain forms. Every piece of
 * article or model text goes through {@code Text.html}; source text is set right to left where its language is
 * written so, as in {@code bilingual.html}.
 */
final class DeskPages {
    private static final Set<String> RTL = Set.of("ar", "fa", "he", "ur", "ps", "yi", "ckb", "sd", "ug");
    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fafafa}
            header.bar{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center;padding:.6em 1em;background:#18324a;color:#fff}
            header.bar a{color:#fff;text-decoration:none;font-weight:600}
            header.bar form{margin-left:auto;display:flex;gap:.3em;max-width:100%}
            header.bar input{min-width:0;flex:1}
            main{max-width:72em;margin:0 auto;padding:1em}
            @font-face{font-family:Amiri;src:url(/assets/amiri-regular.ttf)}
            [dir=rtl]{font-family:Amiri,"Noto Naskh Arabic",serif;font-size:1.15em}
            table.list{width:100%;border-collapse:collapse}
            table.list td,table.list th{padding:.4em;border-bottom:1px solid #ddd;text-align:start;vertical-align:top}
            .muted{color:#666;font-size:.9em}
            .flag{background:#fff0d9;border-left:3px solid #e08a00;padding:.2em .5em;margin:.3em 0;font-size:.9em}
            .edited{display:inline-block;background:#e3f3e5;color:#185c26;padding:0 .5em;border-radius:.5em;font-size:.85em}
            .pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;padding:.8em 0;border-bottom:1px solid #e4e4e4}
            .pair>*{min-width:0;overflow-wrap:anywhere}
            textarea{width:100%;font:inherit;line-height:1.5}
            form.filters{display:flex;flex-wrap:wrap;gap:.5em;margin-bottom:1em}
            form.filters>*{max-width:100%}
            mark{background:#ffe46b}
            .notice{padding:.5em 1em;background:#fde2e1;border:1px solid #d33}
            @media (max-width:700px){.pair{grid-template-columns:1fr}table.list .wide{display:none}}
            """;

    private DeskPages() {}

    static boolean rtl(String language) {
        return language != null && RTL.contains(language.toLowerCase(java.util.Locale.ROOT));
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " · tarjama</title><style>" + CSS + "</style></head><body>"
                + "<header class=\"bar\"><a href=\"/\">tarjama review desk</a>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input name=\"q\" type=\"search\" "
                + "placeholder=\"Search sources and translations\" aria-label=\"Search\"><button>Search</button></form>"
                + "</header><main>" + body + "</main></body></html>\n";
    }

    /** The articles, a page of them, with the filters that chose them. */
    static String list(DeskListing listing) {
        StringBuilder body = new StringBuilder("<h1>Articles</h1>");
        body.append("<form class=\"filters\" method=\"get\" action=\"/\">");
        body.append("<select name=\"source\" aria-label=\"Outlet\"><option value=\"\">every outlet</option>");
        for (String outlet : listing.outlets()) {
            body.append("<option")
                    .append(outlet.equals(listing.filters().source()) ? " selected" : "")
                    .append(" value=\"")
                    .append(html(outlet))
                    .append("\">")
                    .append(html(outlet))
                    .append("</option>");
        }
        body.append("</select><select name=\"state\" aria-label=\"State\"><option value=\"\">every state</option>");
        for (String state : List.of("done", "queued", "in_progress", "retry", "parked")) {
            body.append("<option")
                    .append(state.equals(listing.filters().state()) ? " selected" : "")
                    .append(">")
                    .append(state)
                    .append("</option>");
        }
        body.append("</select><label><input type=\"checkbox\" name=\"flagged\" value=\"1\"")
                .append(listing.filters().flaggedOnly() ? " checked" : "")
                .append("> flagged only</label>")
                .append("<label>from <input type=\"date\" name=\"from\" value=\"")
                .append(html(listing.filters().fromText()))
                .append("\"></label><label>to <input type=\"date\" name=\"to\" value=\"")
                .append(html(listing.filters().toText()))
                .append("\"></label><button>Filter</button></form>");
        body.append("<p class=\"muted\">")
                .append(listing.total())
                .append(listing.total() == 1 ? " article" : " articles")
                .append("</p>");
        body.append("<table class=\"list\"><thead><tr><th>Article</th><th class=\"wide\">Outlet</th><th>Date</th>"
                + "<th class=\"wide\">State</th><th>Flags</th></tr></thead><tbody>");
        for (DeskArticle a : listing.articles()) {
            body.append("<tr><td><a href=\"/a/")
                    .append(url(a.folder()))
                    .append("/\">")
                    .append(html(a.title()))
                    .append("</a>");
            if (!a.originalTitle().isBlank()) {
                body.append("<br><span class=\"muted\" dir=\"")
                        .append(Bidi.mostlyRtl(a.originalTitle()) ? "rtl" : "ltr")
                        .append("\">")
                        .append(html(a.originalTitle()))
                        .append("</span>");
            }
            if (a.edited() > 0) {
                body.append(" <span class=\"edited\">edited</span>");
            }
            body.append("</td><td class=\"wide\">")
                    .append(html(a.outlet()))
                    .append("</td><td>")
                    .append(html(a.published() == null ? "" : a.published()))
                    .append("</td><td class=\"wide\">")
                    .append(html(a.state()))
                    .append("</td><td>")
                    .append(a.flags() == 0 ? "" : String.valueOf(a.flags()))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (listing.page() > 1) {
            body.append("<a rel=\"prev\" href=\"")
                    .append(html(listing.link(listing.page() - 1)))
                    .append("\">← newer</a> ");
        }
        if (listing.hasNext()) {
            body.append("<a rel=\"next\" href=\"")
                    .append(html(listing.link(listing.page() + 1)))
                    .append("\">older →</a>");
        }
        return page("Articles", body.toString());
    }

    /** An article side by side, each translation editable in place. */
    static String article(DeskArticle article, JsonNode record, String formToken, String notice) {
        boolean rtl = rtl(record.path("source").path("language").asText(""));
        String dir = rtl ? "rtl" : "ltr";
        String lang = html(record.path("source").path("language").asText(""));
        StringBuilder body = new StringBuilder();
        if (notice != null) {
            body.append("<p class=\"notice\" role=\"alert\">")
                    .append(html(notice))
                    .append("</p>");
        }
        body.append("<h1>").append(html(article.title())).append("</h1>");
        if (!article.originalTitle().isBlank()) {
            body.append("<p dir=\"")
                    .append(dir)
                    .append("\" lang=\"")
                    .append(lang)
                    .append("\">")
                    .append(html(article.originalTitle()))
                    .append("</p>");
        }
        List<String> meta = new java.util.ArrayList<>();
        for (String part : new String[] {article.outlet(), article.published(), article.state()}) {
            if (part != null && !part.isBlank()) {
                meta.add(html(part));
            }
        }
        meta.add("<a href=\"/a/" + url(article.folder()) + "/bilingual.html\">bilingual page</a>");
        body.append("<p class=\"muted\">").append(String.join(" · ", meta)).append("</p>");
        JsonNode brief = record.path("brief");
        if (brief.isObject()) {
            body.append("<section aria-label=\"Brief\"><h2>Brief</h2><p>")
                    .append(html(brief.path("summary").asText("")))
                    .append("</p><ul>");
            brief.path("key_points")
                    .forEach(p -> body.append("<li>").append(html(p.asText())).append("</li>"));
            body.append("</ul></section>");
        }
        body.append("<h2>Side by side</h2>");
        for (JsonNode p : record.path("paragraphs")) {
            int index = p.path("index").asInt();
            String action = "/a/" + url(article.folder()) + "/p/" + index;
            body.append("<div class=\"pair\" id=\"p")
                    .append(index)
                    .append("\"><div dir=\"")
                    .append(dir)
                    .append("\" lang=\"")
                    .append(lang)
                    .append("\">")
                    .append(html(p.path("source").asText("")))
                    .append("</div><div lang=\"en\" dir=\"ltr\">");
            if (RecordEdits.isEdited(p)) {
                body.append("<span class=\"edited\">Edited by a person</span> ");
            }
            p.path("checks")
                    .forEach(c -> body.append("<div class=\"flag\">")
                            .append(html(c.path("check").asText()))
                            .append(": ")
                            .append(html(c.path("message").asText()))
                            .append("</div>"));
            body.append("<form method=\"post\" action=\"")
                    .append(action)
                    .append("\">")
                    .append("<input type=\"hidden\" name=\"csrf\" value=\"")
                    .append(html(formToken))
                    .append("\">")
                    .append("<input type=\"hidden\" name=\"etag\" value=\"")
                    .append(html(DeskEdits.etag(p)))
                    .append("\"><textarea name=\"translation\" rows=\"")
                    .append(rows(p.path("translation").asText("")))
                    .append("\" aria-label=\"Translation of paragraph ")
                    .append(index)
                    .append("\">")
                    .append(html(p.path("translation").asText("")))
                    .append("</textarea><button name=\"action\" value=\"save\">Save</button>");
            if (RecordEdits.isEdited(p) && p.hasNonNull("model_translation")) {
                body.append(" <button name=\"action\" value=\"revert\">Revert to the model's text</button>");
            }
            body.append("</form></div></div>");
        }
        return page(article.title(), body.toString());
    }

    /** What a search found, the matched words marked. */
    static String search(String query, List<DeskSearch.Hit> hits) {
        StringBuilder body = new StringBuilder("<h1>Search</h1><form method=\"get\" action=\"/search\">"
                + "<input name=\"q\" type=\"search\" value=\"" + html(query) + "\" aria-label=\"Search\">"
                + "<button>Search</button></form>");
        body.append("<p class=\"muted\">")
                .append(hits.size())
                .append(hits.size() == 1 ? " paragraph" : " paragraphs")
                .append("</p>");
        for (DeskSearch.Hit hit : hits) {
            body.append("<div class=\"pair\"><div dir=\"")
                    .append(Bidi.mostlyRtl(hit.source()) ? "rtl" : "ltr")
                    .append("\">")
                    .append(marked(hit.source()))
                    .append("</div><div><a href=\"/a/")
                    .append(url(hit.folder()))
                    .append("/#p")
                    .append(hit.index())
                    .append("\">")
                    .append(html(hit.title()))
                    .append("</a><br>")
                    .append(marked(hit.translation()))
                    .append("</div></div>");
        }
        return page("Search", body.toString());
    }

    /** Rows enough to show a paragraph's text without scrolling, at about 70 characters a row. */
    private static int rows(String text) {
        return Math.max(2, Math.min(24, text.length() / 70 + 2));
    }

    static String login(boolean failed) {
        return page(
                "Sign in",
                (failed ? "<p class=\"notice\" role=\"alert\">That is not the desk's token.</p>" : "")
                        + "<h1>Sign in</h1><form method=\"post\" action=\"/login\"><label>Token "
                        + "<input name=\"token\" type=\"password\" autocomplete=\"current-password\"></label> "
                        + "<button>Sign in</button></form>");
    }

    static String message(String title, String text) {
        return page(title, "<h1>" + html(title) + "</h1><p>" + html(text) + "</p>");
    }

    /** A snippet escaped, then its match marks made {@code <mark>}. */
    static String marked(String snippet) {
        return html(snippet)
                .replace(String.valueOf(DeskSearch.OPEN), "<mark>")
                .replace(String.valueOf(DeskSearch.CLOSE), "</mark>");
    }

    static String url(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
