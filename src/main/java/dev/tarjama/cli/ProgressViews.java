package dev.tarjama.cli;

import dev.tarjama.cli.process.Environment;

/** The progress display a command gets: nothing with -q, periodic lines in a log or pipe, a live bar on a terminal. */
final class ProgressViews {
    private ProgressViews() {}

    static ProgressView forCommand(Environment env, Verbosity verbosity) {
        if (verbosity.quiet()) {
            return ProgressView.linesOnly(env.err());
        }
        if (!env.terminal().interactive()) {
            return new LogProgressView(env.err(), env.clock());
        }
        return new TerminalProgressView(new StatusLine(env.err()), env.terminal());
    }
}
