package dev.tarjama.cli;

import dev.tarjama.ArticleSource;
import dev.tarjama.api.Tarjama;
import dev.tarjama.cli.process.Environment;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tarjama translate}: articles in, English brief and bilingual documents out. */
@Command(
        name = "translate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Translates articles into an English brief and bilingual documents.",
            "Writes brief.md, bilingual.html, bilingual.md and article.json into <out>/<name>/, where <name> comes "
                    + "from the input's name (another input with the same name gets <name>-2). The folder is printed "
                    + "on standard output.",
            "Keys come from the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY) or a config profile; "
                    + "'tarjama backends' shows what is available."
        },
        footer = {
            "",
            "Examples:",
            "  tarjama translate article.txt",
            "  tarjama translate https://example.com/news/story.html -o briefs/ --open",
            "  cat article.txt | tarjama translate - --backend anthropic",
            "  tarjama translate a.txt b.html --dry-run",
            "  tarjama translate https://example.com/feed.xml --limit 3",
            "  tarjama translate inbox/  # every article file in the folder",
            "  open \"$(tarjama translate article.txt -q)/bilingual.html\"",
            "",
            "Exit codes: 0 ok; 1 some paragraphs (or the brief) failed, outputs still written, or a flag with --strict; 2 usage error (bad option, unwritable -o, broken template); 3 backend not configured, unreachable or refusing the credentials; 4 input unreadable, empty or not an article; 70 a defect in tarjama; 130 interrupted by Ctrl-C (143 by SIGTERM): finished paragraphs are written, rerun to resume."
        })
final class TranslateCommand implements Callable<Integer>, Verbosity.Aware {
    private final Environment env;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @Parameters(
            arity = "1..*",
            paramLabel = "<file|url|->",
            description =
                    "Article files (plain text, HTML or an RSS/Atom feed; any encoding), folders of them, http(s) "
                            + "URLs of pages or feeds, or - for standard input. A feed gives its newest items, a "
                            + "folder its files; each article gets its own folder.")
    List<String> inputs;

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 10)
    OutputOptions output = new OutputOptions();

    @ArgGroup(validate = false, heading = "%nInput:%n", order = 15)
    InputOptions input = new InputOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Option(
            names = "--dry-run",
            order = 50,
            description = "Show the paragraphs as segmented, the requests the run would make and an estimate of "
                    + "tokens and cost; send nothing.")
    boolean dryRun;

    TranslateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Verbosity verbosity() {
        return verbosity;
    }

    @Override
    public Integer call() {
        OutputOptions out = output == null ? new OutputOptions() : output;
        InputOptions in = input == null ? new InputOptions() : input;
        try (Console console = new Console(verbosity, ProgressViews.forCommand(env, verbosity))) {
            RunSession.Session session;
            try {
                session = RunSession.open(env, console, run, in, out, dryRun, null);
            } catch (dev.tarjama.TarjamaException stopped) {
                if (out.json && !dryRun) { // nothing was run: the summary says why, for a script reading stdout
                    RunSummary.print(
                            env.out(), List.of(), dev.tarjama.model.Usage.NONE, ExitCodes.of(stopped), stopped);
                }
                throw stopped;
            }
            try (Tarjama tarjama = session.tarjama()) {
                console.resumeWith(tarjama.options().cache());
                return translate(new TranslateRuns(tarjama, env, console, session.root(), out.strict), out);
            }
        }
    }

    private int translate(TranslateRuns runs, OutputOptions out) {
        List<ArticleSource> sources = Inputs.resolve(inputs, env);
        return dryRun ? runs.plan(sources) : runs.translate(sources, out.json, out.open);
    }
}
