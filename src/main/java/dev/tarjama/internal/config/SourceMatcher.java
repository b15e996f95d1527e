package dev.tarjama.internal.config;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether an article comes from a news source named in the config: a site ({@code aljazeera.net} matches
 * {@code https://www.aljazeera.net/news/…}) or a glob of article paths ({@code feeds/aljazeera/**}).
 */
final class SourceMatcher {
    private SourceMatcher() {}

    static boolean matches(String source, String input, Path workingDirectory) {
        String wanted = source.strip().toLowerCase(Locale.ROOT);
        if (input.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            String host;
            try {
                host = URI.create(input).getHost();
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals(wanted) || host.endsWith("." + wanted);
        }
        if (input.equals("-")) {
            return false;
        }
        try {
            Path path = workingDirectory.resolve(input).normalize();
            Path pattern = workingDirectory.resolve(source).normalize();
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(path);
        } catch (IllegalArgumentException e) { // a bad glob or path, InvalidPathException included
            return false;
        }
    }
}
