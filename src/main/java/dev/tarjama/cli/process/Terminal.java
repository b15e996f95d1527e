package dev.tarjama.cli.process;

import dev.tarjama.internal.config.CacheLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What standard error is attached to: a terminal on which one line may be redrawn in place (how wide, in colour or
 * not), or a log or pipe that must only ever receive whole lines.
 *
 * @param interactive standard error is a terminal that understands cursor control
 * @param width       its width in columns (meaningful only when interactive)
 * @param colour      colours are welcome ({@code NO_COLOR} unset)
 */
public record Terminal(boolean interactive, int width, boolean colour) {
    /** A log file or a pipe: whole lines, no colour. */
    public static final Terminal LOG = new Terminal(false, 0, false);

    private static final int FALLBACK_WIDTH = 80;

    /** Standard error as the process finds it; {@code NO_COLOR} and {@code TERM=dumb} are honoured (no-color.org). */
    public static Terminal detect(Map<String, String> variables) {
        String term = variables.getOrDefault("TERM", "");
        boolean colour = variables.getOrDefault("NO_COLOR", "").isEmpty() && !term.equals("dumb");
        if (term.equals("dumb") || !stderrIsTerminal(variables)) {
            return LOG;
        }
        int width = nativeWidth(variables);
        if (width <= 0) {
            width = parse(variables.get("COLUMNS"));
        }
        return new Terminal(true, width > 0 ? width : FALLBACK_WIDTH, colour);
    }

    /**
     * Whether file descriptor 2 is a terminal. Linux answers through /proc without loading anything; elsewhere the
     * terminal library's native isatty is asked, and as a last resort the JVM's console (stdin and stdout).
     */
    private static boolean stderrIsTerminal(Map<String, String> variables) {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        try {
            keepJLine(variables);
            return org.jline.nativ.CLibrary.isatty(2) == 1;
        } catch (Throwable noNativeLibrary) {
            return System.console() != null;
        }
    }

    private static int nativeWidth(Map<String, String> variables) {
        try {
            keepJLine(variables);
            return org.jline.nativ.CLibrary.getTerminalWidth(2);
        } catch (Throwable noNativeLibrary) {
            return 0;
        }
    }

    /** jline's native code from one copy in the cache, not a new one in the temporary directory at every run. */
    private static void keepJLine(Map<String, String> variables) {
        NativeLibraries.keepJLineUnder(
                CacheLocation.defaultFile(variables).getParent().resolve("native"));
    }

    private static int parse(String columns) {
        try {
            return columns == null ? 0 : Integer.parseInt(columns.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
