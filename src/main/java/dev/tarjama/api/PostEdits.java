package dev.tarjama.api;

import dev.tarjama.InputException;
import dev.tarjama.Paper;
import dev.tarjama.StorageException;
import dev.tarjama.internal.edit.XliffImport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A person's corrections brought back into an article's folder: every paragraph whose target they changed in a
 * post-edited XLIFF replaces the model's text in {@code article.json} (marked {@code "edited_by": "human"}, with
 * {@code edited_at}, no longer judged by the checks), and every other output of the folder is written again from it.
 * Nothing is sent to a model. The edits outlive the article's next translation while their paragraphs do not change.
 */
public final class PostEdits {
    private PostEdits() {}

    /**
     * What an import did.
     *
     * @param folder  the article's folder
     * @param changed the paragraphs whose text the person changed, by index
     * @param written the files written again
     */
    public record Imported(Path folder, List<Integer> changed, List<Path> written) {
        public Imported {
            changed = List.copyOf(changed);
            written = List.copyOf(written);
        }
    }

    /**
     * Imports {@code xliff} into the folder it lies in, beside the {@code article.json} it was written from.
     *
     * @param now   when the edits are recorded as made
     * @param paper the paper of a {@code bilingual.pdf} written again
     * @throws InputException   when the XLIFF or the record cannot be read, is not XLIFF 1.2, or belongs to another
     *                          article
     * @throws StorageException when the folder cannot be written
     */
    public static Imported importXliff(Path xliff, Instant now, Paper paper) {
        XliffImport.Result result = XliffImport.apply(xliff, now, paper);
        return new Imported(result.folder(), result.changed(), result.written());
    }
}
