package dev.tarjama.internal.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.tarjama.Paper;
import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * {@code bilingual.pdf}: the print page laid out by openhtmltopdf, with ICU's bidi algorithm ordering mixed lines and
 * ICU's Arabic shaping joining the letters, in the embedded Amiri font (so the PDF carries the font it was set in).
 */
final class PdfRenderer implements OutputFormat {
    static {
        // the layout engine reports through java.util.logging to stderr; tarjama speaks for itself
        XRLog.setLoggingEnabled(false);
    }

    private final Paper paper;

    PdfRenderer(Paper paper) {
        this.paper = paper;
    }

    @Override
    public String fileName() {
        return "bilingual.pdf";
    }

    /**
     * The longest paragraph (source or translation) the PDF lays out: a row is never split across pages, and the
     * layout engine's work on one block grows faster than its length. A megabyte paragraph took minutes and gigabytes.
     */
    static final int MAX_PARAGRAPH_CHARS = 20_000;

    /** The most text a PDF lays out in all: some two hundred printed pages. */
    static final int MAX_ARTICLE_CHARS = 400_000;

    @Override
    public void write(TranslatedArticle article, OutputStream out) throws IOException {
        refuseBeyondLimits(article);
        org.w3c.dom.Document page = new W3CDom().fromJsoup(Jsoup.parse(PrintPage.html(article, paper)));
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT))
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                .useFont(
                        () -> ArabicFont.forPdf(false),
                        ArabicFont.FAMILY,
                        400,
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true)
                .useFont(
                        () -> ArabicFont.forPdf(true),
                        ArabicFont.FAMILY,
                        700,
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true)
                .withW3cDocument(page, "about:blank")
                .toStream(out);
        builder.run();
    }

    private static void refuseBeyondLimits(TranslatedArticle article) {
        long total = 0;
        for (var p : article.paragraphs()) {
            int longest = Math.max(
                    p.source().text().length(),
                    p.translation() == null ? 0 : p.translation().length());
            if (longest > MAX_PARAGRAPH_CHARS) {
                throw new FormatSkipped(String.format(
                        java.util.Locale.ROOT,
                        "bilingual.pdf is not written: paragraph %d has %,d characters, more than the %,d a PDF page "
                                + "lays out; the other formats have it all",
                        p.index(),
                        longest,
                        MAX_PARAGRAPH_CHARS));
            }
            total += p.source().text().length()
                    + (p.translation() == null ? 0 : p.translation().length());
        }
        if (total > MAX_ARTICLE_CHARS) {
            throw new FormatSkipped(String.format(
                    java.util.Locale.ROOT,
                    "bilingual.pdf is not written: the article has %,d characters, more than the %,d a PDF lays out; "
                            + "the other formats have it all",
                    total,
                    MAX_ARTICLE_CHARS));
        }
    }
}
