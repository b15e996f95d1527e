package dev.tarjama.cli;

import dev.tarjama.ArticleSource;
import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.DryRun;
import dev.tarjama.api.Tarjama;
import dev.tarjama.api.Written;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.model.TranslatedArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one {@code translate} command, one after the other: each translated into the output root by the
 * library, its folder printed; a failing input is reported and the others go on. Decides the run's exit code.
 */
final class TranslateRuns {
    private final Tarjama tarjama;
    private final Environment env;
    private final Console console;
    private final Path root;
    private final boolean strict;

    TranslateRuns(Tarjama tarjama, Environment env, Console console, Path root, boolean strict) {
        this.tarjama = tarjama;
        this.env = env;
        this.console = console;
        this.root = root;
        this.strict = strict;
    }

    /** Translates every article of every source; returns the exit code. */
    int translate(List<ArticleSource> sources, boolean json, boolean open) {
        List<RunSummary.Entry> entries = new ArrayList<>();
        try {
            return translate(sources, json, open, entries);
        } catch (dev.tarjama.TarjamaException stopped) {
            if (json) { // a failure that stops the run still leaves a summary of what was written before it
                RunSummary.print(env.out(), entries, tarjama.usage(), ExitCodes.of(stopped), stopped);
            }
            throw stopped;
        }
    }

    private int translate(List<ArticleSource> sources, boolean json, boolean open, List<RunSummary.Entry> entries) {
        int code = ExitCodes.OK;
        for (ArticleSource source : sources) {
            if (env.cancellation().isCancelled()) {
                entries.add(RunSummary.Entry.skipped(source.name(), "the run was interrupted before it started"));
                code = ExitCodes.worst(code, ExitCodes.INTERRUPTED);
                continue;
            }
            List<LoadedArticle> articles;
            try {
                articles = tarjama.loadAll(source);
            } catch (InputException e) {
                code = ExitCodes.worst(code, failed(source.name(), e, ExitCodes.INPUT, entries));
                continue;
            }
            for (LoadedArticle loaded : articles) {
                if (env.cancellation().isCancelled()) {
                    entries.add(RunSummary.Entry.skipped(loaded.name(), "the run was interrupted before it started"));
                    code = ExitCodes.worst(code, ExitCodes.INTERRUPTED);
                    continue;
                }
                // one article of a feed or a folder failing leaves the run partly done, not unreadable
                int failure = articles.size() > 1 ? ExitCodes.PARTIAL : ExitCodes.INPUT;
                if (!loaded.ok()) {
                    code = ExitCodes.worst(code, failed(loaded.name(), loaded.failure(), failure, entries));
                    continue;
                }
                try {
                    code = ExitCodes.worst(code, translate(loaded, json, open, entries));
                } catch (InputException e) {
                    code = ExitCodes.worst(code, failed(loaded.name(), e, failure, entries));
                }
            }
        }
        if (json) {
            RunSummary.print(env.out(), entries, tarjama.usage(), code);
        }
        return code;
    }

    private int translate(LoadedArticle loaded, boolean json, boolean open, List<RunSummary.Entry> entries) {
        Written written = tarjama.translateInto(loaded, root);
        TranslatedArticle placed = written.article();
        Path shown = Inputs.displayPath(written.folder(), env.workingDirectory());
        console.written(placed, shown);
        int articleCode = ExitCodes.of(placed, strict);
        entries.add(RunSummary.Entry.of(placed, shown, articleCode));
        if (!json) {
            env.out().println(shown);
            env.out().flush();
        }
        if (open) {
            Opener.open(written.folder().resolve("bilingual.html"), env.variables(), console);
        }
        return articleCode;
    }

    /** An input that could not be read or translated: reported, and the run goes on. */
    private int failed(String name, TarjamaException e, int code, List<RunSummary.Entry> entries) {
        console.error(e.getMessage());
        entries.add(RunSummary.Entry.failed(name, e.getMessage(), code));
        return code;
    }

    /** Shows what each source would cost; sends nothing. */
    int plan(List<ArticleSource> sources) {
        int code = ExitCodes.OK;
        DryRunPrinter printer = new DryRunPrinter(env.out());
        for (ArticleSource source : sources) {
            try {
                for (LoadedArticle loaded : tarjama.loadAll(source)) {
                    if (!loaded.ok()) {
                        console.error(loaded.failure().getMessage());
                        code = ExitCodes.worst(code, ExitCodes.PARTIAL);
                        continue;
                    }
                    DryRun plan = tarjama.plan(loaded.article());
                    printer.print(plan);
                }
            } catch (InputException e) {
                console.error(e.getMessage());
                code = ExitCodes.worst(code, ExitCodes.INPUT);
            }
        }
        printer.finish();
        tarjama.additionCheckNote().ifPresent(note -> env.out().println("note: " + note));
        return code;
    }
}
