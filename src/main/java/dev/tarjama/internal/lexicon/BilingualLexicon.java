package dev.tarjama.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * An Arabic–English dictionary reduced to what the addition check asks of it: which English word stems an Arabic
 * word (or a phrase of two or three) can be rendered by. Read from a dictd database (FreeDict's ara–eng as Debian
 * installs it: an index of headword, offset and length, and the entries, usually dictzip-compressed). Immutable once
 * loaded, so one instance serves every thread of a process.
 */
public final class BilingualLexicon {
    /** dictd's base64 digits, most significant first. */
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern GLOSS_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*");
    /** Arabic letters with their diacritics, which Unicode gives the script of the letter they sit on, not Arabic. */
    static final Pattern ARABIC_WORD = Pattern.compile("\\p{IsArabic}[\\p{IsArabic}\\p{Mn}]*");

    private static final int LONGEST_PHRASE = 3;
    /**
     * How far before a sentence's relative position its explaining source words may stand, as a share of the text;
     * and after it, further: a translation that runs longer than usual near its start (or carries an added sentence)
     * puts its later sentences earlier than their sources.
     */
    static final double WINDOW_BEFORE = 0.2;

    static final double WINDOW_AFTER = 0.4;

    private final Map<String, int[]> stemsByKey;
    private final Map<String, Integer> stemIds;
    private final int headwords;

    private BilingualLexicon(Map<String, int[]> stemsByKey, Map<String, Integer> stemIds, int headwords) {
        this.stemsByKey = stemsByKey;
        this.stemIds = stemIds;
        this.headwords = headwords;
    }

    /**
     * Reads a dictd database.
     *
     * @param index its {@code .index} file
     * @param data  its {@code .dict.dz} (gzip) or {@code .dict} file
     * @throws IOException when either cannot be read or does not hold a dictd database
     */
    public static BilingualLexicon load(Path index, Path data) throws IOException {
        byte[] entries;
        try (InputStream in = Files.newInputStream(data)) {
            entries = data.getFileName().toString().endsWith(".dz")
                    ? new GZIPInputStream(in, 1 << 16).readAllBytes()
                    : in.readAllBytes();
        }
        Map<String, Set<Integer>> building = new HashMap<>();
        Map<String, Integer> stemIds = new HashMap<>();
        EnglishWords english = new EnglishWords();
        int headwords = 0;
        try (BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] fields = line.split("\t");
                if (fields.length < 3 || fields[0].startsWith("00")) {
                    continue; // dictd's own entries: the database's name, its info
                }
                long offset = decode(fields[1]);
                long length = decode(fields[2]);
                if (offset < 0 || length < 0 || offset + length > entries.length) {
                    throw new IOException("not a dictd index: an entry points past the end of " + data.getFileName());
                }
                String entry = new String(entries, (int) offset, (int) length, StandardCharsets.UTF_8);
                Set<Integer> glossStems = glossStems(entry, english, stemIds);
                if (glossStems.isEmpty()) {
                    continue;
                }
                String headword = phraseKey(fields[0]);
                if (headword.isEmpty()) {
                    continue;
                }
                headwords++;
                for (String key : ArabicForms.headwordKeys(headword)) {
                    building.computeIfAbsent(key, k -> new HashSet<>()).addAll(glossStems);
                }
            }
        }
        if (headwords == 0) {
            throw new IOException("no Arabic headwords with English glosses in " + index.getFileName());
        }
        Map<String, int[]> frozen = new HashMap<>(building.size() * 2);
        building.forEach((key, stems) ->
                frozen.put(key, stems.stream().mapToInt(Integer::intValue).toArray()));
        return new BilingualLexicon(frozen, stemIds, headwords);
    }

    /** Headwords that have at least one English gloss. */
    public int headwords() {
        return headwords;
    }

    /**
     * Each sentence of {@code translation} with how many of its content words {@code source} explains: the words of
     * the source around the same relative position (translations keep the order of sentences, so an invented one
     * cannot borrow explanations from the whole of a long paragraph), its names anywhere. Costs a few hundred hash
     * lookups per paragraph.
     */
    public List<SentenceCoverage> coverage(String source, String translation) {
        return coverage(source, translation, WINDOW_BEFORE, WINDOW_AFTER);
    }

    List<SentenceCoverage> coverage(String source, String translation, double before, double after) {
        SourceMeaning meaning = meaningOf(source);
        EnglishWords english = new EnglishWords();
        List<SentenceCoverage> sentences = new java.util.ArrayList<>();
        com.ibm.icu.text.BreakIterator breaks =
                com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.ENGLISH);
        breaks.setText(translation);
        double length = Math.max(1, translation.length());
        for (int start = breaks.first(), end = breaks.next();
                end != com.ibm.icu.text.BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String sentence = translation.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            Set<Integer> explained = meaning.stemsBetween(start / length - before, end / length + after);
            int content = 0;
            int unexplained = 0;
            Matcher words = LETTERS.matcher(sentence);
            while (words.find()) {
                String word = words.group();
                if (!EnglishWords.isContent(word.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                String stem = english.stem(word);
                if (EnglishWords.isCommon(stem)) {
                    continue;
                }
                content++;
                if (!meaning.explains(word, stem, explained)) {
                    unexplained++;
                }
            }
            sentences.add(new SentenceCoverage(sentence, content, unexplained));
        }
        return sentences;
    }

    /** What {@code source} can explain: the glosses of its words and phrases, the skeletons of its names. */
    SourceMeaning meaningOf(String source) {
        List<String> words = ARABIC_WORD
                .matcher(source)
                .results()
                .map(m -> ArabicForms.normalise(m.group()))
                .filter(w -> !w.isEmpty())
                .toList();
        List<int[]> stems = new java.util.ArrayList<>(words.size());
        Set<String> skeletons = new HashSet<>();
        Set<String> unknownSkeletons = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Set<Integer> own = new HashSet<>();
            Set<String> readings = ArabicForms.readings(words.get(i));
            for (String reading : readings) {
                addAll(stemsByKey.get(reading), own);
            }
            for (String reading : readings) {
                String skeleton = NameSkeleton.ofArabic(reading);
                if (skeleton.length() >= NameSkeleton.MIN_LENGTH) {
                    // a word the dictionary does not know is probably a name; one it knows may be a name too
                    (own.isEmpty() ? unknownSkeletons : skeletons).add(skeleton);
                }
            }
            StringBuilder phrase = new StringBuilder(words.get(i));
            for (int n = 2; n <= LONGEST_PHRASE && i + n <= words.size(); n++) {
                phrase.append(' ').append(words.get(i + n - 1));
                addAll(stemsByKey.get(phrase.toString()), own);
            }
            stems.add(own.stream().mapToInt(Integer::intValue).toArray());
        }
        Set<String> latin = new HashSet<>();
        Matcher letters = LETTERS.matcher(source);
        EnglishWords english = new EnglishWords();
        while (letters.find()) {
            if (!ARABIC_WORD.matcher(letters.group()).matches()) {
                latin.add(english.stem(letters.group())); // a name or brand the source writes in Latin letters
            }
        }
        skeletons.addAll(unknownSkeletons);
        return new SourceMeaning(stems, unknownSkeletons, skeletons, latin, stemIds);
    }

    private static void addAll(int[] ids, Set<Integer> into) {
        if (ids != null) {
            for (int id : ids) {
                into.add(id);
            }
        }
    }

    /** A headword's words, normalised, joined by single spaces. */
    private static String phraseKey(String headword) {
        StringBuilder key = new StringBuilder();
        Matcher words = ARABIC_WORD.matcher(headword);
        while (words.find()) {
            String word = ArabicForms.normalise(words.group());
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /** The stems of an entry's glosses: every line after the headword's, numbered or not. */
    private static Set<Integer> glossStems(String entry, EnglishWords english, Map<String, Integer> stemIds) {
        Set<Integer> stems = new HashSet<>();
        String[] lines = entry.split("\n");
        for (int i = 1; i < lines.length; i++) {
            Matcher words = LETTERS.matcher(GLOSS_NUMBER.matcher(lines[i]).replaceFirst(""));
            while (words.find()) {
                String word = words.group();
                if (EnglishWords.isContent(word.toLowerCase(java.util.Locale.ROOT))) {
                    stems.add(stemIds.computeIfAbsent(english.stem(word), s -> stemIds.size()));
                }
            }
        }
        return stems;
    }

    private static long decode(String base64) {
        long value = 0;
        for (int i = 0; i < base64.length(); i++) {
            int digit = DIGITS.indexOf(base64.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return value;
    }
}
