/**
 * Scheduled runs: sources polled in cycles, each new or changed article translated once, and a ledger that remembers
 * every item seen — so nothing is processed twice and a failure is retried later, then parked.
 */
package dev.tarjama.internal.watch;
