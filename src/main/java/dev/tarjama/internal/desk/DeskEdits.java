package dev.tarjama.internal.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tarjama.Paper;
import dev.tarjama.internal.edit.RecordEdits;
import dev.tarjama.internal.publish.FolderLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * A person's corrections saved from the desk, one paragraph at a time, as {@code tarjama import} saves them
 * ({@link RecordEdits}), inside the folder's lock ({@link FolderLock}) so that a watch publishing the same article
 * waits for the save and keeps it. Each paragraph has a version (an entity tag over its source and its text): a save
 * names the version it was made on, and a paragraph changed since (another editor, a watch's new translation) is a
 * conflict rather than a silent overwrite.
 */
public final class DeskEdits {
    /** The longest translation of a paragraph the desk takes. */
    public static final int LONGEST = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeskShelf shelf;
    private final Clock clock;
    private final Paper paper;

    public DeskEdits(DeskShelf shelf, Clock clock, Paper paper) {
        this.shelf = shelf;
        this.clock = clock;
        this.paper = paper;
    }

    /** What a save or a read came to. */
    public enum Status {
        OK,
        /** No such folder or paragraph. */
        MISSING,
        /** The paragraph changed since the version the edit was made on. */
        CONFLICT,
        /** An empty or too long text. */
        INVALID
    }

    /** A paragraph as the desk shows it, with its version; {@code paragraph} is {@code null} unless found. */
    public record Outcome(Status status, ObjectNode paragraph, String etag) {
        static Outcome of(Status status) {
            return new Outcome(status, null, null);
        }
    }

    /** One paragraph of a folder's record. */
    public Outcome read(String folder, int index) {
        Path path = shelf.folder(folder).orElse(null);
        if (path == null) {
            return Outcome.of(Status.MISSING);
        }
        ObjectNode paragraph = RecordEdits.paragraphs(RecordEdits.read(path)).get(index);
        return paragraph == null ? Outcome.of(Status.MISSING) : found(paragraph);
    }

    /**
     * Saves a person's text for a paragraph.
     *
     * @param ifMatch the version the edit was made on ({@link #etag}), or {@code null} to save whatever is there
     */
    public Outcome save(String folder, int index, String text, String ifMatch) {
        if (text == null || text.isBlank() || text.length() > LONGEST) {
            return Outcome.of(Status.INVALID);
        }
        return change(folder, index, ifMatch, paragraph -> {
            if (paragraph.path("translation").asText("").equals(text.strip())) {
                return false;
            }
            RecordEdits.edit(paragraph, text.strip(), clock.instant());
            return true;
        });
    }

    /** Puts the model's text back in place of a person's. */
    public Outcome revert(String folder, int index, String ifMatch) {
        return change(folder, index, ifMatch, RecordEdits::revert);
    }

    private interface Change {
        boolean apply(ObjectNode paragraph);
    }

    private Outcome change(String folder, int index, String ifMatch, Change change) {
        Path path = shelf.folder(folder).orElse(null);
        if (path == null) {
            return Outcome.of(Status.MISSING);
        }
        try (FolderLock lock = FolderLock.hold(shelf.root(), path)) {
            ObjectNode record = RecordEdits.read(path);
            ObjectNode paragraph = RecordEdits.paragraphs(record).get(index);
            if (paragraph == null) {
                return Outcome.of(Status.MISSING);
            }
            if (ifMatch != null && !matches(ifMatch, etag(paragraph))) {
                return new Outcome(Status.CONFLICT, view(paragraph), etag(paragraph));
            }
            if (change.apply(paragraph)) {
                RecordEdits.rewrite(path, record, paper);
            }
            return found(paragraph);
        }
    }

    private static Outcome found(ObjectNode paragraph) {
        return new Outcome(Status.OK, view(paragraph), etag(paragraph));
    }

    /** Whether an {@code If-Match} value names the current version: {@code *}, or a list holding it. */
    static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph's version: a quoted hash of its source, its text and who wrote it when. */
    public static String etag(JsonNode paragraph) {
        String identity = paragraph.path("source").asText("")
                + '\u0000'
                + paragraph.path("translation").asText("")
                + '\u0000'
                + paragraph.path("edited_at").asText("")
                + '\u0000'
                + paragraph.path("status").asText("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(digest, 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph as the API answers it. */
    static ObjectNode view(JsonNode paragraph) {
        ObjectNode view = JSON.createObjectNode();
        view.put("index", paragraph.path("index").asInt());
        view.put("kind", paragraph.path("kind").asText("body"));
        view.put("source", paragraph.path("source").asText(""));
        view.set("translation", paragraph.get("translation"));
        view.put("status", paragraph.path("status").asText("ok"));
        view.set("checks", paragraph.path("checks").isArray() ? paragraph.get("checks") : JSON.createArrayNode());
        boolean edited = RecordEdits.isEdited(paragraph);
        view.put("edited_by", edited ? "human" : null);
        view.put("edited_at", edited ? paragraph.path("edited_at").asText() : null);
        view.put(
                "model_translation",
                edited ? paragraph.path("model_translation").asText(null) : null);
        return view;
    }
}
