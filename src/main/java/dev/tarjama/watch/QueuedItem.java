package dev.tarjama.watch;

import dev.tarjama.model.Article;

/**
 * An article waiting in the ledger's queue to be translated by whichever worker claims it first.
 *
 * @param entry    its ledger entry, with status {@link LedgerEntry.Status#QUEUED}
 * @param name     what to call it in messages and folder names: its path, address or feed item link
 * @param article  the article as the poll read it, so that a worker that did not poll its source can translate it
 * @param previous its status before it was queued ({@code null} for a new item): a DONE one is an update
 */
public record QueuedItem(LedgerEntry entry, String name, Article article, LedgerEntry.Status previous) {}
