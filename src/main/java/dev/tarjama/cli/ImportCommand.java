package dev.tarjama.cli;

import dev.tarjama.Paper;
import dev.tarjama.api.PostEdits;
import dev.tarjama.cli.process.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama import}: a translator's post-edited XLIFF back into its article's folder. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Reads a post-edited article.xlf (written by translate -f xliff, edited in OmegaT, Trados, memoQ…) and "
                    + "puts every changed target into the article.json beside it, marked as a human edit; then "
                    + "writes the folder's other outputs again with the new text. Nothing is sent to a model and "
                    + "the answer cache is not touched."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama translate story.txt -f all",
            "  tarjama import output/story/article.xlf",
            "",
            "Exit codes: 0 ok (also when nothing changed); 2 the folder cannot be written; 4 the file cannot be read, is not XLIFF 1.2, or belongs to another article."
        })
final class ImportCommand implements Callable<Integer>, Verbosity.Aware {
    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Parameters(
            paramLabel = "<article.xlf>",
            description = "The edited XLIFF file, in the folder translate wrote it to.")
    Path file;

    @Option(
            names = "--paper",
            paramLabel = "SIZE",
            completionCandidates = CompletionValues.PaperNames.class,
            description = "Paper for a bilingual.pdf written again: a4 or letter.")
    String paper;

    ImportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        Path xliff = env.workingDirectory().resolve(file);
        PostEdits.Imported result =
                PostEdits.importXliff(xliff, env.clock().instant(), paper == null ? Paper.A4 : Paper.named(paper));
        if (result.changed().isEmpty()) {
            if (!verbosity.quiet()) {
                env.err().println("tarjama: no target in " + file + " differs from article.json; nothing changed");
            }
        } else if (!verbosity.quiet()) {
            env.err()
                    .println("tarjama: " + result.changed().size() + " paragraph"
                            + (result.changed().size() == 1 ? "" : "s") + " edited ("
                            + result.changed().stream().map(i -> "¶" + i).collect(Collectors.joining(", "))
                            + "); " + result.written().size() + " files written");
        }
        env.out().println(Inputs.displayPath(result.folder(), env.workingDirectory()));
        env.out().flush();
        return ExitCodes.OK;
    }
}
