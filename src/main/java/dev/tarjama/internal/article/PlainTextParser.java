package dev.tarjama.internal.article;

import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into blocks. Paragraphs are separated by blank lines or by single line breaks, as news
 * text pasted from the web usually is; a block whose lines look hard-wrapped (similar lengths, as from an
 * e-mail or a terminal) is joined back into one paragraph instead. The first line is the title when it is
 * short and not a sentence; short lines that end in a colon, or are a few words with no final punctuation,
 * are headings.
 */
final class PlainTextParser {
    private static final int TITLE_MAX_WORDS = 30;
    private static final int HEADING_MAX_WORDS = 10;
    private static final int TITLE_MAX_CHARS = 300;
    private static final int HEADING_MAX_CHARS = 120;
    private static final int HEADING_WITHOUT_COLON_MAX_WORDS = 6;
    private static final int HARD_WRAP_MAX_LINE = 100;

    private final TextNormalizer normalizer;

    PlainTextParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    List<TextBlock> parse(String document) {
        List<String> rawParagraphs = splitParagraphs(document);
        List<TextBlock> blocks = new ArrayList<>();
        for (String raw : rawParagraphs) {
            String text = normalizer.cleanParagraph(raw);
            if (text.isEmpty()) {
                continue;
            }
            blocks.add(new TextBlock(classify(raw, text, blocks.isEmpty()), text));
        }
        return blocks;
    }

    private static List<String> splitParagraphs(String document) {
        List<String> paragraphs = new ArrayList<>();
        for (String chunk : document.split("\\n\\s*\\n")) {
            List<String> lines = chunk.lines().filter(l -> !l.isBlank()).toList();
            if (looksHardWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
            } else {
                paragraphs.addAll(lines);
            }
        }
        return paragraphs;
    }

    /** Every line but the last close to one width, and that width narrow: a wrapped paragraph, not a list of them. */
    static boolean looksHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (String line : lines.subList(0, lines.size() - 1)) {
            int length = line.strip().length();
            max = Math.max(max, length);
            min = Math.min(min, length);
        }
        return max <= HARD_WRAP_MAX_LINE && min >= 0.75 * max && min >= 30;
    }

    private static ParagraphKind classify(String raw, String text, boolean first) {
        int words = wordCount(text);
        boolean sentenceEnd = endsLikeSentence(text);
        if (first
                && text.length() <= TITLE_MAX_CHARS
                && (TextNormalizer.isWhollyBold(raw) || (words <= TITLE_MAX_WORDS && !sentenceEnd))) {
            return ParagraphKind.TITLE;
        }
        if (text.length() > HEADING_MAX_CHARS) {
            return ParagraphKind.BODY; // a few very long "words" are no heading
        }
        if (words <= HEADING_MAX_WORDS && (text.endsWith(":") || text.endsWith("："))) {
            return ParagraphKind.HEADING;
        }
        if (words <= HEADING_WITHOUT_COLON_MAX_WORDS && !sentenceEnd && !text.endsWith(":")) {
            return ParagraphKind.HEADING;
        }
        return ParagraphKind.BODY;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static boolean endsLikeSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'»”’)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?؟۔؛…。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
