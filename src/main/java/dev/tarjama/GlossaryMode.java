package dev.tarjama;

/** Where an article's glossary — one agreed rendering per name and term — comes from, besides the user's own. */
public enum GlossaryMode {
    /**
     * The renderings the translation answers used, each answer listing the terms of its text; the most used wins
     * and a segment that disagrees is asked again. No request reads the article a second time.
     */
    FROM_ANSWERS,
    /**
     * One request over the whole article before translating, whose renderings every paragraph request then carries;
     * terms it missed are settled from the answers as above.
     */
    PASS,
    /** The user's renderings only. */
    OFF
}
