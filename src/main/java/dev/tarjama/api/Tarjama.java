package dev.tarjama.api;

import dev.langchain4j.model.chat.ChatModel;
import dev.tarjama.ArticleSource;
import dev.tarjama.BackendException;
import dev.tarjama.CancelledException;
import dev.tarjama.ConfigurationException;
import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.Options;
import dev.tarjama.StorageException;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.internal.llm.RequestPlan;
import dev.tarjama.internal.llm.TokenEstimator;
import dev.tarjama.internal.publish.Publisher;
import dev.tarjama.internal.render.Formats;
import dev.tarjama.internal.render.OutputWriter;
import dev.tarjama.internal.run.RunContext;
import dev.tarjama.internal.source.Polled;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Languages;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.Usage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * tarjama as a library: articles in, translated articles with their briefs out, through any LangChain4j
 * {@link ChatModel} or a named backend. One instance is one run: every article translated through it shares its
 * answer cache, rate limits and limit on requests in flight, whichever thread translates it (articles may be
 * translated side by side). It reads nothing from the environment, the working directory or standard input.
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
 *
 * <p>Every method may throw the {@link dev.tarjama.TarjamaException} kinds its documentation names; after a
 * {@link BackendException} (a refused key, a server that stopped answering) every later request of this instance
 * fails the same way until {@link #resumeBackend()}.
 */
public final class Tarjama implements AutoCloseable {
    private final RunContext context;
    private final Function<Article, List<GlossaryEntry>> glossaries;
    private final Map<Path, Publisher> publishers = new ConcurrentHashMap<>();

    Tarjama(RunContext context, Function<Article, List<GlossaryEntry>> glossaries) {
        this.context = context;
        this.glossaries = glossaries;
    }

    /** A builder; everything has a default except the backend. */
    public static TarjamaBuilder builder() {
        return new TarjamaBuilder();
    }

    /**
     * Reads, translates and briefs the article in {@code file} (plain text, HTML or a feed's newest item; any
     * encoding).
     *
     * @throws InputException   when the file cannot be read or holds no article to translate
     * @throws BackendException when the backend stopped the run
     */
    public TranslatedArticle translate(Path file) {
        return translate(ArticleSource.file(file));
    }

    /**
     * Reads, translates and briefs one article: a source that holds several (a feed, a folder) gives its first.
     *
     * @throws InputException   when the source cannot be read or holds no article to translate
     * @throws BackendException when the backend stopped the run
     */
    public TranslatedArticle translate(ArticleSource source) {
        return translate(load(source));
    }

    /**
     * Translates and briefs an article already read. What is finished when the run is cancelled is returned, the rest
     * marked as not translated ({@link TranslatedArticle#interrupted()}).
     *
     * @throws InputException     when the article is already in the target language (and no source language was
     *                            given to say otherwise)
     * @throws BackendException   when the backend stopped the run
     * @throws CancelledException when the run was cancelled before the article was started
     */
    public TranslatedArticle translate(Article article) {
        if (context.cancellation().isCancelled()) {
            throw new CancelledException(article.input() + ": the run was interrupted before it started");
        }
        refuseTargetLanguage(article);
        return context.pipeline().translate(article, glossaries.apply(article));
    }

    /**
     * Translates an article into an output root and writes its files: its folder chosen from its name (the same
     * folder again for the same input, {@code name-2} when another input took that name), a person's edits in that
     * folder kept where their paragraphs did not change, and every file written atomically with the formats of the
     * {@link Options.Output}.
     *
     * @param root the output root; each article gets a folder of its own in it
     * @throws InputException   when the article is already in the target language
     * @throws BackendException when the backend stopped the run
     * @throws StorageException when the folder cannot be written
     */
    public Written translateInto(LoadedArticle loaded, Path root) {
        return translateInto(loaded, root, false);
    }

    /**
     * As {@link #translateInto(LoadedArticle, Path)}, reading the source's first article first.
     *
     * @throws InputException when the source cannot be read or holds no article to translate
     */
    public Written translateInto(ArticleSource source, Path root) {
        return translateInto(loadAll(source).get(0), root);
    }

    /** @param keepPrevious keep the folder's previous record under {@code versions/} in every case (a watch's update) */
    Written translateInto(LoadedArticle loaded, Path root, boolean keepPrevious) {
        Article article = loaded.orThrow();
        TranslatedArticle translated = translate(article);
        Publisher.Published published =
                publisher(root).publish(translated, loaded.name(), loaded.identity(), formats(), keepPrevious);
        return new Written(
                published.article(),
                published.folder(),
                published.files(),
                published.editsKept(),
                published.previousRecord());
    }

    /**
     * Reads and segments an article (a feed's newest item, a folder's first file), sending nothing.
     *
     * @throws InputException when the source cannot be read or holds no text
     */
    public Article load(ArticleSource source) {
        return context.loader().load(source, context.options().translation().sourceLanguage());
    }

    /**
     * Reads every article a source holds (a folder's files, a feed's newest items; one for a page or a file), sending
     * nothing. An article that cannot be read is in the list as a failure, so the others can go on.
     *
     * @throws InputException when the source itself cannot be read
     */
    public List<LoadedArticle> loadAll(ArticleSource source) {
        return context.loader().loadAll(source, context.options().translation().sourceLanguage());
    }

    /** A watch's poll: the source's articles now, or none when its server says {@code known} is still current. */
    Polled poll(ArticleSource source, Validators known) {
        return context.loader()
                .poll(source, known, context.options().translation().sourceLanguage(), context.cancellation()::sleep);
    }

    /**
     * What translating the article would send, with token estimates; nothing is sent and the cache is only read.
     *
     * @throws InputException when the article is already in the target language
     */
    public DryRun plan(Article article) {
        refuseTargetLanguage(article);
        RequestPlan plan = new RequestPlan();
        context.planningPipeline(plan).translate(article, glossaries.apply(article));
        List<DryRun.PlannedRequest> requests = plan.requests().stream()
                .map(r -> new DryRun.PlannedRequest(r.label(), r.inputTokens(), r.outputTokens(), r.segments()))
                .toList();
        long planned = requests.stream()
                .filter(DryRun.PlannedRequest::forParagraphs)
                .mapToLong(DryRun.PlannedRequest::segments)
                .sum();
        long sourceTokens = article.paragraphs().stream()
                .mapToLong(p -> TokenEstimator.count(p.text()))
                .sum();
        return new DryRun(
                article,
                requests,
                (int) (article.segmentCount() - planned),
                sourceTokens,
                backend(),
                context.price().orElse(null),
                plan.batching(),
                options().requests().latency(),
                options().requests().concurrency());
    }

    /**
     * Writes the formats of the {@link Options.Output} into {@code directory}, as the article is; returns the files
     * written. To keep what a person post-edited in an earlier translation there, use {@link #translateInto}. The
     * directory belongs to no output root, so its pages carry their Arabic font.
     *
     * @throws StorageException when the directory cannot be written
     */
    public List<Path> write(TranslatedArticle article, Path directory) {
        return new OutputWriter(formats()).write(article, directory, context.reporter()::warn);
    }

    /**
     * Writes the named formats ({@code brief}, {@code html}, {@code md}, {@code json}, {@code pdf}, {@code english},
     * {@code txt}, {@code tmx}, {@code xliff}) into {@code directory}; returns the files written.
     *
     * @throws ConfigurationException when a format is unknown
     * @throws StorageException       when the directory cannot be written
     */
    public List<Path> write(TranslatedArticle article, Path directory, List<String> formats) {
        return new OutputWriter(
                        Formats.select(formats, context.options().output().paper()))
                .write(article, directory, context.reporter()::warn);
    }

    /** Every output format's name, as {@link dev.tarjama.Options.Output#formats()} takes them, in writing order. */
    public static List<String> formatNames() {
        return List.copyOf(Formats.names());
    }

    /**
     * Why the addition check (a sentence no source word explains) is off although it was not switched off: one line
     * naming what to install. Empty when it runs, or when {@link dev.tarjama.Lexicon#OFF} was chosen.
     */
    public java.util.Optional<String> additionCheckNote() {
        return context.lexiconNote();
    }

    /**
     * Where the addition check would read its dictionary from, without loading it: the files found, or empty when
     * the check would be off (then {@link dev.tarjama.Lexicon#installHint()} says what to install).
     *
     * @throws dev.tarjama.ConfigurationException when {@code lexicon} names a place that holds no dictionary
     */
    public static java.util.Optional<Path> dictionaryOf(dev.tarjama.Lexicon lexicon) {
        return dev.tarjama.internal.lexicon.LexiconFiles.locate(lexicon)
                .map(dev.tarjama.internal.lexicon.LexiconFiles::index);
    }

    /** What every article of this run has spent so far. */
    public Usage usage() {
        return context.usage().snapshot();
    }

    /** Whether the backend has answered any request of this instance: then its address and key were right once. */
    public boolean backendAnswered() {
        return context.backendEverAnswered();
    }

    /**
     * Lets the backend be asked again after a failure stopped this instance's requests (a refused key, a server that
     * stopped answering): a long-lived service calls it before trying the next article, so that an outage it outlasts
     * does not end it.
     */
    public void resumeBackend() {
        context.resumeBackend();
    }

    /** The options every article of this run is translated with. */
    public Options options() {
        return context.options();
    }

    /** The backend the articles are translated with (never its key). */
    public BackendInfo backend() {
        return context.backend().info();
    }

    /**
     * Makes sure {@code root} can take articles' folders — creating it, writing and removing a file in it — so that a
     * run whose outputs cannot be written fails before it pays for anything.
     *
     * @throws ConfigurationException when {@code root} is a file or cannot be written, saying why
     */
    public static void checkOutputRoot(Path root) {
        dev.tarjama.internal.render.OutputRoot.checkWritable(root);
    }

    /** The run inside, for the watch of this package. */
    RunContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }

    private List<dev.tarjama.internal.render.OutputFormat> formats() {
        return Formats.select(
                context.options().output().formats(), context.options().output().paper());
    }

    private Publisher publisher(Path root) {
        return publishers.computeIfAbsent(
                root.toAbsolutePath().normalize(),
                r -> new Publisher(
                        r,
                        context.clock(),
                        context.reporter(),
                        context.options().output().selfContained()));
    }

    /** An article already in the language it would be translated into is not translated. */
    private void refuseTargetLanguage(Article article) {
        String target = context.options().translation().targetLanguage();
        if (context.options().translation().sourceLanguage() == null && sameLanguage(article.language(), target)) {
            throw new InputException(article.input() + ": the article is already in "
                    + Languages.englishName(target, target)
                    + " (detected from its text); nothing to translate. If the detection is wrong, name the language "
                    + "with --source-lang");
        }
    }

    private static boolean sameLanguage(String a, String b) {
        return a.split("-")[0].equalsIgnoreCase(b.split("-")[0]);
    }
}
