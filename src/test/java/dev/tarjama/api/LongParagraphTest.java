package dev.tarjama.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.ArticleSource;
import dev.tarjama.GlossaryMode;
import dev.tarjama.Options;
import dev.tarjama.model.Article;
import dev.tarjama.testing.FaithfulChatModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One paragraph of a megabyte: cut into segments everywhere, and no request — a paragraph batch, the glossary pass, a
 * brief or a part of one — larger than the context budget, whatever the article's shape.
 */
class LongParagraphTest {
    private static final String[] WORDS = {
        "افتتحت", "القمة", "الاقتصادية", "في", "الرياض", "اليوم", "بمشاركة", "واسعة", "من", "رجال", "الأعمال",
        "وقال", "المسؤولون", "إن", "الخط", "الجديد", "سيخدم", "سكان", "المدينة", "كلها", "وأعلنت", "الحكومة"
    };

    /** A title, then one paragraph of about a megabyte, in sentences; or, {@code spaced} false, in one word. */
    static String article(boolean spaced) {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder("عنوان المقال\n\n");
        while (text.length() < 550_000) {
            for (int i = 0, n = 8 + random.nextInt(12); i < n; i++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(spaced ? " " : "");
            }
            text.append(spaced ? ". " : "");
        }
        return text.append('\n').toString();
    }

    private static void everyRequestFits(String text, int contextTokens) {
        try (Tarjama tarjama = Tarjama.builder()
                .chatModel(new FaithfulChatModel(), "in-memory")
                .options(Options.builder()
                        .contextTokens(contextTokens)
                        .glossaryMode(GlossaryMode.PASS)
                        .build())
                .build()) {
            Article article = tarjama.load(ArticleSource.text("long.txt", text));
            assertThat(article.paragraphs()).hasSize(2);
            assertThat(article.paragraphs().get(1).segments())
                    .as("cut into segments")
                    .hasSizeGreaterThan(100)
                    .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(1500));

            DryRun plan = tarjama.plan(article);

            assertThat(plan.requests())
                    .filteredOn(r -> r.label().startsWith("brief"))
                    .hasSizeGreaterThan(1);
            assertThat(plan.requests())
                    .filteredOn(r -> r.label().startsWith("glossary"))
                    .hasSizeGreaterThan(1);
            assertThat(plan.requests())
                    .allSatisfy(r -> assertThat(r.inputTokens() + r.outputTokens())
                            .as(r.label())
                            .isLessThanOrEqualTo(contextTokens));
        }
    }

    @Test
    void aMegabyteParagraphInSentencesFitsEveryRequestInTheContext() {
        everyRequestFits(article(true), Options.Translation.DEFAULT_CONTEXT_TOKENS);
        everyRequestFits(article(true), 8_000);
    }

    @Test
    void aMegabyteParagraphWithoutASpaceFitsToo() {
        everyRequestFits(article(false), 8_000);
    }
}
