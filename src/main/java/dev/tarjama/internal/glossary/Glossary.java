package dev.tarjama.internal.glossary;

import dev.tarjama.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The agreed renderings for one article: one entry per source term, the user's own entries first (they override
 * what the glossary pass proposed and what the translations used), and lookup of the entries a given text needs.
 */
public final class Glossary {
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;

    /**
     * This glossary's terms as whole-word patterns, compiled on first use: an article's few dozen terms are looked up
     * in every one of its paragraphs. Held by the glossary, so they go with its article.
     */
    private final Map<String, Pattern> words = new java.util.concurrent.ConcurrentHashMap<>();

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * One entry per term: {@code user} entries win over {@code proposed} ones for the same source term, and of
     * proposed entries only those whose term occurs in {@code article} are kept.
     */
    public static Glossary merge(List<GlossaryEntry> user, List<GlossaryEntry> proposed, String article) {
        Map<String, GlossaryEntry> byTerm = new LinkedHashMap<>();
        for (GlossaryEntry entry : user) {
            byTerm.putIfAbsent(key(entry.source()), entry);
        }
        String text = plain(article);
        for (GlossaryEntry entry : proposed) {
            String key = key(entry.source());
            if (key.isEmpty() || entry.target().isBlank() || !text.contains(plain(entry.source()))) {
                continue;
            }
            byTerm.putIfAbsent(key, entry);
        }
        return new Glossary(new ArrayList<>(byTerm.values()));
    }

    /**
     * This glossary with the renderings the translations used for terms it does not settle: per term, the rendering
     * most of them used (letter case aside), the earliest on a tie. Terms the article does not contain are left out.
     */
    public Glossary withMostUsed(List<GlossaryEntry> used, String article) {
        Map<String, Map<String, List<GlossaryEntry>>> byTerm = new LinkedHashMap<>();
        for (GlossaryEntry entry : used) {
            byTerm.computeIfAbsent(key(entry.source()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.target().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(entry);
        }
        List<GlossaryEntry> winners = new ArrayList<>();
        for (Map<String, List<GlossaryEntry>> renderings : byTerm.values()) {
            List<GlossaryEntry> most = List.of();
            for (List<GlossaryEntry> same : renderings.values()) {
                if (same.size() > most.size()) {
                    most = same;
                }
            }
            winners.add(most.get(0));
        }
        return merge(entries, winners, article);
    }

    /** Whether two renderings are the same, letter case and surrounding space aside. */
    public static boolean sameRendering(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries whose source term occurs in {@code text}, ignoring diacritics and tatweel. */
    public List<GlossaryEntry> applicableTo(String text) {
        return applicable(text, entries, words);
    }

    /** The {@code entries} whose source term occurs in {@code text}: for terms looked up once (an answer's). */
    public static List<GlossaryEntry> applicable(String text, List<GlossaryEntry> entries) {
        return applicable(text, entries, new java.util.HashMap<>());
    }

    private static List<GlossaryEntry> applicable(
            String text, List<GlossaryEntry> entries, Map<String, Pattern> compiled) {
        String plain = plain(text);
        List<GlossaryEntry> found = new ArrayList<>();
        for (GlossaryEntry entry : entries) {
            String term = plain(entry.source()).strip();
            // a plain search first: most terms are not in most paragraphs, and it costs no pattern
            if (!term.isBlank()
                    && plain.contains(term)
                    && compiled.computeIfAbsent(term, Glossary::asWord)
                            .matcher(plain)
                            .find()) {
                found.add(entry);
            }
        }
        return found;
    }

    /**
     * The term as a whole word: «جون» is John in «وجون» (and John) but not in «يرجون» (they hope). Arabic writes
     * the conjunctions, prepositions and the article onto the word, so those may precede it.
     */
    private static Pattern asWord(String term) {
        return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:و|ف|ب|ل|ك|ال|وال|فال|بال|كال|لل|ولل|وب|ول|فب|فل)?"
                + Pattern.quote(term) + "(?![\\p{L}\\p{M}\\p{N}])");
    }

    private static String key(String term) {
        return plain(term).strip();
    }

    static String plain(String text) {
        return ARABIC_MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
