package dev.tarjama.internal.source;

/** Text decoded from an article's bytes, and the charset that decoded it. */
public record DecodedText(String text, String charset) {}
