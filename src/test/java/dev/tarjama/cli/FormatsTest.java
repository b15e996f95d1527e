package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import dev.tarjama.testing.Xml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format the sample can be written in, chosen with -f, with a paper size for the PDF. */
class FormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String VALUATION = "بينما كان العالم";
    /** A paragraph an editor checks: Latin names, a figure and a product inside Arabic. */
    static final String MIXED =
            "قال سام ألتمان (Sam Altman) إن 157 مليون شخص يستخدمون ChatGPT كل أسبوع، وإن شركة OpenAI تخطط لمضاعفة العدد.";

    static final String MIXED_TWO = "وأضاف أن نموذج GPT-5 سيصدر في 2026، بحسب ما نقلته وكالة Reuters عن مصادر مطلعة.";

    @TempDir
    Path dir;

    FakeProvider fake;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeProvider();
        Samples.copyCodeRed(dir, "code-red.ar.txt");
    }

    @AfterEach
    void stop() throws IOException {
        fake.close();
    }

    private static Stream<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private Path translate(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("translate", "code-red.ar.txt", "-o", "out"));
        args.addAll(List.of(extra));
        CliRun.Result result = new CliRun(dir).perParagraph().against(fake).run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        return dir.resolve("out/code-red.ar");
    }

    private JsonNode record(Path folder) throws IOException {
        return JSON.readTree(folder.resolve("article.json").toFile());
    }

    /** The 20 source paragraphs as article.json records them. */
    private List<String> sources(Path folder) throws IOException {
        List<String> sources = new ArrayList<>();
        record(folder)
                .get("paragraphs")
                .forEach(p -> sources.add(p.get("source").asText()));
        return sources;
    }

    @Test
    void allWritesEveryFormat() throws IOException {
        CliRun.Result result =
                new CliRun(dir).against(fake).run("translate", "code-red.ar.txt", "-f", "all", "-o", "out");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(files(dir.resolve("out/code-red.ar")))
                .containsExactly(
                        "article.json",
                        "article.tmx",
                        "article.xlf",
                        "bilingual.html",
                        "bilingual.md",
                        "bilingual.pdf",
                        "brief.md",
                        "brief.txt",
                        "english.html",
                        "english.md");
        keepForAPerson(dir.resolve("out/code-red.ar"), Path.of("target", "formats", "code-red"));
    }

    @Test
    void theTranslationMemoryIsValidTmxWithOneUnitPerParagraph() throws Exception {
        Path folder = translate("-f", "tmx,json");

        Document tmx = Xml.validatedByDtd(folder.resolve("article.tmx"), "/formats/tmx14.dtd");

        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertThat(header.getAttribute("srclang")).isEqualTo("ar");
        assertThat(header.getAttribute("creationtool")).isEqualTo("tarjama");
        assertThat(header.getAttribute("creationtoolversion")).isNotBlank();
        assertThat(header.getAttribute("creationdate")).isEqualTo("20261129T101530Z");
        NodeList units = tmx.getElementsByTagName("tu");
        List<String> sources = sources(folder);
        assertThat(units.getLength()).isEqualTo(sources.size());
        JsonNode paragraphs = record(folder).get("paragraphs");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            NodeList variants = unit.getElementsByTagName("tuv");
            assertThat(unit.getAttribute("tuid")).isEqualTo("p" + i);
            assertThat(((Element) variants.item(0)).getAttribute("xml:lang")).isEqualTo("ar");
            assertThat(variants.item(0).getTextContent()).isEqualTo(sources.get(i));
            assertThat(((Element) variants.item(1)).getAttribute("xml:lang")).isEqualTo("en");
            assertThat(variants.item(1).getTextContent())
                    .isEqualTo(paragraphs.get(i).get("translation").asText());
        }
    }

    @Test
    void theXliffIsValidXliff12AndAFlaggedTranslationAsksForReview() throws Exception {
        fake.withOverride(r -> r.paragraph() != null && r.paragraph().startsWith(VALUATION)
                ? FakeProvider.completion(JSON.createObjectNode()
                        .put(
                                "translation",
                                FakeProvider.faithfulTranslation(r.paragraph(), r.userMessage())
                                        .replace(" 157 billion,", ""))
                        .put("summary", "A summary.")
                        .toString())
                : null);
        Path folder = translate("-f", "xliff,json");

        Document xliff = Xml.validatedBySchema(
                folder.resolve("article.xlf"), "/net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd");

        NodeList units = xliff.getElementsByTagNameNS(XLIFF, "trans-unit");
        assertThat(units.getLength()).isEqualTo(sources(folder).size());
        Element file = (Element) xliff.getElementsByTagNameNS(XLIFF, "file").item(0);
        assertThat(file.getAttribute("source-language")).isEqualTo("ar");
        assertThat(file.getAttribute("target-language")).isEqualTo("en");
        List<String> states = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element target = (Element) ((Element) units.item(i))
                    .getElementsByTagNameNS(XLIFF, "target")
                    .item(0);
            states.add(target.getAttribute("state"));
        }
        assertThat(states).containsOnly("translated", "needs-review-translation");
        assertThat(states.get(1)).isEqualTo("needs-review-translation");
        assertThat(units.item(1).getTextContent()).contains("157 مليار in the source is missing");
        assertThat(states.stream().filter("translated"::equals)).hasSize(units.getLength() - 1);
    }

    @Test
    void anEditedXliffChangesExactlyTheEditedParagraphsEverywhere() throws Exception {
        Path folder = translate("-f", "all");
        JsonNode before = record(folder);
        String xlf = Files.readString(folder.resolve("article.xlf"));
        String p3 = before.get("paragraphs").get(3).get("translation").asText();
        String p7 = before.get("paragraphs").get(7).get("translation").asText();
        String edited3 = "In December last year OpenAI dazzled the world with \"12 Days of Shipmas\".";
        String edited7 = "A human's version of paragraph seven, with <angle> & ampersand.";
        xlf = xlf.replace(xmlText(p3), xmlText(edited3)).replace(xmlText(p7), xmlText(edited7));
        Files.writeString(folder.resolve("article.xlf"), xlf);

        CliRun.Result imported = new CliRun(dir).run("import", "out/code-red.ar/article.xlf");

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.err()).contains("2 paragraphs edited (¶3, ¶7)");
        assertThat(imported.out().strip()).isEqualTo("out/code-red.ar");
        JsonNode after = record(folder);
        for (int i = 0; i < before.get("paragraphs").size(); i++) {
            JsonNode was = before.get("paragraphs").get(i);
            JsonNode now = after.get("paragraphs").get(i);
            if (i == 3 || i == 7) {
                assertThat(now.get("translation").asText()).isEqualTo(i == 3 ? edited3 : edited7);
                assertThat(now.get("edited_by").asText()).isEqualTo("human");
                assertThat(now.get("edited_at").asText()).isEqualTo(CliRun.NOW.toString());
                assertThat(now.get("source")).isEqualTo(was.get("source"));
            } else {
                assertThat(now).as("paragraph %d is untouched", i).isEqualTo(was);
            }
        }
        assertThat(after.get("brief")).isEqualTo(before.get("brief"));
        assertThat(after.get("usage")).isEqualTo(before.get("usage"));
        assertThat(after.get("qa").get("paragraphs_edited").asInt()).isEqualTo(2);
        String edited = "✎ Edited by a person on " + CliRun.NOW.toString().substring(0, 10);
        assertThat(Files.readString(folder.resolve("bilingual.html")))
                .contains("with &lt;angle&gt; &amp; ampersand")
                .doesNotContain(p7);
        assertThat(Files.readString(folder.resolve("bilingual.html")).split(java.util.regex.Pattern.quote(edited), -1))
                .as("each edited paragraph says so")
                .hasSize(3);
        assertThat(Files.readString(folder.resolve("bilingual.md"))).contains(edited);
        assertThat(Files.readString(folder.resolve("english.md"))).contains("12 Days of Shipmas");
        assertThat(pdfText(folder.resolve("bilingual.pdf"))).contains("A human's version of paragraph seven");
        assertThat(fake.requests()).as("nothing asked of a model by the import").hasSize(21);

        CliRun.Result again = new CliRun(dir).run("import", "out/code-red.ar/article.xlf");
        assertThat(again.err()).contains("nothing changed");
        assertThat(record(folder)).isEqualTo(after);
    }

    @Test
    void aPersonsEditsSurviveTheNextTranslationWhileTheirSourceIsUnchanged() throws Exception {
        Path folder = translate("-f", "all");
        JsonNode first = record(folder);
        String p3 = first.get("paragraphs").get(3).get("translation").asText();
        String p7 = first.get("paragraphs").get(7).get("translation").asText();
        String edited3 = "In December last year OpenAI dazzled the world with \"12 Days of Shipmas\".";
        String edited7 = "A human's version of paragraph seven.";
        String xlf = Files.readString(folder.resolve("article.xlf"));
        Files.writeString(
                folder.resolve("article.xlf"),
                xlf.replace(xmlText(p3), xmlText(edited3)).replace(xmlText(p7), xmlText(edited7)));
        assertThat(new CliRun(dir).run("import", "out/code-red.ar/article.xlf").exitCode())
                .isEqualTo(ExitCodes.OK);

        // the same article again (its answers from the cache): the person's text stays, in every output
        CliRun.Result again = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "code-red.ar.txt", "-o", "out", "-f", "all");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).contains("2 paragraphs keep the text a person edited");
        JsonNode second = record(folder);
        assertThat(second.at("/paragraphs/3/translation").asText()).isEqualTo(edited3);
        assertThat(second.at("/paragraphs/7/translation").asText()).isEqualTo(edited7);
        assertThat(second.at("/paragraphs/7/edited_by").asText()).isEqualTo("human");
        assertThat(second.at("/qa/paragraphs_edited").asInt()).isEqualTo(2);
        assertThat(Files.readString(folder.resolve("bilingual.html"))).contains("A human&#39;s version");
        assertThat(Files.readString(folder.resolve("article.xlf"))).contains("12 Days of Shipmas");
        assertThat(folder.resolve("versions"))
                .as("nothing lost, nothing to keep")
                .doesNotExist();

        // paragraph 7 changes in the source: its edit no longer fits, and the record holding it is kept
        String source7 = first.at("/paragraphs/7/source").asText();
        Path input = dir.resolve("code-red.ar.txt");
        Files.writeString(input, Files.readString(input).replace(source7, source7 + " وأضاف المتحدث تفاصيل أخرى."));
        CliRun.Result changed = new CliRun(dir)
                .perParagraph()
                .against(fake)
                .run("translate", "code-red.ar.txt", "-o", "out", "-f", "all");
        assertThat(changed.exitCode()).as(changed.err()).isEqualTo(ExitCodes.OK);
        assertThat(changed.err())
                .contains("1 paragraph keeps the text a person edited")
                .contains("1 paragraph a person edited changed in the source")
                .contains("versions/article-");
        JsonNode third = record(folder);
        assertThat(third.at("/paragraphs/3/translation").asText()).isEqualTo(edited3);
        assertThat(third.at("/paragraphs/7/translation").asText()).isNotEqualTo(edited7);
        assertThat(third.at("/paragraphs/7/edited_by").isMissingNode()).isTrue();
        try (Stream<Path> versions = Files.list(folder.resolve("versions"))) {
            assertThat(versions.toList())
                    .singleElement()
                    .satisfies(v -> assertThat(Files.readString(v)).contains(edited7));
        }
    }

    @Test
    void anXliffFromAnotherArticleIsRefused() throws Exception {
        Path folder = translate("-f", "xliff,json");
        String xlf = Files.readString(folder.resolve("article.xlf"));
        String first = sources(folder).get(1);
        Files.writeString(folder.resolve("article.xlf"), xlf.replace(xmlText(first), "نص آخر تماماً"));

        CliRun.Result imported = new CliRun(dir).run("import", "out/code-red.ar/article.xlf");

        assertThat(imported.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(imported.err().strip().lines()).hasSize(1);
        assertThat(imported.err()).contains("unit p1 is not a paragraph of the article");
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The PDF's text as a reader's copy and paste gets it: glyphs in reading order, presentation forms undone. */
    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return normalised(stripper.getText(document));
        }
    }

    /**
     * The source column (left half of every page) read back as a reader of Arabic reads it: the glyphs of each line
     * in their visual order, turned into logical order by ICU's inverse bidi with a right-to-left base. PDFBox's own
     * extraction guesses a line's direction from its leftmost letter, which in an Arabic line ending with a Latin
     * name is Latin, and then scrambles it; the page itself is right (see target/formats/mixed/). Visual to logical
     * is not unique: ICU's two inverse modes differ on a figure beside a Latin word ("GPT-5") or a sign ("27%"), so
     * {@link #readsBack} accepts a paragraph that either recovers exactly.
     */
    static String sourceColumn(Path pdf, int inverseMode) throws IOException {
        return normalised(visualToLogical(pdf, inverseMode));
    }

    /** The source column in logical order, its glyphs as the PDF maps them to characters. */
    static String visualToLogical(Path pdf, int inverseMode) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                float half = page.getMediaBox().getWidth() / 2;
                TreeMap<Integer, List<TextPosition>> lines = new TreeMap<>();
                PDFTextStripper collector = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition glyph) {
                        if (glyph.getXDirAdj() < half) {
                            lines.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>())
                                    .add(glyph);
                        }
                    }
                };
                collector.setStartPage(document.getPages().indexOf(page) + 1);
                collector.setEndPage(document.getPages().indexOf(page) + 1);
                collector.getText(document);
                for (List<TextPosition> line : lines.values()) {
                    line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    StringBuilder visual = new StringBuilder();
                    for (TextPosition glyph : line) {
                        visual.append(glyph.getUnicode());
                    }
                    text.append(logical(visual.toString(), inverseMode)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String logical(String visual, int inverseMode) {
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi();
        bidi.setReorderingMode(inverseMode);
        bidi.setPara(visual, com.ibm.icu.text.Bidi.RTL, null);
        return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
    }

    /** The paragraphs the source column gives back exactly, in logical order, under either inverse mode. */
    static List<String> readsBack(Path pdf, List<String> paragraphs) throws IOException {
        String likeDirect = sourceColumn(pdf, com.ibm.icu.text.Bidi.REORDER_INVERSE_LIKE_DIRECT);
        String numbersAsL = sourceColumn(pdf, com.ibm.icu.text.Bidi.REORDER_INVERSE_NUMBERS_AS_L);
        return paragraphs.stream()
                .filter(p -> likeDirect.contains(normalised(p)) || numbersAsL.contains(normalised(p)))
                .toList();
    }

    static String normalised(String text) {
        // NFKC spells an isolated harakat form (U+FE70…) as a space and the mark: the space is not in the text
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .replaceAll(" (\\p{M})", "$1");
    }

    @Test
    void thePdfReadsBackInLogicalOrderWithJoinedLetters() throws IOException {
        Path folder = translate("-f", "pdf,json");
        Path pdf = folder.resolve("bilingual.pdf");

        List<String> sources = sources(folder);
        assertThat(readsBack(pdf, sources)).containsExactlyElementsOf(sources);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isBetween(2, 4);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(Math.round(a4.getWidth())).isEqualTo(595);
            assertThat(Math.round(a4.getHeight())).isEqualTo(842);
            String text = pdfText(pdf);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            assertThat(text).contains("Sam Altman warned staff.");
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(1).getResources().getFontNames()) {
                fonts.add(document.getPage(1).getResources().getFont(name).getName());
            }
            assertThat(fonts).as("the embedded font sets the page").allMatch(f -> f.contains("Amiri"));
            Path png = Path.of("target", "formats", "code-red", "bilingual-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", png.toFile());
        }
        // shaping happened: what the PDF carries are Arabic presentation forms, joined as the letters are in words
        String glyphs = visualToLogical(pdf, com.ibm.icu.text.Bidi.REORDER_INVERSE_LIKE_DIRECT);
        assertThat(glyphs)
                .containsPattern("[\\uFE70-\\uFEFF]")
                .doesNotContainPattern("[\\u0622-\\u063A\\u0641-\\u064A]");
    }

    @Test
    void aLineMixingArabicWithLatinNamesAndFiguresKeepsItsOrderInThePdf() throws IOException {
        Files.writeString(dir.resolve("mixed.txt"), MIXED + "\n\n" + MIXED_TWO + "\n");
        CliRun.Result result = new CliRun(dir).against(fake).run("translate", "mixed.txt", "-f", "pdf", "-o", "out");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);

        keepForAPerson(dir.resolve("out/mixed"), Path.of("target", "formats", "mixed"));
        List<String> both = List.of(MIXED, MIXED_TWO);
        assertThat(readsBack(dir.resolve("out/mixed/bilingual.pdf"), both)).containsExactlyElementsOf(both);
    }

    @Test
    void letterPaperIsLetterSizedAndAnUnknownPaperIsRefusedBeforeAnyRequest() throws IOException {
        Path folder = translate("-f", "pdf", "--paper", "letter");
        try (PDDocument document =
                Loader.loadPDF(folder.resolve("bilingual.pdf").toFile())) {
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(612);
            assertThat(Math.round(document.getPage(0).getMediaBox().getHeight()))
                    .isEqualTo(792);
        }
        int asked = fake.requests().size();

        CliRun.Result wrong =
                new CliRun(dir).against(fake).run("translate", "code-red.ar.txt", "-f", "pdf", "--paper", "b5");

        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("unknown paper 'b5'; known: a4, letter");
        assertThat(fake.requests()).hasSize(asked);
    }

    @Test
    void theEnglishArticleAndThePlainBriefCarryNoMarkupAndNoSource() throws IOException {
        Path folder = translate("-f", "english,txt,json");
        JsonNode record = record(folder);

        String md = Files.readString(folder.resolve("english.md"));
        String html = Files.readString(folder.resolve("english.html"));
        String txt = Files.readString(folder.resolve("brief.txt"));

        String firstBody = record.get("paragraphs").get(1).get("translation").asText();
        assertThat(md)
                .startsWith("# "
                        + record.get("paragraphs")
                                .get(0)
                                .get("translation")
                                .asText()
                                .replace("_", "\\_"));
        assertThat(md)
                .contains(firstBody)
                .doesNotContain(record.get("paragraphs").get(1).get("source").asText());
        assertThat(html).contains("<p>" + firstBody + "</p>").contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(txt).contains("Key points:", "- OpenAI is valued at 157 billion dollars. (¶1, ¶6)");
        assertThat(txt).doesNotContain("**", "](", "<", "#");
    }

    /** Copies a folder of outputs under target/ so a person can open what the test saw. */
    static void keepForAPerson(Path folder, Path under) throws IOException {
        Files.createDirectories(under);
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                Files.copy(file, under.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
