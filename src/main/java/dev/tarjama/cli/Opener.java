package dev.tarjama.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code --open}: shows a finished page in the user's browser, as their desktop would (xdg-open, or open on macOS). */
final class Opener {
    private Opener() {}

    static void open(Path file, Console console) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        List<String> command =
                List.of(mac ? "open" : "xdg-open", file.toAbsolutePath().toString());
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            console.warn("--open: cannot run " + command.get(0) + " (" + e.getMessage() + "); the page is " + file);
        }
    }
}
