package dev.tarjama.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Debian package a test needs on the machine (a browser, a dictionary users install): the test fails with one line
 * naming the package when it is missing, never a skip and never a stack trace as the only clue. {@code ./test}
 * installs them all before it runs the tests.
 */
public final class SystemPackage {
    private SystemPackage() {}

    /** The path of {@code command} (looked for in /usr/bin, then on the PATH), or the test fails naming the package. */
    public static Path executable(String command, String debianPackage) {
        Path standard = Path.of("/usr/bin", command);
        if (Files.isExecutable(standard)) {
            return standard;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, command);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw missing(command, debianPackage);
    }

    /** {@code file}, or the test fails naming the package that installs it. */
    public static Path file(Path file, String debianPackage) {
        if (!Files.isRegularFile(file)) {
            throw missing(file.toString(), debianPackage);
        }
        return file;
    }

    private static AssertionError missing(String what, String debianPackage) {
        fail(what + " is missing: install Debian's " + debianPackage + " (sudo apt-get install " + debianPackage
                + "), or run ./test, which installs what the tests need");
        return new AssertionError(); // not reached: fail throws
    }
}
