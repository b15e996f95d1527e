package dev.tarjama.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a run produced, as the renderers see it.
 *
 * @param article        the segmented source
 * @param targetLanguage BCP 47 code of the translation language
 * @param backend        which provider and model answered
 * @param promptVersions template name to version, for every template the run used
 * @param createdAt      when the run finished
 * @param paragraphs     one per source paragraph, in source order
 * @param brief          the brief, or {@code null} when it could not be produced
 * @param briefError     why the brief is missing, or {@code null}
 * @param usage          requests and tokens spent
 * @param interrupted    the user interrupted the run; unfinished paragraphs are marked failed
 * @param glossary       the agreed renderings the paragraphs were translated with
 * @param placement      where its files were written, once they are
 */
public record TranslatedArticle(
        Article article,
        String targetLanguage,
        BackendInfo backend,
        Map<String, String> promptVersions,
        Instant createdAt,
        List<TranslatedParagraph> paragraphs,
        Brief brief,
        String briefError,
        Usage usage,
        boolean interrupted,
        List<GlossaryEntry> glossary,
        Placement placement) {
    /**
     * Where an article's files go: the folder's name under the output root, and what identifies its input (an
     * absolute path, a URL, a content hash), so that a rerun of the same input finds its folder again and another
     * input with the same name gets another one.
     */
    public record Placement(String folder, String inputId) {}

    public TranslatedArticle(
            Article article,
            String targetLanguage,
            BackendInfo backend,
            Map<String, String> promptVersions,
            Instant createdAt,
            List<TranslatedParagraph> paragraphs,
            Brief brief,
            String briefError,
            Usage usage,
            boolean interrupted,
            List<GlossaryEntry> glossary) {
        this(
                article,
                targetLanguage,
                backend,
                promptVersions,
                createdAt,
                paragraphs,
                brief,
                briefError,
                usage,
                interrupted,
                glossary,
                null);
    }

    public TranslatedArticle placed(Placement where) {
        return new TranslatedArticle(
                article,
                targetLanguage,
                backend,
                promptVersions,
                createdAt,
                paragraphs,
                brief,
                briefError,
                usage,
                interrupted,
                glossary,
                where);
    }

    /** The same article with other translations of its paragraphs (a person's edits carried over). */
    public TranslatedArticle withParagraphs(List<TranslatedParagraph> replaced) {
        return new TranslatedArticle(
                article,
                targetLanguage,
                backend,
                promptVersions,
                createdAt,
                replaced,
                brief,
                briefError,
                usage,
                interrupted,
                glossary,
                placement);
    }

    public TranslatedArticle {
        promptVersions = Map.copyOf(promptVersions);
        paragraphs = List.copyOf(paragraphs);
        glossary = List.copyOf(glossary);
        if (paragraphs.size() != article.paragraphs().size()) {
            throw new IllegalArgumentException(paragraphs.size() + " translations for "
                    + article.paragraphs().size() + " paragraphs");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).source() != article.paragraphs().get(i)) {
                throw new IllegalArgumentException("translation at position " + i + " belongs to another paragraph");
            }
        }
    }

    public long flaggedCount() {
        return paragraphs.stream().filter(TranslatedParagraph::isFlagged).count();
    }

    /** True when any paragraph or the brief carries a check's flag. */
    public boolean hasFlags() {
        return flaggedCount() > 0 || brief != null && !brief.allFlags().isEmpty();
    }

    public long failedCount() {
        return paragraphs.stream().filter(p -> !p.isOk()).count();
    }
}
