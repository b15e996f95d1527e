package dev.tarjama.internal.publish;

import dev.tarjama.internal.render.ArticleRecord;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's post-edits survive the next translation of their article. Before a folder is written again, the
 * paragraphs its {@code article.json} marks {@code "edited_by": "human"} are looked up by their source text: where the
 * new article has the same paragraph, the person's text replaces the model's; where the paragraph changed (or is
 * gone), the edit no longer fits and is counted as dropped, so the caller can keep the old record.
 */
public final class HumanEdits {
    /**
     * The article to write, and what became of the folder's edits.
     *
     * @param kept       edited paragraphs whose source is unchanged: the person's text is in {@code article}
     * @param dropped    edited paragraphs whose source changed or is gone: keep the old record to keep them
     * @param unreadable the folder's record could not be read: it may hold edits, so keep it too
     */
    public record Carried(TranslatedArticle article, int kept, int dropped, boolean unreadable) {
        /** Whether the folder's previous record holds a person's work the new one will not. */
        public boolean losesWork() {
            return dropped > 0 || unreadable;
        }
    }

    private record Edit(String translation, Instant at) {}

    private HumanEdits() {}

    /**
     * {@code fresh} with the person's edits recorded in {@code folder} carried over. A folder without a record has no
     * edits to keep; one whose record cannot be read is said to be so, since it may hold some.
     */
    public static Carried carry(Path folder, TranslatedArticle fresh) {
        Map<String, Deque<Edit>> edits;
        try {
            edits = editsIn(folder.resolve(OutputWriter.RECORD));
        } catch (IOException | RuntimeException e) { // not a record tarjama wrote, or one cut short
            return new Carried(fresh, 0, 0, true);
        }
        if (edits.isEmpty()) {
            return new Carried(fresh, 0, 0, false);
        }
        int total = edits.values().stream().mapToInt(Deque::size).sum();
        List<TranslatedParagraph> paragraphs =
                new ArrayList<>(fresh.paragraphs().size());
        int kept = 0;
        for (TranslatedParagraph p : fresh.paragraphs()) {
            Deque<Edit> same = edits.get(key(p.source().text()));
            Edit edit = same == null ? null : same.poll();
            if (edit == null) {
                paragraphs.add(p);
            } else {
                paragraphs.add(p.editedBy(edit.translation(), edit.at()));
                kept++;
            }
        }
        return new Carried(fresh.withParagraphs(paragraphs), kept, total - kept, false);
    }

    /** The edited paragraphs of a record by source text, in order (a paragraph may occur twice). */
    private static Map<String, Deque<Edit>> editsIn(Path record) throws IOException {
        Map<String, Deque<Edit>> edits = new HashMap<>();
        if (!Files.isRegularFile(record)) {
            return edits;
        }
        for (TranslatedParagraph p : ArticleRecord.read(record).paragraphs()) {
            if (p.isEdited() && p.translation() != null) {
                edits.computeIfAbsent(key(p.source().text()), k -> new ArrayDeque<>())
                        .add(new Edit(p.translation(), p.editedAt()));
            }
        }
        return edits;
    }

    private static String key(String source) {
        return source.strip();
    }
}
