package dev.tarjama.internal.publish;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The name of an article's output directory, made from the input's name (never from article text) and reduced
 * to {@code [a-z0-9._-]}, so no input can climb out of the output root or name a hidden or special file.
 */
public final class OutputSlug {
    private static final int MAX_LENGTH = 80;

    private OutputSlug() {}

    /**
     * @param input   a path, a URL, or {@code -}
     * @param content the article's text, hashed when the name says nothing (standard input)
     */
    public static String of(String input, String content) {
        String base;
        if (input.equals("-")) {
            base = "";
        } else if (input.matches("(?i)https?://.*")) {
            base = fromUrl(input);
        } else {
            String name = input.replace('\\', '/');
            base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(txt|text|html?|xhtml|md|xml)$", "");
        }
        String slug = clean(base);
        if (slug.isEmpty()) {
            return (input.equals("-") ? "stdin-" : "article-") + shortHash(content);
        }
        return reserved(slug) ? "article-" + slug : slug;
    }

    /**
     * Whether a folder of this name would stand where a watch publishes its own files at the root of its output:
     * {@code index.*}, {@code digest-*}, {@code briefs.atom}, {@code versions}, {@code assets}. Slugs are lower case,
     * so none can differ from these by case alone.
     */
    static boolean reserved(String slug) {
        return slug.equals("index")
                || slug.startsWith("index.")
                || slug.startsWith("digest-")
                || slug.startsWith("briefs.")
                || slug.equals("briefs")
                || slug.equals("versions")
                || slug.equals("assets");
    }

    private static String fromUrl(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(html?|php|aspx?)$", "");
            return last.isEmpty() ? String.valueOf(uri.getHost()) : last;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String clean(String name) {
        String slug = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[.-]+", "")
                .replaceAll("[.-]+$", "");
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "") : slug;
    }

    private static String shortHash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
