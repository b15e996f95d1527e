package dev.tarjama.cli.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where the daemon for this user and this build of tarjama listens: a socket in a directory only the user may enter
 * ({@code $XDG_RUNTIME_DIR/tarjama}, else {@code <tmp>/tarjama-<user>}), named after the jar it runs. The requests
 * that pass through it carry the user's API keys, so a directory another user owns or may enter is never used; and a
 * rebuilt jar (another size or time) gets a socket of its own, so it never talks to a daemon running the old code.
 */
public record DaemonAddress(Path socket) {
    private static final Set<PosixFilePermission> PRIVATE = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** The address, when its directory exists and is private; the client asks, and creates nothing. */
    public static Optional<DaemonAddress> find(Map<String, String> variables) {
        Path directory = directory(variables);
        return isPrivate(directory) ? Optional.of(at(directory)) : Optional.empty();
    }

    /**
     * The address, its directory created private when missing (what the daemon does before it listens).
     *
     * @throws IOException when the directory cannot be made, or exists but others may enter it or own it
     */
    public static DaemonAddress prepare(Map<String, String> variables) throws IOException {
        Path directory = directory(variables);
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(directory.getParent());
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
        }
        if (!isPrivate(directory)) {
            throw new IOException(directory + " is not a directory that only " + System.getProperty("user.name")
                    + " owns and may enter (chmod 700 it, or set XDG_RUNTIME_DIR)");
        }
        return at(directory);
    }

    static Path directory(Map<String, String> variables) {
        String runtime = variables.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return Path.of(runtime, "tarjama");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tarjama-" + System.getProperty("user.name"));
    }

    static boolean isPrivate(Path directory) {
        try {
            PosixFileAttributes attributes =
                    Files.readAttributes(directory, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory()
                    && attributes.owner().getName().equals(System.getProperty("user.name"))
                    && PRIVATE.containsAll(attributes.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            return false; // missing, or a file system without owners and modes: no daemon
        }
    }

    private static DaemonAddress at(Path directory) {
        return new DaemonAddress(directory.resolve("daemon-" + build() + ".sock"));
    }

    /**
     * The jar this code runs from, by size and time to the second: cheap to compute at every start, new at every build,
     * and what the launcher script computes too ({@code stat -c %s-%Y}), to start a light client when a daemon runs.
     */
    static String build() {
        try {
            Path code = Path.of(DaemonAddress.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            long size = Files.isRegularFile(code) ? Files.size(code) : 0;
            return size + "-" + Files.getLastModifiedTime(code).to(TimeUnit.SECONDS);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
