package dev.tarjama.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.ArticleSource;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.model.Article;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private Article load(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return loader(1500).load(file(name), null);
    }

    private ArticleSource file(String name) {
        return new ArticleSource.File(dir.resolve(name), name);
    }

    private ArticleLoader loader(int maxChars) {
        return new ArticleLoader(
                new HttpClients(1, Duration.ofSeconds(5)),
                dev.tarjama.Options.builder().maxSegmentChars(maxChars).build().reading());
    }

    @Test
    void theSampleHasTwentyParagraphsATitleAndOneHeading() throws IOException {
        Article article = load("a.txt", Samples.codeRedText().getBytes(StandardCharsets.UTF_8));

        assertThat(article.paragraphs()).hasSize(20);
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.title())
                .isEqualTo("بـ \"كود ريد\".. سام ألتمان يعلن \"حرب الوجود\" ضد جوجل و\"تشات جي بي تي\"");
        assertThat(article.paragraphs().stream()
                        .filter(p -> p.kind() == ParagraphKind.TITLE)
                        .map(Paragraph::index))
                .containsExactly(0);
        assertThat(article.paragraphs().stream()
                        .filter(p -> p.kind() == ParagraphKind.HEADING)
                        .map(Paragraph::index))
                .containsExactly(8);
        assertThat(article.paragraphs())
                .allSatisfy(p -> assertThat(p.segments()).containsExactly(p.text()));
    }

    @Test
    void decodesWindows1256AndIso88596ToTheSameText() throws IOException {
        String text = Samples.codeRedText();
        Article utf8 = load("u.txt", text.getBytes(StandardCharsets.UTF_8));
        Article cp1256 = load("w.txt", text.getBytes(Charset.forName("windows-1256")));

        assertThat(cp1256.charset()).isEqualTo("windows-1256");
        assertThat(cp1256.paragraphs()).isEqualTo(utf8.paragraphs());

        String plain = "هذا نص عربي بسيط يتحدث عن الاقتصاد والسياسة في المنطقة العربية، ويتناول الأخبار اليومية.\n"
                + "وتقول التقارير إن الحكومة ستعلن عن خطة جديدة للتنمية في الأسابيع القادمة من هذا العام.\n";
        Article iso = load("i.txt", plain.getBytes(Charset.forName("ISO-8859-6")));
        assertThat(iso.paragraphs().get(0).text()).startsWith("هذا نص عربي");
        assertThat(iso.charset()).isIn("ISO-8859-6", "windows-1256");
    }

    @Test
    void aByteOrderMarkAndBidiControlsAreRemovedAndTextIsNfc() throws IOException {
        String text = "\uFEFFعنوان الخبر\n\n\u200Fالفقرة \u202Bالأولى\u202C من الخبر تتحدث عن أمور كثيرة ومهمة جداً.\n";
        Article article = load("b.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(article.title()).isEqualTo("عنوان الخبر");
        assertThat(article.paragraphs().get(1).text())
                .isEqualTo("الفقرة الأولى من الخبر تتحدث عن أمور كثيرة ومهمة جداً.");

        Article decomposed = load(
                "n.txt",
                "Cafe\u0301 news\n\nThe cafe\u0301 was opened in the city on Monday and it is full."
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(decomposed.title()).isEqualTo("Café news");
    }

    @Test
    void anOverLongParagraphIsSplitIntoSentenceSegmentsButStaysOneParagraph() throws IOException {
        String sentence = "هذه جملة طويلة نسبياً تتحدث عن موضوع مهم في الأخبار اليوم. ";
        String longParagraph = sentence.repeat(12).strip();
        Files.writeString(dir.resolve("l.txt"), "العنوان\n\n" + longParagraph + "\n");

        Article article = loader(250).load(file("l.txt"), null);

        assertThat(article.paragraphs()).hasSize(2);
        Paragraph p = article.paragraphs().get(1);
        assertThat(p.segments())
                .hasSizeGreaterThan(2)
                .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(250));
        assertThat(String.join(" ", p.segments())).isEqualTo(p.text());
        assertThat(article.segmentCount()).isEqualTo(1 + p.segments().size());
    }

    @Test
    void hardWrappedParagraphsAreJoinedBackTogether() throws IOException {
        String text = "The storm that hit the coast on Monday left thousands of homes without\n"
                + "power, officials said, and roads in three districts remained closed to\n"
                + "traffic on Tuesday morning.\n\n"
                + "Rescue teams were sent to the worst-hit areas overnight, the agency said.\n";
        Article article = load("w.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(article.language()).isEqualTo("en");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0).text()).startsWith("The storm").endsWith("Tuesday morning.");
    }

    @Test
    void htmlPagesGiveTitleHeadingsAndParagraphsWithoutNavigationOrScripts() throws IOException {
        String html = """
                <!DOCTYPE html><html lang="ar"><head><title>موقع | خبر</title>
                <meta property="og:title" content="سام ألتمان يعلن حالة الطوارئ"><script>var x = "<p>not text</p>";</script></head>
                <body><nav><p>الرئيسية</p></nav><article><h1>سام ألتمان يعلن حالة الطوارئ</h1>
                <p>بينما كان العالم يحتفل بابتكارات الذكاء الاصطناعي، انطلقت صرخة استغاثة.</p>
                <h2>عقدة السكيلينج</h2><blockquote><p>اقتباس مهم من باحث سابق في الشركة.</p></blockquote>
                </article><footer><p>حقوق النشر</p></footer></body></html>
                """;
        Article article = load("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(article.paragraphs())
                .extracting(Paragraph::kind)
                .containsExactly(ParagraphKind.TITLE, ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY);
        assertThat(article.title()).isEqualTo("سام ألتمان يعلن حالة الطوارئ");
        assertThat(article.paragraphs().get(3).text()).isEqualTo("اقتباس مهم من باحث سابق في الشركة.");
        assertThat(article.paragraphs()).noneSatisfy(p -> assertThat(p.text()).contains("الرئيسية"));
    }

    @Test
    void aFeedGivesItsNewestItemWithTheFullContent() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>أخبار</title><link>https://example.com</link><description>x</description>
                <item><title>خبر قديم</title><link>https://example.com/old</link>
                  <pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate><description>نص قديم.</description></item>
                <item><title>سام ألتمان يعلن حالة الطوارئ</title><link>https://example.com/new</link>
                  <pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate><description>مقتطف قصير.</description>
                  <content:encoded><![CDATA[<p>الفقرة الأولى من الخبر الكامل.</p><h2>عنوان فرعي</h2><p>الفقرة الثانية &amp; الأخيرة.</p><script>x()</script>]]></content:encoded>
                </item></channel></rss>
                """;
        Article article = load("feed.xml", rss.getBytes(StandardCharsets.UTF_8));

        assertThat(article.title()).isEqualTo("سام ألتمان يعلن حالة الطوارئ");
        assertThat(article.paragraphs())
                .extracting(Paragraph::kind)
                .containsExactly(ParagraphKind.TITLE, ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY);
        assertThat(article.paragraphs().get(3).text()).isEqualTo("الفقرة الثانية & الأخيرة.");
    }

    @Test
    void anAtomEntryWithOnlyASummaryGivesThatSummary() throws IOException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2026-11-28T08:00:00Z</updated>
                <entry><title>قمة في الرياض</title><id>urn:y</id><updated>2026-11-28T08:00:00Z</updated>
                <summary>افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة.</summary></entry></feed>
                """;
        Article article = load("feed.atom", atom.getBytes(StandardCharsets.UTF_8));

        assertThat(article.paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("قمة في الرياض", "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة.");
    }

    @Test
    void aFeedThatDeclaresADoctypeIsRefusedSoItCannotReachForLocalFiles() {
        String evil = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>x</description></item></channel></rss>
                """;

        assertThatThrownBy(() -> load("evil.xml", evil.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TarjamaException.class)
                .hasMessageStartingWith("evil.xml: refused: it declares a document type")
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.INPUT);
    }

    @Test
    void theSourceLanguageCanBeGivenInsteadOfDetected() throws IOException {
        Files.writeString(dir.resolve("f.txt"), "عنوان\n\nنص فارسي أو عربي.");
        assertThat(loader(1500).load(file("f.txt"), "fa").language()).isEqualTo("fa");
    }

    @Test
    void whitespaceOnlyInputIsRefusedAsEmpty() {
        assertThatThrownBy(() -> load("blank.txt", " \n\n \t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TarjamaException.class)
                .hasMessage("blank.txt: contains no text")
                .extracting(e -> ((TarjamaException) e).kind())
                .isEqualTo(TarjamaException.Kind.INPUT);
    }

    @Test
    void pdfAndZipFilesAreRefusedByName() {
        assertThatThrownBy(() -> load("doc.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("is a PDF document");
        assertThatThrownBy(() -> load("doc.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}))
                .hasMessageContaining("is a ZIP archive");
    }

    @Test
    void aParagraphWithoutSentencePunctuationIsStillCutToTheLimitAtWordsThenCharacters() throws IOException {
        String words = "كلمة ".repeat(22_000); // 110,000 characters, not one full stop
        String oneWord = "ب".repeat(100_000);
        Files.writeString(
                dir.resolve("runaway.txt"), "عنوان\n\n" + words + "\n\n" + oneWord + "\n", StandardCharsets.UTF_8);

        Article article = loader(1500).load(file("runaway.txt"), null);

        assertThat(article.paragraphs()).hasSize(3);
        for (Paragraph p : article.paragraphs().subList(1, 3)) {
            assertThat(p.kind()).as("a wall of text is no heading").isEqualTo(ParagraphKind.BODY);
            assertThat(p.segments()).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(1500));
        }
        assertThat(String.join(" ", article.paragraphs().get(1).segments())).isEqualTo(words.strip());
        assertThat(String.join("", article.paragraphs().get(2).segments())).isEqualTo(oneWord);
    }
}
