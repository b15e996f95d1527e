package dev.tarjama.internal.source;

import com.rometools.rome.io.FeedException;
import dev.tarjama.ArticleSource;
import dev.tarjama.InputException;
import dev.tarjama.LoadedArticle;
import dev.tarjama.internal.article.Articles;
import dev.tarjama.internal.digest.Digest;
import dev.tarjama.internal.extract.ExtractedPage;
import dev.tarjama.internal.extract.Feed;
import dev.tarjama.internal.extract.FeedItem;
import dev.tarjama.internal.extract.FeedReader;
import dev.tarjama.internal.extract.HtmlExtractor;
import dev.tarjama.internal.extract.PageMetadata;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.http.Validators;
import dev.tarjama.model.Article;
import dev.tarjama.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Reads articles from wherever they live: a file, a folder of them, a page, a feed. The bytes are decoded in their
 * declared or detected charset; a page's main text and metadata are extracted; a feed yields its newest items, each
 * from the content the feed carries or else from the page it links to; plain text is split into paragraphs. Every
 * article comes out segmented, its language guessed from its text unless it was given.
 */
public final class ArticleLoader {
    private final SourceReader reader;
    private final TextDecoder decoder;
    private final HtmlExtractor extractor;
    private final FeedReader feeds = new FeedReader();
    private final Articles articles;
    private final int feedItems;
    private final Consumer<String> warnings;

    /** A loader reading as {@code reading} says: its fetch policy, feed items and segment length. */
    public ArticleLoader(HttpClients http, dev.tarjama.Options.Reading reading) {
        this(http, reading, warning -> {});
    }

    /** @param warnings told what was read in a way the user should know of (a charset set aside, bytes replaced) */
    public ArticleLoader(HttpClients http, dev.tarjama.Options.Reading reading, Consumer<String> warnings) {
        this(http, reading, warnings, new HtmlExtractor());
    }

    /** @param extractor reads the main text of pages (other rules than the standard ones, for measuring them) */
    public ArticleLoader(
            HttpClients http, dev.tarjama.Options.Reading reading, Consumer<String> warnings, HtmlExtractor extractor) {
        this.extractor = extractor;
        this.warnings = warnings;
        this.decoder = new TextDecoder(warnings);
        this.reader = new SourceReader(http, FetchPolicy.of(reading));
        this.articles = new Articles(reading.maxSegmentChars());
        this.feedItems = reading.feedItems();
    }

    /**
     * The one article a source holds: a feed's newest item, a folder's first file.
     *
     * @param sourceLanguage the source language, or {@code null} to detect it
     * @throws dev.tarjama.InputException when the input cannot be read or holds no text
     */
    public Article load(ArticleSource source, String sourceLanguage) {
        return loadAll(source, sourceLanguage).get(0).orThrow();
    }

    /**
     * Every article a source holds, in order: a folder's files by name, a feed's items newest first. An article that
     * cannot be read is in the list as a failure; an input that cannot be read at all throws.
     *
     * @throws dev.tarjama.InputException when the input itself cannot be read
     */
    public List<LoadedArticle> loadAll(ArticleSource source, String sourceLanguage) {
        List<ArticleSource> documents = reader.expand(source);
        if (documents.size() == 1) {
            return loadDocument(documents.get(0), sourceLanguage);
        }
        List<LoadedArticle> loaded = new ArrayList<>();
        for (ArticleSource document : documents) {
            try {
                loaded.addAll(loadDocument(document, sourceLanguage));
            } catch (InputException e) {
                loaded.add(LoadedArticle.failed(document.name(), identityOf(document), e));
            }
        }
        return loaded;
    }

    /**
     * The articles a source holds now, unless it is an address whose server says it is still the version {@code known}
     * identifies: a feed polled on a schedule costs one small request and no parse while nothing is new.
     *
     * @throws dev.tarjama.InputException when the input itself cannot be read
     */
    public Polled poll(ArticleSource source, Validators known, String sourceLanguage, LongPredicate sleep) {
        if (source instanceof ArticleSource.File folder && Files.isDirectory(folder.path())) {
            return folder(folder, sourceLanguage, sleep);
        }
        if (!(source instanceof ArticleSource.Url)) {
            return new Polled(loadAll(source, sourceLanguage), Validators.NONE, false, 0);
        }
        Optional<ArticleBytes> bytes = reader.readIfChanged(source, known);
        if (bytes.isEmpty()) {
            return Polled.unchanged(known);
        }
        return new Polled(
                loadBytes(source, bytes.get(), sourceLanguage), bytes.get().validators(), false, 0);
    }

    /**
     * A watched folder's files that a writer has finished (see {@link SettledFiles}); an empty folder is an inbox with
     * nothing new, not an error, and one file that cannot be read is a failure of its own.
     */
    private Polled folder(ArticleSource.File folder, String language, LongPredicate sleep) {
        List<ArticleSource.File> files = SourceReader.articleFiles(folder).stream()
                .map(ArticleSource.File.class::cast)
                .toList();
        SettledFiles.Split split = SettledFiles.split(files, sleep);
        List<LoadedArticle> articles = new ArrayList<>();
        for (ArticleSource.File file : split.settled()) {
            try {
                articles.addAll(loadAll(file, language));
            } catch (InputException e) {
                articles.add(LoadedArticle.failed(file.name(), absolute(file.path()), e));
            }
        }
        return new Polled(articles, Validators.NONE, false, split.stillWriting());
    }

    private List<LoadedArticle> loadDocument(ArticleSource source, String language) {
        return loadBytes(source, reader.read(source), language);
    }

    private List<LoadedArticle> loadBytes(ArticleSource source, ArticleBytes bytes, String language) {
        if (FeedReader.looksLikeFeed(bytes.contentType(), bytes.bytes())) {
            return feedItems(source, bytes, language);
        }
        Article article = page(source.name(), bytes, language, SourceInfo.NONE, null);
        return List.of(LoadedArticle.of(source.name(), identity(source, article), article));
    }

    private List<LoadedArticle> feedItems(ArticleSource source, ArticleBytes bytes, String language) {
        Feed feed;
        try {
            feed = feeds.read(bytes.bytes(), feedItems);
        } catch (FeedException e) {
            throw new InputException(source.name() + ": " + e.getMessage());
        }
        if (feed.items().isEmpty()) {
            throw new InputException(source.name() + ": the feed has no items");
        }
        List<LoadedArticle> loaded = new ArrayList<>();
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String name = item.link() != null ? item.link() : source.name() + " item " + (i + 1);
            String identity = item.id() != null ? item.id() : item.link() != null ? item.link() : null;
            try {
                Article article = feedItem(name, item, feed, language);
                loaded.add(LoadedArticle.of(name, identity != null ? identity : contentId(article), article));
            } catch (InputException e) {
                // the same id the article has once it can be read: one row in a ledger, failed or not
                loaded.add(LoadedArticle.failed(name, identity != null ? identity : name, e));
            }
        }
        return loaded;
    }

    private Article feedItem(String name, FeedItem item, Feed feed, String language) {
        SourceInfo known = new SourceInfo(
                item.link(), null, item.published(), item.author(), feed.title().isEmpty() ? null : feed.title());
        String title = item.title().isEmpty() ? null : item.title();
        if (item.hasContent()) {
            return fragment(name, title, item.content(), language, known);
        }
        if (item.link() != null) {
            return page(name, reader.fetchLinked(item.link()), language, known, title);
        }
        if (item.summary() != null && !item.summary().isBlank()) {
            return fragment(name, title, item.summary(), language, known);
        }
        throw new InputException(name + ": the feed item has neither content nor a link");
    }

    private Article fragment(String name, String title, String html, String language, SourceInfo source) {
        String markup = html.contains("<") ? html : "<p>" + html.replace("\n\n", "</p><p>") + "</p>";
        ExtractedPage page = extractor.extractFragment(articles.normalize(markup));
        return articles.fromBlocks(name, title, page.blocks(), "UTF-8", language, dated(name, source));
    }

    /** A page or a text file: extracted when it is HTML, split into paragraphs when it is text. */
    private Article page(String name, ArticleBytes bytes, String language, SourceInfo known, String fallbackTitle) {
        DecodedText decoded = decoder.decode(bytes);
        String document = articles.normalize(decoded.text());
        SourceInfo fetched = new SourceInfo(bytes.location(), null, null, null, null);
        if (!looksLikeHtml(bytes.contentType(), document)) {
            return articles.fromPlainText(name, document, decoded.charset(), language, dated(name, known.or(fetched)));
        }
        ExtractedPage page = extractor.extract(document, bytes.location() == null ? "" : bytes.location());
        PageMetadata meta = page.metadata();
        SourceInfo described =
                new SourceInfo(null, meta.canonicalUrl(), meta.published(), meta.byline(), meta.siteName());
        String title = page.title() != null ? page.title() : fallbackTitle;
        String lang = language;
        return articles.fromBlocks(
                name,
                title,
                page.blocks(),
                decoded.charset(),
                lang,
                dated(name, known.or(fetched).or(described)));
    }

    /** The source without a publication date that names no believable day, with a warning saying so. */
    private SourceInfo dated(String name, SourceInfo source) {
        return source.withoutWrongDate(date -> warnings.accept(name + ": the publication date \"" + date
                + "\" is not a real day between 1990 and next year; it is left out"));
    }

    /** What identifies an article across runs: an absolute path, an address, else a hash of its text. */
    private static String identity(ArticleSource source, Article article) {
        String known = identityOf(source);
        return known != null ? known : contentId(article);
    }

    /** The identity a file or an address has whatever it holds; {@code null} for bytes in hand. */
    private static String identityOf(ArticleSource source) {
        if (source instanceof ArticleSource.File file) {
            return absolute(file.path());
        }
        if (source instanceof ArticleSource.Url url) {
            return url.url();
        }
        return null;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The same identity earlier versions gave text from standard input, so a rerun finds its folder again. */
    private static String contentId(Article article) {
        String digest = Digest.of("input").add("text", article.text("\n")).hex();
        return "text:" + digest.substring(0, 16);
    }

    static boolean looksLikeHtml(String contentType, String document) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.contains("html")) {
                return true;
            }
            if (type.startsWith("text/plain")) {
                return false;
            }
        }
        String head = document.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.contains("<body")
                || (head.startsWith("<") && head.contains("<p>"));
    }
}
