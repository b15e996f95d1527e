package dev.tarjama.cli;

import dev.tarjama.ExitCodes;
import dev.tarjama.TarjamaException;
import dev.tarjama.api.Tarjama;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.edit.RecordVersions;
import dev.tarjama.llm.PriceTable;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.render.ArticleCards;
import dev.tarjama.render.Paper;
import dev.tarjama.run.OutputFolders;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.watch.WatchCycle;
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
    private final Paper paper;
    private final boolean strict;

    ArticleRuns(
            Tarjama tarjama,
            Environment env,
            Console console,
            Path root,
            List<String> formats,
            Paper paper,
            boolean strict) {
        this.tarjama = tarjama;
        this.env = env;
        this.console = console;
        this.folders = new OutputFolders(root);
        this.formats = formats;
        this.paper = paper;
        this.strict = strict;
    }

    /** Translates every article of every source; returns the exit code. */
    int translate(List<ArticleSource> sources, boolean json, boolean open) {
        int code = ExitCodes.OK;
        List<RunSummary.Entry> entries = new ArrayList<>();
        for (ArticleSource source : sources) {
            if (env.cancellation().isCancelled()) {
                entries.add(RunSummary.Entry.skipped(source.name(), "the run was interrupted before it started"));
                code = ExitCodes.worst(code, ExitCodes.INTERRUPTED);
                continue;
            }
            List<LoadedArticle> articles;
            try {
                articles = loadAll(source);
            } catch (TarjamaException e) {
                code = ExitCodes.worst(code, failed(source.name(), e, e.exitCode(), entries));
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
                } catch (TarjamaException e) {
                    if (e.exitCode() != ExitCodes.INPUT) {
                        throw e; // the backend or the output stops the whole run
                    }
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
        Article article = refuseTargetLanguage(loaded.name(), loaded.article());
        TranslatedArticle translated = tarjama.translate(article);
        TranslatedArticle.Placement placement = folders.choose(loaded.name(), loaded.identity(), article.text("\n"));
        Path directory = folders.resolve(placement);
        TranslatedArticle placed = tarjama.keepingHumanEdits(translated.placed(placement), directory);
        tarjama.write(placed, directory, formats, paper);
        folders.settled(placement);
        Path shown = Inputs.displayPath(directory, env.workingDirectory());
        console.written(placed, shown);
        int articleCode = ExitCodes.of(placed, strict);
        entries.add(RunSummary.Entry.of(placed, shown, articleCode));
        if (!json) {
            env.out().println(shown);
            env.out().flush();
        }
        if (open) {
            Opener.open(directory.resolve("bilingual.html"), env.variables(), console);
        }
        return articleCode;
    }

    private int failed(String name, TarjamaException e, int code, List<RunSummary.Entry> entries) {
        if (e.exitCode() != ExitCodes.INPUT) {
            throw e;
        }
        console.error(e.getMessage());
        entries.add(RunSummary.Entry.failed(name, e.getMessage(), code));
        return code;
    }

    /** Shows what each source would cost; sends nothing. */
    int plan(List<ArticleSource> sources, PriceTable prices) {
        int code = ExitCodes.OK;
        DryRunPrinter printer = new DryRunPrinter(env.out(), tarjama.backend(), prices);
        for (ArticleSource source : sources) {
            try {
                for (LoadedArticle loaded : loadAll(source)) {
                    if (!loaded.ok()) {
                        console.error(loaded.failure().getMessage());
                        code = ExitCodes.worst(code, ExitCodes.PARTIAL);
                        continue;
                    }
                    printer.print(tarjama.plan(refuseTargetLanguage(loaded.name(), loaded.article())));
                }
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

    List<LoadedArticle> loadAll(ArticleSource source) {
        return tarjama.loadAll(source);
    }

    /**
     * One article of a watched source, translated into its folder; the folder's previous {@code article.json}, if
     * any, kept under {@code versions/} with the time it was replaced.
     */
    WatchCycle.Written translateWatched(LoadedArticle loaded) {
        Article article = refuseTargetLanguage(loaded.name(), loaded.article());
        TranslatedArticle translated = tarjama.translate(article);
        TranslatedArticle.Placement placement = folders.choose(loaded.name(), loaded.identity(), article.text("\n"));
        Path directory = folders.resolve(placement);
        RecordVersions.keep(directory, env.clock().instant());
        TranslatedArticle placed = tarjama.keepingHumanEdits(translated.placed(placement), directory);
        tarjama.write(placed, directory, formats, paper);
        folders.settled(placement);
        Path shown = Inputs.displayPath(directory, env.workingDirectory());
        console.written(placed, shown);
        env.out().println(shown);
        env.out().flush();
        boolean complete = placed.failedCount() == 0 && placed.brief() != null && !placed.interrupted();
        return new WatchCycle.Written(
                placement.folder(),
                complete,
                placed.interrupted(),
                complete
                        ? null
                        : placed.failedCount() + " of " + placed.paragraphs().size() + " paragraphs"
                                + (placed.brief() == null ? " and the brief" : "") + " not translated",
                ArticleCards.of(placed));
    }

    /** Refuses an article already in the language it would be translated into. */
    private Article refuseTargetLanguage(String name, Article article) {
        String target = tarjama.settings().targetLanguage();
        if (tarjama.settings().sourceLanguage() == null && sameLanguage(article.language(), target)) {
            throw TarjamaException.input(name + ": the article is already in "
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
