package dev.tarjama.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the files go and what is said about them. */
final class OutputOptions {
    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            order = 1,
            description = "Output root; each article gets its own folder in it. Default: output.")
    Path out;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "LIST",
            split = ",",
            order = 2,
            description = "Formats to write, a comma list (or all). Default: brief,html,md,json.")
    List<String> formats;

    @Option(
            names = "--json",
            order = 3,
            description =
                    "Print a machine-readable summary of the run on standard output (folders, status, usage, flags).")
    boolean json;

    @Option(names = "--open", order = 4, description = "Open bilingual.html when done (xdg-open or open).")
    boolean open;

    @Option(names = "--strict", order = 5, description = "Exit 1 when any check flags a paragraph or the brief.")
    boolean strict;
}
