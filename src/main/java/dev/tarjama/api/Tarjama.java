package dev.tarjama.api;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.TarjamaException;
import dev.tarjama.article.LoadedArticle;
import dev.tarjama.article.Polled;
import dev.tarjama.edit.HumanEdits;
import dev.tarjama.edit.RecordVersions;
import dev.tarjama.glossary.GlossarySource;
import dev.tarjama.llm.BackendConfig;
import dev.tarjama.llm.RequestPlan;
import dev.tarjama.model.Article;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.Usage;
import dev.tarjama.render.Formats;
import dev.tarjama.render.OutputWriter;
import dev.tarjama.render.Paper;
import dev.tarjama.run.Reporter;
import dev.tarjama.run.RunContext;
import dev.tarjama.run.RunSettings;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.Validators;
import java.nio.file.Path;
import java.util.List;

/**
 * tarjama as a library: articles in, translated articles with their briefs out, through any LangChain4j
 * {@link ChatModel} or a named backend. One instance is one run: every article translated through it shares its
 * answer cache, rate limits and concurrency. It is not tied to a terminal, the environment or the working directory.
 *
 * <pre>{@code
 * try (Tarjama tarjama = Tarjama.builder()
 *         .backend("openai", "https://api.openai.com/v1", System.getenv("OPENAI_API_KEY"), "gpt-4.1-mini")
 *         .cache(Path.of("answers.db"))
 *         .build()) {
 *     TranslatedArticle article = tarjama.translate(Path.of("article.txt"));
 *     System.out.println(article.brief().headline());
 *     tarjama.write(article, Path.of("output/article"));
 * }
 * }</pre>
 */
public final class Tarjama implements AutoCloseable {
    private final RunContext context;
    private final GlossarySource glossaries;

    Tarjama(RunContext context, GlossarySource glossaries) {
        this.context = context;
        this.glossaries = glossaries;
    }

    public static TarjamaBuilder builder() {
        return new TarjamaBuilder();
    }

    /** Reads, translates and briefs the article in {@code file} (plain text, HTML or a feed; any encoding). */
    public TranslatedArticle translate(Path file) {
        return translate(ArticleSource.file(file));
    }

    /**
     * Reads, translates and briefs one article.
     *
     * @throws TarjamaException with exit code 4 when the input cannot be read, 3 when the backend stopped the run
     */
    public TranslatedArticle translate(ArticleSource source) {
        return translate(load(source));
    }

    /** Translates and briefs an article already read. */
    public TranslatedArticle translate(Article article) {
        return context.pipeline().translate(article, glossaries.forArticle(article));
    }

    /** Reads and segments an article (a feed's newest item, a folder's first file), sending nothing. */
    public Article load(ArticleSource source) {
        return context.loader().load(source, context.settings().sourceLanguage());
    }

    /**
     * Reads every article a source holds (a folder's files, a feed's newest items; one for a page or a file), sending
     * nothing. An article that cannot be read is in the list as a failure, so the others can go on.
     *
     * @throws TarjamaException with exit code 4 when the source itself cannot be read
     */
    public List<LoadedArticle> loadAll(ArticleSource source) {
        return context.loader().loadAll(source, context.settings().sourceLanguage());
    }

    /**
     * Polls a source on a schedule: its articles now, or nothing when its server says it is still the version
     * {@code known} identifies (a 304 answer, no parse).
     */
    public Polled poll(ArticleSource source, Validators known) {
        return context.loader().poll(source, known, context.settings().sourceLanguage());
    }

    /** What translating the article would send, with token estimates; nothing is sent and the cache is only read. */
    public DryRun plan(Article article) {
        RequestPlan plan = new RequestPlan();
        context.planningPipeline(plan).translate(article, glossaries.forArticle(article));
        long planned = plan.requests().stream()
                .filter(r -> r.label().startsWith("paragraph"))
                .mapToLong(RequestPlan.Planned::segments)
                .sum();
        return new DryRun(article, plan, (int) (article.segmentCount() - planned));
    }

    /** Writes the default formats (brief.md, bilingual.html, bilingual.md, article.json) into {@code directory}. */
    public List<Path> write(TranslatedArticle article, Path directory) {
        return write(article, directory, Formats.DEFAULT);
    }

    /** Writes the named formats ({@link Formats#names()}) into {@code directory}; returns the files written. */
    public List<Path> write(TranslatedArticle article, Path directory, List<String> formats) {
        return write(article, directory, formats, Paper.A4);
    }

    /**
     * Writes the named formats into {@code directory}, a PDF among them laid out on {@code paper}, as they are: to
     * keep what a person post-edited in an earlier translation there, pass the article through
     * {@link #keepingHumanEdits} first.
     */
    public List<Path> write(TranslatedArticle article, Path directory, List<String> formats, Paper paper) {
        return new OutputWriter(Formats.select(formats, paper)).write(article, directory);
    }

    /**
     * {@code fresh} ready to be written into {@code folder}: each paragraph a person edited there ({@code tarjama
     * import}) keeps the person's text while its source is unchanged; when the folder's record holds edits the new
     * one will not (their paragraph changed), that record is kept under {@code versions/} first. The reporter hears
     * of both.
     */
    public TranslatedArticle keepingHumanEdits(TranslatedArticle fresh, Path folder) {
        HumanEdits.Carried carried = HumanEdits.carry(folder, fresh);
        Reporter reporter = context.reporter();
        String name = fresh.article().input();
        if (carried.kept() > 0) {
            reporter.info(String.format(
                    java.util.Locale.ROOT,
                    "%s: %d paragraph%s keep%s the text a person edited (its source is unchanged)",
                    name,
                    carried.kept(),
                    carried.kept() == 1 ? "" : "s",
                    carried.kept() == 1 ? "s" : ""));
        }
        Path kept = carried.losesWork()
                ? RecordVersions.keep(folder, context.clock().instant())
                : null;
        if (kept != null) {
            reporter.warn(name + ": "
                    + (carried.unreadable()
                            ? "the previous article.json could not be read"
                            : carried.dropped() + " paragraph" + (carried.dropped() == 1 ? "" : "s")
                                    + " a person edited changed in the source")
                    + "; the previous record, with the edits, is kept as " + folder.relativize(kept));
        }
        return carried.article();
    }

    /** What every article of this run has spent so far. */
    public Usage usage() {
        return context.usage().snapshot();
    }

    /** Whether the backend has answered any request of this instance: then its URL and key were right once. */
    public boolean backendAnswered() {
        return context.backendEverAnswered();
    }

    /**
     * Lets the backend be asked again after a failure stopped this instance's requests (a refused key, a server that
     * stopped answering, each a {@link dev.tarjama.TarjamaException} with exit code 3): a long-lived service calls it
     * before trying the next article, so that an outage it outlasts does not end it.
     */
    public void resumeBackend() {
        context.resumeBackend();
    }

    /** The settings every article of this run is translated with. */
    public RunSettings settings() {
        return context.settings();
    }

    /** The backend the articles are translated with (never its key). */
    public BackendConfig backend() {
        return context.backend();
    }

    @Override
    public void close() {
        context.close();
    }
}
