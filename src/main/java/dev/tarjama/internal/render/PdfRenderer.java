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

    @Override
    public void write(TranslatedArticle article, OutputStream out) throws IOException {
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
}
