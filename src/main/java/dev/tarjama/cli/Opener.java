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
}
