package dev.tarjama.internal.prompt;

import java.util.Set;

/**
 * The kinds of request tarjama makes, each with its template file and the placeholders it fills. A template must
 * use every required placeholder (without them the request would not carry its text) and no unknown one.
 */
public enum PromptKind {
    TRANSLATE(
            "translate",
            Set.of("paragraph", "fence"),
            Set.of(
                    "title",
                    "previous",
                    "glossary",
                    "feedback",
                    "source_language",
                    "source_language_name",
                    "target_language",
                    "target_language_name")),
    TRANSLATE_BATCH(
            "translate-batch",
            Set.of("paragraphs", "fence"),
            Set.of(
                    "title",
                    "previous",
                    "glossary",
                    "source_language",
                    "source_language_name",
                    "target_language",
                    "target_language_name")),
    GLOSSARY(
            "glossary",
            Set.of("article", "fence"),
            Set.of("title", "source_language", "source_language_name", "target_language", "target_language_name")),
    REVIEW(
            "review",
            Set.of("paragraphs", "fence"),
            Set.of("title", "source_language", "source_language_name", "target_language", "target_language_name")),
    BRIEF(
            "brief",
            Set.of("paragraphs", "fence"),
            Set.of("title", "source_language", "source_language_name", "target_language", "target_language_name"));

    private final String fileStem;
    private final Set<String> required;
    private final Set<String> optional;

    PromptKind(String fileStem, Set<String> required, Set<String> optional) {
        this.fileStem = fileStem;
        this.required = required;
        this.optional = optional;
    }

    public String fileName() {
        return fileStem + ".prompt";
    }

    /** The key under which this template's version is recorded in {@code article.json}. */
    public String key() {
        return fileStem;
    }

    Set<String> required() {
        return required;
    }

    boolean knows(String placeholder) {
        return required.contains(placeholder) || optional.contains(placeholder);
    }
}
