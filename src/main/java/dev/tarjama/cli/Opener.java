package dev.tarjama.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code --open}: shows a finished page in the user's browser, as their desktop would (xdg-open, or open on macOS). */
final class Opener {
    private Opener() {}

    /**
     * @param variables the run's: through the daemon, the desktop to open the page on (DISPLAY, WAYLAND_DISPLAY,
     *                  the session bus) is the client's, not the daemon's
     */
    static void open(Path file, Map<String, String> variables, Console console) {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        if (!mac && blank(variables.get("DISPLAY")) && blank(variables.get("WAYLAND_DISPLAY"))) {
            // xdg-open would fall back to a text browser, or fail without a word
            console.warn("--open: no desktop to open the page on (neither DISPLAY nor WAYLAND_DISPLAY is set); the page"
                    + " is " + file);
            return;
        }
        List<String> command =
                List.of(mac ? "open" : "xdg-open", file.toAbsolutePath().toString());
        try {
            ProcessBuilder opener = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            opener.environment().clear();
            opener.environment().putAll(variables);
            opener.start();
        } catch (IOException e) {
            console.warn("--open: cannot run " + command.get(0) + " (" + e.getMessage() + "); the page is " + file);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
