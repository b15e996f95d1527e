package dev.tarjama.internal.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English words reduced to what a dictionary's glosses and a translation can share: lower case, function words
 * dropped (no Arabic headword has to explain "the" or "would"), irregular forms taken to their base, then Snowball's
 * English stem. One instance per thread: the stemmer keeps state.
 */
final class EnglishWords {
    /** Function words, auxiliaries and pronouns: a translation needs them whatever the source says. */
    private static final Set<String> STOP = Set.of(("a an the and or but nor so yet if then than that this these those"
                    + " there here what which who whom whose when where why how all any both each every few more most"
                    + " other some such no not only own same too very can will just should would could might must shall"
                    + " may be am is are was were been being have has had having do does did doing done i me my mine"
                    + " myself we us our ours ourselves you your yours yourself yourselves he him his himself she her"
                    + " hers herself it its itself they them their theirs themselves of at by for with about against"
                    + " between into through during before after above below to from up down in out on off over under"
                    + " again further once as until while because also s t d ll m o re ve y don didn doesn isn aren"
                    + " wasn weren won wouldn shouldn couldn haven hasn hadn let lets one ones something anything"
                    + " nothing everything someone anyone everyone somebody anybody nobody thing things get got gets"
                    + " getting go going gone went goes make made makes making")
            .split(" "));

    /** Irregular forms a stemmer cannot take back to the word a gloss gives. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"),
            Map.entry("says", "say"),
            Map.entry("told", "tell"),
            Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("gave", "give"),
            Map.entry("given", "give"),
            Map.entry("came", "come"),
            Map.entry("saw", "see"),
            Map.entry("seen", "see"),
            Map.entry("knew", "know"),
            Map.entry("known", "know"),
            Map.entry("thought", "think"),
            Map.entry("found", "find"),
            Map.entry("left", "leave"),
            Map.entry("felt", "feel"),
            Map.entry("kept", "keep"),
            Map.entry("began", "begin"),
            Map.entry("begun", "begin"),
            Map.entry("brought", "bring"),
            Map.entry("bought", "buy"),
            Map.entry("built", "build"),
            Map.entry("sent", "send"),
            Map.entry("spent", "spend"),
            Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"),
            Map.entry("wrote", "write"),
            Map.entry("written", "write"),
            Map.entry("ate", "eat"),
            Map.entry("eaten", "eat"),
            Map.entry("drank", "drink"),
            Map.entry("ran", "run"),
            Map.entry("sat", "sit"),
            Map.entry("stood", "stand"),
            Map.entry("held", "hold"),
            Map.entry("met", "meet"),
            Map.entry("paid", "pay"),
            Map.entry("sold", "sell"),
            Map.entry("lost", "lose"),
            Map.entry("won", "win"),
            Map.entry("fell", "fall"),
            Map.entry("fallen", "fall"),
            Map.entry("chose", "choose"),
            Map.entry("chosen", "choose"),
            Map.entry("broke", "break"),
            Map.entry("broken", "break"),
            Map.entry("drove", "drive"),
            Map.entry("driven", "drive"),
            Map.entry("flew", "fly"),
            Map.entry("grew", "grow"),
            Map.entry("grown", "grow"),
            Map.entry("heard", "hear"),
            Map.entry("led", "lead"),
            Map.entry("meant", "mean"),
            Map.entry("slept", "sleep"),
            Map.entry("taught", "teach"),
            Map.entry("understood", "understand"),
            Map.entry("woke", "wake"),
            Map.entry("wore", "wear"),
            Map.entry("forgot", "forget"),
            Map.entry("forgotten", "forget"),
            Map.entry("became", "become"),
            Map.entry("children", "child"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("people", "person"),
            Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"),
            Map.entry("better", "good"),
            Map.entry("best", "good"),
            Map.entry("worse", "bad"),
            Map.entry("worst", "bad"),
            Map.entry("bigger", "big"),
            Map.entry("biggest", "big"),
            Map.entry("larger", "large"),
            Map.entry("largest", "large"),
            Map.entry("older", "old"),
            Map.entry("oldest", "old"));

    /**
     * Stems of words so common that a translation reaches for them to render many constructions (a verb's mood, an
     * idiom, a number written out): whether a source word explains them says little, and an invented sentence is
     * recognised by its other words.
     */
    private static final Set<String> COMMON = Set.of(("want like need come know see think take give tell say look"
                    + " use find tri ask feel seem leav call keep start stay put turn show let becom happen mean"
                    + " back still realli never ever alway often even now well away around again alreadi almost"
                    + " enough togeth alon also just yet soon later ago perhap mayb sure pleas thank yes okay ok"
                    + " good right new old long littl great much mani lot last first next hard big small bad"
                    + " way time day year today yesterday tomorrow two three four five six seven eight nine ten"
                    + " hundr thousand half")
            .split(" "));

    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** Whether {@code lowerCase} carries meaning a source word should explain (see also {@link #isCommon}). */
    static boolean isContent(String lowerCase) {
        return lowerCase.length() > 1 && !STOP.contains(lowerCase);
    }

    /** Whether a stem is too common to count as evidence either way. */
    static boolean isCommon(String stem) {
        return COMMON.contains(stem);
    }

    /** The stem of a word, whatever its case: irregular forms to their base first. */
    String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String base = IRREGULAR.getOrDefault(lower, lower);
        stemmer.setCurrent(base);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
