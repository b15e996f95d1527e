package dev.tarjama.article;

import com.rometools.rome.io.FeedException;
import dev.tarjama.TarjamaException;
import dev.tarjama.cache.CacheKey;
import dev.tarjama.extract.ExtractedPage;
import dev.tarjama.extract.Feed;
import dev.tarjama.extract.FeedItem;
import dev.tarjama.extract.FeedReader;
import dev.tarjama.extract.HtmlExtractor;
import dev.tarjama.extract.PageMetadata;
import dev.tarjama.http.HttpClients;
import dev.tarjama.model.Article;
import dev.tarjama.model.SourceInfo;
import dev.tarjama.source.ArticleBytes;
import dev.tarjama.source.ArticleSource;
import dev.tarjama.source.DecodedText;
import dev.tarjama.source.FetchPolicy;
import dev.tarjama.source.SourceReader;
import dev.tarjama.source.TextDecoder;
import dev.tarjama.source.Validators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads articles from wherever they live: a file, a folder of them, a page, a feed. The bytes are decoded in their
 * declared or detected charset; a page's main text and metadata are extracted; a feed yields its newest items, each
 * from the content the feed carries or else from the page it links to; plain text is split into paragraphs. Every
 * article comes out segmented, its language guessed from its text unless it was given.
 */
public final class ArticleLoader {
    /** Default for the longest piece of text sent to the model in one request. */
    public static final int DEFAULT_MAX_SEGMENT_CHARS = 1500;
    /** Default for how many of a feed's newest items are read. */
    public static final int DEFAULT_FEED_ITEMS = 10;

    private final SourceReader reader;
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final HtmlExtractor extractor = new HtmlExtractor();
    private final FeedReader feeds = new FeedReader();
    private final ArticleAssembler assembler;
    private final int feedItems;

    public ArticleLoader(HttpClients http, int maxSegmentChars) {
        this(http, maxSegmentChars, FetchPolicy.defaults(), DEFAULT_FEED_ITEMS);
    }

    public ArticleLoader(HttpClients http, int maxSegmentChars, FetchPolicy policy, int feedItems) {
        this.reader = new SourceReader(http, policy);
        this.assembler = new ArticleAssembler(normalizer, new SentenceSplitter(maxSegmentChars));
        this.feedItems = feedItems;
    }

    /**
     * The one article a source holds: a feed's newest item, a folder's first file.
     *
     * @param sourceLanguage the source language, or {@code null} to detect it
     * @throws TarjamaException with exit code 4 when the input cannot be read or holds no text
     */
    public Article load(ArticleSource source, String sourceLanguage) {
        return loadAll(source, sourceLanguage).get(0).orThrow();
    }

    /**
     * Every article a source holds, in order: a folder's files by name, a feed's items newest first. An article that
     * cannot be read is in the list as a failure; an input that cannot be read at all throws.
     *
     * @throws TarjamaException with exit code 4 when the input itself cannot be read
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
            } catch (TarjamaException e) {
                loaded.add(LoadedArticle.failed(document.name(), e));
            }
        }
        return loaded;
    }

    /**
     * The articles a source holds now, unless it is an address whose server says it is still the version {@code known}
     * identifies: a feed polled on a schedule costs one small request and no parse while nothing is new.
     *
     * @throws TarjamaException with exit code 4 when the input itself cannot be read
     */
    public Polled poll(ArticleSource source, Validators known, String sourceLanguage) {
        if (!(source instanceof ArticleSource.Url)) {
            return new Polled(loadAll(source, sourceLanguage), Validators.NONE, false);
        }
        Optional<ArticleBytes> bytes = reader.readIfChanged(source, known);
        if (bytes.isEmpty()) {
            return Polled.unchanged(known);
        }
        return new Polled(
                loadBytes(source, bytes.get(), sourceLanguage), bytes.get().validators(), false);
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
            throw TarjamaException.input(source.name() + ": " + e.getMessage());
        }
        if (feed.items().isEmpty()) {
            throw TarjamaException.input(source.name() + ": the feed has no items");
        }
        List<LoadedArticle> loaded = new ArrayList<>();
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String name = item.link() != null ? item.link() : source.name() + " item " + (i + 1);
            String identity = item.id() != null ? item.id() : item.link() != null ? item.link() : null;
            try {
                Article article = feedItem(name, item, feed, language);
                loaded.add(LoadedArticle.of(name, identity != null ? identity : contentId(article), article));
            } catch (TarjamaException e) {
                loaded.add(LoadedArticle.failed(name, e));
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
        throw TarjamaException.input(name + ": the feed item has neither content nor a link");
    }

    private Article fragment(String name, String title, String html, String language, SourceInfo source) {
        String markup = html.contains("<") ? html : "<p>" + html.replace("\n\n", "</p><p>") + "</p>";
        ExtractedPage page = extractor.extractFragment(normalizer.normalizeDocument(markup));
        return assembler.assemble(name, title, page.blocks(), "UTF-8", language, source);
    }

    /** A page or a text file: extracted when it is HTML, split into paragraphs when it is text. */
    private Article page(String name, ArticleBytes bytes, String language, SourceInfo known, String fallbackTitle) {
        DecodedText decoded = decoder.decode(bytes);
        String document = normalizer.normalizeDocument(decoded.text());
        SourceInfo fetched = new SourceInfo(bytes.location(), null, null, null, null);
        if (!looksLikeHtml(bytes.contentType(), document)) {
            var blocks = new PlainTextParser(normalizer).parse(document);
            return assembler.assemble(name, null, blocks, decoded.charset(), language, known.or(fetched));
        }
        ExtractedPage page = extractor.extract(document, bytes.location() == null ? "" : bytes.location());
        PageMetadata meta = page.metadata();
        SourceInfo described =
                new SourceInfo(null, meta.canonicalUrl(), meta.published(), meta.byline(), meta.siteName());
        String title = page.title() != null ? page.title() : fallbackTitle;
        String lang = language;
        return assembler.assemble(
                name,
                title,
                page.blocks(),
                decoded.charset(),
                lang,
                known.or(fetched).or(described));
    }

    /** What identifies an article across runs: an absolute path, an address, else a hash of its text. */
    private static String identity(ArticleSource source, Article article) {
        if (source instanceof ArticleSource.File file) {
            return absolute(file.path());
        }
        if (source instanceof ArticleSource.Url url) {
            return url.url();
        }
        return contentId(article);
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The same identity earlier versions gave text from standard input, so a rerun finds its folder again. */
    private static String contentId(Article article) {
        String digest =
                CacheKey.of("input").add("text", article.text("\n")).build().digest();
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
