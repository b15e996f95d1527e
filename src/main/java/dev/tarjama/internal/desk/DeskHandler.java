package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.internal.edit.RecordEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes the desk's requests: its pages ({@code /}, {@code /search}, {@code /a/<folder>/}, the folder's own files),
 * the form that saves an edit, the login form, and {@link DeskApi} under {@code /api/}. A request the desk's access
 * rules refuse goes no further: without a token only loopback names are answered (a page elsewhere cannot reach the
 * desk through a name that resolves to this machine), with one every request shows it.
 */
final class DeskHandler extends Handler.Abstract {
    /** The files of an article's folder the desk serves as they are, with their types. */
    private static final Map<String, String> FOLDER_FILES = Map.of(
            "bilingual.html", "text/html; charset=utf-8",
            "english.html", "text/html; charset=utf-8",
            "brief.md", "text/markdown; charset=utf-8",
            "bilingual.md", "text/markdown; charset=utf-8",
            "article.json", "application/json; charset=utf-8",
            "bilingual.pdf", "application/pdf");

    private static final String FOLDER_FILE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; frame-ancestors 'none'";

    private static final Set<String> FONT_FILES = Set.of("amiri-regular.ttf");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final DeskShelf shelf;
    private final DeskEdits edits;
    private final DeskSearch search;
    private final DeskAccess access;
    private final DeskApi api;

    DeskHandler(DeskShelf shelf, DeskEdits edits, DeskSearch search, DeskAccess access) {
        this.shelf = shelf;
        this.edits = edits;
        this.search = search;
        this.access = access;
        this.api = new DeskApi(shelf, edits);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange x = new Exchange(request, response, callback);
        try {
            route(x);
        } catch (IOException | RuntimeException e) {
            // one line, never a trace: the reason is the desk's or the disk's, not the user's
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (x.segments.size() > 0 && x.segments.get(0).equals("api")) {
                x.json(500, "{\"error\":{\"message\":" + quote(message) + ",\"status\":500}}");
            } else {
                x.page(500, DeskPages.message("Something went wrong", message));
            }
        }
        return true;
    }

    private void route(Exchange x) throws IOException {
        if (!access.asksForToken() && !loopbackHost(x.header(HttpHeader.HOST))) {
            x.page(421, DeskPages.message("Not here", "This desk answers on 127.0.0.1 or localhost only."));
            return;
        }
        List<String> path = x.segments;
        String first = path.isEmpty() ? "" : path.get(0);
        if (first.equals("login")) {
            login(x);
            return;
        }
        String session = x.cookie(DeskAccess.COOKIE);
        if (!access.admits(x.header(HttpHeader.AUTHORIZATION), session)) {
            if (first.equals("api")) {
                x.header("WWW-Authenticate", "Bearer");
                DeskApi.error(x, 401, "send the desk's token: Authorization: Bearer <token>");
            } else {
                x.redirect("/login");
            }
            return;
        }
        if (first.equals("api")) {
            api.handle(x, path.subList(1, path.size()));
        } else if (path.size() == 1 && first.isEmpty() && x.method().equals("GET")) {
            x.page(200, DeskPages.list(listing(x)));
        } else if (path.size() == 1 && first.equals("search") && x.method().equals("GET")) {
            String q = x.query("q") == null ? "" : x.query("q");
            x.page(200, DeskPages.search(q, search.search(q)));
        } else if (first.equals("assets") && path.size() == 2
                || first.equals("a") && path.size() == 3 && path.get(1).equals("assets")) {
            font(x, path.get(path.size() - 1));
        } else if (first.equals("a") && path.size() >= 2) {
            article(x, path.subList(1, path.size()), session);
        } else {
            x.page(404, DeskPages.message("Not found", "Nothing is here."));
        }
    }

    private DeskListing listing(Exchange x) {
        DeskListing.Filters filters = DeskListing.Filters.of(
                x.query("source"), x.query("state"), x.query("flagged"), x.query("from"), x.query("to"));
        return DeskListing.of(
                shelf.articles(),
                filters,
                DeskApi.number(x.query("page"), 1),
                DeskApi.number(x.query("per_page"), 200));
    }

    /** {@code /a/<folder>/}, its files, and the form posts to {@code /a/<folder>/p/<index>}. */
    private void article(Exchange x, List<String> path, String session) throws IOException {
        String folder = path.get(0);
        DeskArticle article = shelf.article(folder);
        if (article == null) {
            x.page(404, DeskPages.message("Not found", "No article is in a folder named so."));
            return;
        }
        if (path.size() == 1) {
            x.redirect("/a/" + DeskPages.url(folder) + "/");
        } else if (path.size() == 2 && path.get(1).isEmpty() && x.method().equals("GET")) {
            showArticle(x, article, session, null, 200);
        } else if (path.size() == 2
                && FOLDER_FILES.containsKey(path.get(1))
                && x.method().equals("GET")) {
            Path file = shelf.folder(folder).orElseThrow().resolve(path.get(1));
            if (Files.isRegularFile(file)) {
                // tarjama's own pages, their text escaped when written; still, nothing runs and nothing is fetched
                x.header("Content-Security-Policy", FOLDER_FILE_POLICY);
                x.bytes(200, FOLDER_FILES.get(path.get(1)), Files.readAllBytes(file));
            } else {
                x.page(404, DeskPages.message("Not found", "This article has no " + path.get(1) + "."));
            }
        } else if (path.size() == 3 && path.get(1).equals("p") && x.method().equals("POST")) {
            post(x, article, DeskApi.number(path.get(2), -1), session);
        } else {
            x.page(404, DeskPages.message("Not found", "Nothing is here."));
        }
    }

    private void post(Exchange x, DeskArticle article, int index, String session) throws IOException {
        Map<String, String> form = x.form();
        if (!access.formTokenValid(session, form.get("csrf"))) {
            x.page(403, DeskPages.message("Refused", "This form did not come from the desk's page; reload it."));
            return;
        }
        DeskEdits.Outcome outcome = "revert".equals(form.get("action"))
                ? edits.revert(article.folder(), index, form.get("etag"))
                : edits.save(article.folder(), index, form.get("translation"), form.get("etag"));
        switch (outcome.status()) {
            case OK -> x.redirect("/a/" + DeskPages.url(article.folder()) + "/#p" + index);
            case MISSING -> x.page(404, DeskPages.message("Not found", "No such paragraph."));
            case INVALID ->
                showArticle(
                        x,
                        article,
                        session,
                        "A translation must hold text, at most " + DeskEdits.LONGEST + " characters.",
                        400);
            case CONFLICT ->
                showArticle(
                        x,
                        article,
                        session,
                        "Paragraph " + index
                                + " changed since you opened the page (another editor, or a new translation);"
                                + " your text was not saved. Here is the paragraph as it is now.",
                        409);
        }
    }

    private void showArticle(Exchange x, DeskArticle article, String session, String notice, int status) {
        ObjectNode record = RecordEdits.read(shelf.folder(article.folder()).orElseThrow());
        x.page(status, DeskPages.article(shelf.article(article.folder()), record, access.formToken(session), notice));
    }

    private void font(Exchange x, String name) throws IOException {
        Path file = shelf.root().resolve("assets").resolve(name);
        if (FONT_FILES.contains(name) && Files.isRegularFile(file)) {
            x.bytes(200, "font/ttf", Files.readAllBytes(file));
        } else {
            x.page(404, DeskPages.message("Not found", "Nothing is here."));
        }
    }

    private void login(Exchange x) throws IOException {
        if (!access.asksForToken()) {
            x.redirect("/");
        } else if (x.method().equals("POST")) {
            String session = access.login(x.form().get("token"));
            if (session == null) {
                x.page(401, DeskPages.login(true));
                return;
            }
            x.cookie(HttpCookie.build(DeskAccess.COOKIE, session)
                    .path("/")
                    .httpOnly(true)
                    .sameSite(HttpCookie.SameSite.STRICT)
                    .build());
            x.redirect("/");
        } else {
            x.page(200, DeskPages.login(false));
        }
    }

    /** Whether the request names this machine's loopback, whatever the port. */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
        return LOOPBACK_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            return "\"error\"";
        }
    }
}
