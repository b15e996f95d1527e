package dev.tarjama.internal.source;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares about itself, in {@code <meta charset>} or {@code <meta http-equiv="Content-Type">},
 * read as browsers do: from the first kilobytes, before the text is decoded.
 */
final class MetaCharset {
    private static final int PRESCAN = 16384;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private MetaCharset() {}

    /** The declared charset's name, or {@code null} when the page declares none. */
    static String of(byte[] bytes) {
        // every charset a page may declare is ASCII-compatible in its markup, so Latin-1 reads the tag faithfully
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }
}
