package dev.tarjama.internal.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one source text can explain in its translation: dictionary glosses, names by their skeleton, Latin words. */
final class SourceMeaning {
    /** The gloss stems of each source word, in the order of the words. */
    private final List<int[]> stemsByWord;

    /** The name skeletons of the source words the dictionary does not know. */
    private final Set<String> unknownSkeletons;
    /** The name skeletons of every source word. */
    private final Set<String> skeletons;

    private final Set<String> latinStems;
    private final Map<String, Integer> stemIds;

    SourceMeaning(
            List<int[]> stemsByWord,
            Set<String> unknownSkeletons,
            Set<String> skeletons,
            Set<String> latinStems,
            Map<String, Integer> stemIds) {
        this.stemsByWord = stemsByWord;
        this.unknownSkeletons = unknownSkeletons;
        this.skeletons = skeletons;
        this.latinStems = latinStems;
        this.stemIds = stemIds;
    }

    /** The gloss stems of the source words between two relative positions (0 the first word, 1 past the last). */
    Set<Integer> stemsBetween(double from, double to) {
        int words = stemsByWord.size();
        int first = Math.max(0, (int) Math.floor(from * words));
        int last = Math.min(words, (int) Math.ceil(to * words));
        Set<Integer> stems = new HashSet<>();
        for (int i = first; i < last; i++) {
            for (int id : stemsByWord.get(i)) {
                stems.add(id);
            }
        }
        return stems;
    }

    /**
     * Whether a source word explains {@code word}, an English content word as the translation writes it: one of
     * {@code explained} glosses it, it is written in the source as it is, or it is a name the source spells.
     */
    boolean explains(String word, String stem, Set<Integer> explained) {
        if (latinStems.contains(stem)) {
            return true;
        }
        Integer id = stemIds.get(stem);
        if (id != null && explained.contains(id)) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String skeleton = NameSkeleton.ofEnglish(word);
        if (skeleton.length() < NameSkeleton.MIN_LENGTH) {
            return false;
        }
        // a capitalised word no gloss uses is a name: any source word may spell it ("Sami", سامي, also an adjective);
        // one the dictionary glosses must be spelled by a word it does not know, or a long source explains every name
        return id == null ? skeletons.contains(skeleton) : unknownSkeletons.contains(skeleton);
    }
}
