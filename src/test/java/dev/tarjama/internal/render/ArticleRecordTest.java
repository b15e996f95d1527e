package dev.tarjama.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.model.Article;
import dev.tarjama.model.BackendInfo;
import dev.tarjama.model.Brief;
import dev.tarjama.model.Flag;
import dev.tarjama.model.GlossaryEntry;
import dev.tarjama.model.Paragraph;
import dev.tarjama.model.ParagraphKind;
import dev.tarjama.model.ParagraphStatus;
import dev.tarjama.model.SourceInfo;
import dev.tarjama.model.TranslatedArticle;
import dev.tarjama.model.TranslatedParagraph;
import dev.tarjama.model.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** article.json written and read back by its one mapper: the record survives the round trip field for field. */
class ArticleRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-29T10:15:30Z");

    @TempDir
    Path dir;

    /** An article with every kind of content a record holds: a title, a cut paragraph, a flag, an edit, a failure. */
    static TranslatedArticle article() {
        return article(
                "الجملة الأولى. الجملة الثانية.",
                List.of("الجملة الأولى.", "الجملة الثانية."),
                "The first sentence. The second sentence.");
    }

    /** The same article with another second paragraph. */
    static TranslatedArticle article(String source, List<String> segments, String translation) {
        Paragraph title = new Paragraph(0, ParagraphKind.TITLE, "كود أحمر", List.of("كود أحمر"));
        Paragraph cut = new Paragraph(1, ParagraphKind.BODY, source, segments);
        Paragraph heading = new Paragraph(2, ParagraphKind.HEADING, "عنوان فرعي", List.of("عنوان فرعي"));
        Paragraph lost = new Paragraph(3, ParagraphKind.BODY, "فقرة لم تترجم", List.of("فقرة لم تترجم"));
        Article article = new Article(
                "code-red.ar.txt",
                "كود أحمر",
                "ar",
                "UTF-8",
                List.of(title, cut, heading, lost),
                new SourceInfo("https://example.com/a", "https://example.com/a?c", "2026-11-28", "Reporter", "Outlet"));
        List<TranslatedParagraph> paragraphs = List.of(
                new TranslatedParagraph(
                        title, "Code Red", "The title.", ParagraphStatus.OK, null, List.of(), false, null),
                new TranslatedParagraph(
                        cut,
                        translation,
                        "Two sentences.",
                        ParagraphStatus.OK,
                        null,
                        List.of(new Flag("numbers", "157 مليار is missing")),
                        true,
                        null),
                new TranslatedParagraph(
                        heading, "A subheading", "A heading.", ParagraphStatus.OK, null, List.of(), false, AT),
                new TranslatedParagraph(
                        lost,
                        null,
                        null,
                        ParagraphStatus.FAILED,
                        "not translated: the run was interrupted",
                        List.of(),
                        false,
                        null));
        Brief brief = new Brief(
                "OpenAI declares Code Red",
                "A summary.",
                List.of(new Brief.KeyPoint("A point", List.of(1), List.of())),
                List.of(new Brief.KeyFigure("157 billion dollars", "valuation", List.of(1), List.of("not in ¶1"))),
                List.of(new Brief.Entity("Sam Altman", "سام ألتمان", "person")));
        return new TranslatedArticle(
                        article,
                        "en",
                        new BackendInfo("openai", "gpt-4.1-mini", "https://api.openai.com/v1"),
                        Map.of("brief", "brief-3", "translate", "translate-4"),
                        AT,
                        paragraphs,
                        brief,
                        null,
                        new Usage(2, 1, 3, 3412, 2650, 100, 1918, 0.0056),
                        true,
                        List.of(new GlossaryEntry("سام ألتمان", "Sam Altman", "person", "", "article")))
                .placed(new TranslatedArticle.Placement("code-red.ar", "/home/me/code-red.ar.txt"));
    }

    @Test
    void aRecordReadBackIsTheArticleItWasWrittenFrom() throws Exception {
        TranslatedArticle written = article();
        Path file = dir.resolve("article.json");
        Files.writeString(file, ArticleRecord.write(written));

        TranslatedArticle read = ArticleRecord.read(file);

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        assertThat(ArticleRecord.write(read)).isEqualTo(Files.readString(file));
    }

    @Test
    void theRecordKeepsTheContractsFieldNames() throws Exception {
        var record = JSON.readTree(ArticleRecord.write(article()));

        assertThat(record.fieldNames())
                .toIterable()
                .contains(
                        "source",
                        "target_language",
                        "backend",
                        "prompts",
                        "created_at",
                        "paragraphs",
                        "brief",
                        "brief_error",
                        "glossary",
                        "qa",
                        "usage",
                        "interrupted",
                        "output");
        assertThat(record.path("paragraphs").get(1).path("segments").asInt()).isEqualTo(2);
        assertThat(record.path("paragraphs").get(2).path("edited_by").asText()).isEqualTo("human");
        assertThat(record.path("paragraphs").get(3).path("translation").isNull())
                .isTrue();
        assertThat(record.path("qa").path("flags_by_check").path("numbers").asInt())
                .isEqualTo(1);
        assertThat(record.path("output").path("input_id").asText()).isEqualTo("/home/me/code-red.ar.txt");
        assertThat(record.toString()).doesNotContain("api_key").doesNotContain("sk-");
    }
}
