package dev.tarjama.article;

import dev.tarjama.TarjamaException;
import dev.tarjama.http.HttpClients;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an article from wherever it lives and segments it: bytes, then text in a known charset, then
 * normalised blocks (plain text or HTML), then paragraphs with over-long ones cut into sentence segments.
 */
public final class ArticleLoader {
    /** Default for the longest piece of text sent to the model in one request. */
    public static final int DEFAULT_MAX_SEGMENT_CHARS = 1500;

    private final ArticleFetcher fetcher;
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final LanguageGuesser languageGuesser = new LanguageGuesser();
    private final SentenceSplitter splitter;

    public ArticleLoader(HttpClients http, int maxSegmentChars) {
        this.fetcher = new ArticleFetcher(http);
        this.splitter = new SentenceSplitter(maxSegmentChars);
    }

    /**
     * @param source         a file, a URL, or bytes in hand
     * @param sourceLanguage the source language, or {@code null} to detect it
     * @throws TarjamaException with exit code 4 when the input cannot be read or holds no text
     */
    public Article load(ArticleSource source, String sourceLanguage) {
        String input = source.name();
        ArticleBytes bytes = fetcher.fetch(source);
        DecodedText decoded = decoder.decode(bytes);
        String document = normalizer.normalizeDocument(decoded.text());
        List<Block> blocks;
        if (FeedParser.looksLikeFeed(bytes.contentType(), document)) {
            blocks = feedItem(FeedParser.newestItem(document, input));
        } else if (looksLikeHtml(bytes.contentType(), document)) {
            blocks = new HtmlParser(normalizer).parse(document);
        } else {
            blocks = new PlainTextParser(normalizer).parse(document);
        }
        if (blocks.isEmpty()) {
            throw TarjamaException.input(input + ": contains no paragraphs of text");
        }
        String language = sourceLanguage != null ? sourceLanguage : languageGuesser.guess(document);
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        String title = "";
        for (Block block : blocks) {
            int index = paragraphs.size();
            paragraphs.add(new Paragraph(index, block.kind(), block.text(), splitter.split(block.text(), language)));
            if (block.kind() == ParagraphKind.TITLE && title.isEmpty()) {
                title = block.text();
            }
        }
        return new Article(input, title, language, decoded.charset(), paragraphs);
    }

    /** A feed item's title, then the paragraphs of its HTML content. */
    private List<Block> feedItem(FeedParser.Item item) {
        List<Block> blocks = new ArrayList<>();
        String title = normalizer.cleanParagraph(item.title());
        if (!title.isEmpty()) {
            blocks.add(new Block(ParagraphKind.TITLE, title));
        }
        String html =
                item.html().contains("<") ? item.html() : "<p>" + item.html().replace("\n\n", "</p><p>") + "</p>";
        for (Block block :
                new HtmlParser(normalizer).parse("<html><body><article>" + html + "</article></body></html>")) {
            if (block.kind() != ParagraphKind.TITLE && !block.text().equals(title)) {
                blocks.add(block);
            }
        }
        return blocks;
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
