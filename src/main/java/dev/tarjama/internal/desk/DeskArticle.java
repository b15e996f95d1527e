package dev.tarjama.internal.desk;

import java.time.Instant;

/**
 * One article of the output root as the desk lists it.
 *
 * @param folder        its folder's name under the root, as the ledger records it
 * @param title         its English title (the brief's headline, else its translated title)
 * @param originalTitle its title in the source language
 * @param published     when its source says it was published, as written there, or {@code null}
 * @param when          what it is sorted and filtered by: the publication time, else when it was translated
 * @param state         where it stands: the watch ledger's state, else {@code done}
 * @param flags         paragraphs the checks flagged
 * @param edited        paragraphs a person edited
 * @param outlet        the outlet that published it, or its site
 * @param source        the feed or page the watch found it in, or {@code null}
 * @param language      the source language
 */
public record DeskArticle(
        String folder,
        String title,
        String originalTitle,
        String published,
        Instant when,
        String state,
        int flags,
        int edited,
        String outlet,
        String source,
        String language) {}
