/**
 * The review desk ({@code tarjama serve}): an output root read, searched and corrected in the browser, over Jetty's
 * core. Article and model text is untrusted everywhere here: every page escapes it, no path is ever made from a URL
 * (folders are looked up among those the root holds), and every edit goes through the same folder lock and record
 * edits as a watch and {@code tarjama import}.
 */
package dev.tarjama.internal.desk;
