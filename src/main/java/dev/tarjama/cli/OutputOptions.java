package dev.tarjama.cli;

import dev.tarjama.Paper;
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
            completionCandidates = CompletionValues.FormatNames.class,
            split = ",",
            order = 2,
            description =
                    "Formats to write, a comma list (or all): brief, html, md, json, pdf, english, txt, tmx, xliff."
                            + " Default: brief,html,md,json.")
    List<String> formats;

    @Option(
            names = "--paper",
            paramLabel = "SIZE",
            completionCandidates = CompletionValues.PaperNames.class,
            order = 2,
            description = "Paper for bilingual.pdf: a4 or letter. Default: a4.")
    String paper;

    @Option(
            names = "--self-contained",
            order = 2,
            description =
                    "Pages that travel alone: bilingual.html carries its Arabic font (about 750 kB) instead of "
                            + "linking the one copy the output root keeps in assets/. For a page to mail or archive on its own.")
    boolean selfContained;

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

    /** The paper named by --paper, A4 when none is. */
    Paper paper() {
        return paper == null ? Paper.A4 : Paper.named(paper);
    }

    /** Sets the formats and the paper these options name on {@code options}. */
    void applyTo(dev.tarjama.OptionsBuilder options) {
        if (formats != null) {
            options.formats(formats);
        }
        options.paper(paper());
        options.selfContained(selfContained);
    }

    /** These options writing under {@code root} instead, when it is given. */
    OutputOptions withRoot(String root) {
        OutputOptions copy = new OutputOptions();
        copy.out = root != null ? Path.of(root) : out;
        copy.formats = formats;
        copy.paper = paper;
        copy.selfContained = selfContained;
        copy.json = json;
        copy.open = open;
        copy.strict = strict;
        return copy;
    }
}
