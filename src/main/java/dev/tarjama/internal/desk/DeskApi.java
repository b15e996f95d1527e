package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.internal.edit.RecordEdits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The desk's JSON API: {@code GET /api/articles} (a page of the list), {@code GET /api/articles/{folder}} (the
 * record), {@code GET} and {@code PUT /api/articles/{folder}/paragraphs/{index}} (one paragraph, with its version as
 * an {@code ETag}; a {@code PUT} names the version it edits in {@code If-Match}).
 */
final class DeskApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_PAGE = 100;

    private final DeskShelf shelf;
    private final DeskEdits edits;

    DeskApi(DeskShelf shelf, DeskEdits edits) {
        this.shelf = shelf;
        this.edits = edits;
    }

    /** Answers a request under {@code /api/}; {@code path} is what follows it. */
    void handle(Exchange x, List<String> path) throws IOException {
        if (path.size() == 1 && path.get(0).equals("articles") && x.method().equals("GET")) {
            list(x);
        } else if (path.size() == 2
                && path.get(0).equals("articles")
                && x.method().equals("GET")) {
            record(x, path.get(1));
        } else if (path.size() == 4
                && path.get(0).equals("articles")
                && path.get(2).equals("paragraphs")) {
            paragraph(x, path.get(1), path.get(3));
        } else {
            error(x, 404, "no such resource");
        }
    }

    private void list(Exchange x) throws IOException {
        DeskListing.Filters filters = DeskListing.Filters.of(
                x.query("source"), x.query("state"), x.query("flagged"), x.query("from"), x.query("to"));
        DeskListing listing = DeskListing.of(
                shelf.articles(), filters, number(x.query("page"), 1), number(x.query("per_page"), PER_PAGE));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode articles = body.putArray("articles");
        for (DeskArticle a : listing.articles()) {
            articles.addObject()
                    .put("folder", a.folder())
                    .put("title", a.title())
                    .put("original_title", a.originalTitle())
                    .put("published", a.published())
                    .put("state", a.state())
                    .put("flags", a.flags())
                    .put("edited", a.edited())
                    .put("outlet", a.outlet());
        }
        body.put("total", listing.total());
        body.put("next", listing.hasNext() ? listing.apiLink(listing.page() + 1) : null);
        x.json(200, JSON.writeValueAsString(body));
    }

    private void record(Exchange x, String folder) throws IOException {
        Path path = shelf.folder(folder).orElse(null);
        if (path == null) {
            error(x, 404, "no article in a folder named so");
            return;
        }
        x.json(200, JSON.writeValueAsString(RecordEdits.read(path)));
    }

    private void paragraph(Exchange x, String folder, String indexText) throws IOException {
        int index = number(indexText, -1);
        if (index < 0) {
            error(x, 404, "no such paragraph");
            return;
        }
        switch (x.method()) {
            case "GET" -> answer(x, edits.read(folder, index));
            case "PUT" -> put(x, folder, index);
            default -> {
                x.header("Allow", "GET, PUT");
                error(x, 405, "a paragraph is read with GET and edited with PUT");
            }
        }
    }

    private void put(Exchange x, String folder, int index) throws IOException {
        String ifMatch = x.header(HttpHeader.IF_MATCH);
        if (shelf.folder(folder).isEmpty()) {
            error(x, 404, "no article in a folder named so");
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(x.body());
        } catch (IOException e) {
            error(x, 400, "the body is not JSON: send {\"translation\": \"…\"}");
            return;
        }
        JsonNode text = body == null ? null : body.get("translation");
        if (text == null || !text.isTextual()) {
            error(x, 400, "send {\"translation\": \"…\"}");
            return;
        }
        if (ifMatch == null) {
            error(x, 428, "send the paragraph's ETag in If-Match, so that an edit made on an older text is refused");
            return;
        }
        answer(x, edits.save(folder, index, text.asText(), ifMatch));
    }

    private static void answer(Exchange x, DeskEdits.Outcome outcome) throws IOException {
        switch (outcome.status()) {
            case OK -> {
                x.header("ETag", outcome.etag());
                x.json(200, JSON.writeValueAsString(outcome.paragraph()));
            }
            case MISSING -> error(x, 404, "no such paragraph");
            case INVALID -> error(x, 400, "a translation must hold text, at most " + DeskEdits.LONGEST + " characters");
            case CONFLICT -> {
                x.header("ETag", outcome.etag());
                ObjectNode body = JSON.createObjectNode();
                body.putObject("error")
                        .put("message", "the paragraph changed since that version; read it again")
                        .put("kind", "conflict");
                body.set("paragraph", outcome.paragraph());
                x.json(409, JSON.writeValueAsString(body));
            }
        }
    }

    static void error(Exchange x, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("status", status);
        x.json(status, JSON.writeValueAsString(body));
    }

    static int number(String text, int otherwise) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return otherwise;
        }
        return Integer.parseInt(text);
    }
}
