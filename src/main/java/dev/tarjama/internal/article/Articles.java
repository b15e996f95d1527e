package dev.tarjama.internal.article;

import dev.tarjama.InputException;
import dev.tarjama.model.Article;
import dev.tarjama.model.SourceInfo;
import dev.tarjama.model.TextBlock;
import java.util.List;

/**
 * Builds an {@link Article} from text already decoded: normalised (NFC, invisible controls out), split into
 * paragraphs when it is plain text, its language guessed from its own words unless given, and over-long paragraphs
 * cut into segments. What reads the text — a file, a page, a feed — is the source package's business.
 */
public final class Articles {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ArticleAssembler assembler;

    /** @param maxSegmentChars a paragraph longer than this is cut at sentence (else word) boundaries */
    public Articles(int maxSegmentChars) {
        this.assembler = new ArticleAssembler(normalizer, new SentenceSplitter(maxSegmentChars));
    }

    /** A whole document normalised: NFC, line ends unified, invisible bidi and other controls removed. */
    public String normalize(String document) {
        return normalizer.normalizeDocument(document);
    }

    /**
     * The article a plain-text document holds: one paragraph per line or blank-line block, its short first line the
     * title.
     *
     * @param document text already {@link #normalize normalised}
     * @param language the source language, or {@code null} to guess it
     * @throws InputException when the text holds no paragraph
     */
    public Article fromPlainText(String name, String document, String charset, String language, SourceInfo source) {
        return assembler.assemble(
                name, null, new PlainTextParser(normalizer).parse(document), charset, language, source);
    }

    /**
     * The article made of blocks an extractor found.
     *
     * @param title    a title known apart from the blocks (a page's headline, a feed item's title), or {@code null}
     * @param language the source language, or {@code null} to guess it
     * @throws InputException when the blocks hold no paragraph
     */
    public Article fromBlocks(
            String name, String title, List<TextBlock> blocks, String charset, String language, SourceInfo source) {
        return assembler.assemble(name, title, blocks, charset, language, source);
    }
}
