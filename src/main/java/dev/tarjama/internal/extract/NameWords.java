package dev.tarjama.internal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of an element's class and id names, split at dashes, underscores and spaces, so that a name matches a
 * word only as a whole part of it: {@code post-nav} has "nav", {@code canvas} and {@code navy} do not. A compound
 * word matches its parts written together or apart ({@code readmore}, {@code read-more}, {@code read_more}).
 */
final class NameWords {
    /** The longest compound of the word lists, in parts ({@code wp-caption-text}). */
    private static final int LONGEST = 3;

    private final List<String> words;
    /** Whether a dash follows each word (rather than an underscore, a space or the end). */
    private final List<Boolean> dashed;

    private NameWords(List<String> words, List<Boolean> dashed) {
        this.words = words;
        this.dashed = dashed;
    }

    /** The words of lower-case names. */
    static NameWords of(String names) {
        List<String> words = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean separator = c == '-' || c == '_' || Character.isWhitespace(c);
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                words.add(names.substring(start, i));
                dashed.add(c == '-');
                start = -1;
            }
        }
        return new NameWords(words, dashed);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether any word, or any two or three adjacent words written together, is in {@code list}. */
    boolean any(WordList list) {
        return find(list, Set.of()) >= 0;
    }

    /**
     * Whether a word of {@code list} is present and not followed, after a dash, by one of {@code unless} ({@code
     * cookie-banner} is an overlay, {@code cookie-settings-link} a link to one).
     */
    boolean anyUnlessFollowedBy(WordList list, Set<String> unless) {
        return find(list, unless) >= 0;
    }

    private int find(WordList list, Set<String> unless) {
        for (int first = 0; first < words.size(); first++) {
            StringBuilder joined = new StringBuilder();
            for (int last = first; last < words.size() && last < first + LONGEST; last++) {
                joined.append(words.get(last));
                String candidate = joined.toString();
                if (list.words.contains(candidate) && !excused(last, unless)) {
                    return first;
                }
                if (!list.starts.contains(candidate)) {
                    break;
                }
            }
        }
        return -1;
    }

    /** Whether the word at {@code index} is followed, after a dash, by one of {@code unless}. */
    private boolean excused(int index, Set<String> unless) {
        return dashed.get(index) && index + 1 < words.size() && unless.contains(words.get(index + 1));
    }

    /**
     * A list of name words, separated by spaces; a compound is written with dashes between its parts, which match
     * written apart or not.
     */
    static final class WordList {
        private final Set<String> words = new HashSet<>();
        /** The beginnings of compounds ("read" of read-more, "wp", "wpcaption" of wp-caption-text). */
        private final Set<String> starts = new HashSet<>();

        WordList(String entries) {
            for (String entry : entries.split(" ")) {
                words.add(entry.replace("-", ""));
                String[] parts = entry.split("-");
                StringBuilder start = new StringBuilder();
                for (int i = 0; i < parts.length - 1; i++) {
                    starts.add(start.append(parts[i]).toString());
                }
            }
        }

        /** Whether a single word is on the list. */
        boolean contains(String word) {
            return words.contains(word.replace("-", ""));
        }
    }
}
