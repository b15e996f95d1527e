package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.Tarjama;
import dev.tarjama.article.ArticleSource;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.run.OutputFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one {@code translate} command, one after the other: each read, translated, placed in its own
 * folder and written; a failing input is reported and the others go on. Decides the run's exit code.
 */
final class ArticleRuns {
    private final Tarjama tarjama;
    private final Environment env;
    private final Console console;
    private final OutputFolders folders;
    private final List<String> formats;
    private final boolean strict;

    ArticleRuns(Tarjama tarjama, Environment env, Console console, Path root, List<String> formats, boolean strict) {
        this.tarjama = tarjama;
        this.env = env;
        this.console = console;
        this.folders = new OutputFolders(root);
        this.formats = formats;
        this.strict = strict;
    }

    /** Translates every source; returns the exit code. */
    int translate(List<ArticleSource> sources, boolean json, boolean open) {
        int code = ExitCodes.OK;
        List<RunSummary.Entry> entries = new ArrayList<>();
        for (ArticleSource source : sources) {
            if (env.cancellation().isCancelled()) {
                entries.add(RunSummary.Entry.skipped(source.name(), "the run was interrupted before it started"));
                code = ExitCodes.worst(code, ExitCodes.INTERRUPTED);
                continue;
            }
            try {
                Article article = load(source);
                TranslatedArticle translated = tarjama.translate(article);
                TranslatedArticle.Placement placement =
                        folders.choose(source.name(), Inputs.identity(source, article.text("\n")), article.text("\n"));
                TranslatedArticle placed = translated.placed(placement);
                Path directory = folders.resolve(placement);
                tarjama.write(placed, directory, formats);
                Path shown = Inputs.displayPath(directory, env.workingDirectory());
                console.written(placed, shown);
                int articleCode = ExitCodes.of(placed, strict);
                entries.add(RunSummary.Entry.of(placed, shown, articleCode));
                if (!json) {
                    env.out().println(shown);
                    env.out().flush();
                }
                if (open) {
                    Opener.open(directory.resolve("bilingual.html"), console);
                }
                code = ExitCodes.worst(code, articleCode);
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e; // the backend or the output stops the whole run
                }
                console.error(e.getMessage());
                entries.add(RunSummary.Entry.failed(source.name(), e.getMessage(), e.exitCode()));
                code = ExitCodes.worst(code, e.exitCode());
            }
        }
        if (json) {
            RunSummary.print(env.out(), entries, tarjama.usage(), code);
        }
        return code;
    }

    /** Shows what each source would cost; sends nothing. */
    int plan(List<ArticleSource> sources, PriceTable prices) {
        int code = ExitCodes.OK;
        DryRunPrinter printer = new DryRunPrinter(env.out(), tarjama.backend(), prices);
        for (ArticleSource source : sources) {
            try {
                printer.print(tarjama.plan(load(source)));
            } catch (TarjamaException e) {
                if (e.exitCode() != ExitCodes.INPUT) {
                    throw e;
                }
                console.error(e.getMessage());
                code = ExitCodes.worst(code, e.exitCode());
            }
        }
        printer.finish();
        return code;
    }

    /** Reads a source, refusing an article already in the language it would be translated into. */
    private Article load(ArticleSource source) {
        Article article = tarjama.load(source);
        String target = tarjama.settings().targetLanguage();
        if (tarjama.settings().sourceLanguage() == null && sameLanguage(article.language(), target)) {
            throw TarjamaException.input(source.name() + ": the article is already in "
                    + dev.tarjama.model.Languages.englishName(target, target)
                    + " (detected from its text); nothing to translate. If the detection is wrong, name the language "
                    + "with --source-lang");
        }
        return article;
    }

    private static boolean sameLanguage(String a, String b) {
        return a.split("-")[0].equalsIgnoreCase(b.split("-")[0]);
    }
}
