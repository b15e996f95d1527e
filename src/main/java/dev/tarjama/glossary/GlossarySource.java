package dev.tarjama.glossary;

import dev.tarjama.model.Article;
import dev.tarjama.model.GlossaryEntry;
import java.util.List;

/** The renderings a user settled for an article: their own file, the standing glossaries of its news source. */
@FunctionalInterface
public interface GlossarySource {
    GlossarySource NONE = article -> List.of();

    /** The entries for {@code article}, the ones that win first. */
    List<GlossaryEntry> forArticle(Article article);

    /** The same entries for every article. */
    static GlossarySource of(List<GlossaryEntry> entries) {
        List<GlossaryEntry> copy = List.copyOf(entries);
        return article -> copy;
    }
}
