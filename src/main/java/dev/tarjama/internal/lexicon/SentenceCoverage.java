package dev.tarjama.internal.lexicon;

/**
 * How much of one translated sentence its source explains.
 *
 * @param sentence     the sentence as the translation writes it
 * @param contentWords its words that carry meaning (function words left out)
 * @param unexplained  those no source word, phrase or name accounts for
 */
public record SentenceCoverage(String sentence, int contentWords, int unexplained) {}
