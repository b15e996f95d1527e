package dev.tarjama.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Material kept beside the repository in {@code ../shared/} (human translations, extraction pages) that must never be
 * copied into it. A test that needs it skips with a message on a developer's machine without it, and fails under
 * {@code CI=true}, where its absence means the measurement silently did not happen.
 */
public final class SharedData {
    private SharedData() {}

    /** {@code ../shared/<relative>}, or the test is skipped (or failed on CI) when it is not there. */
    public static Path require(String relative) {
        Path path = Path.of("..", "shared").resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            String message = path + " is not here: the measurement needs the shared data beside the repository";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, "skipped: " + message);
        }
        return path;
    }
}
