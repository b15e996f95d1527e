package dev.tarjama.internal.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the answer cache lives by default: {@code $XDG_CACHE_HOME/tarjama/cache.db}, else {@code ~/.cache/…}. */
public final class CacheLocation {
    private CacheLocation() {}

    public static Path defaultFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return root.resolve("tarjama").resolve("cache.db");
    }
}
