package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tarjama extract} as a reader uses it: the headline first, then the text as a reader sees it. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void theHeadlineComesFirstAndInvisibleCharactersAreGone() throws IOException {
        Files.writeString(
                dir.resolve("de.html"),
                "<html><head><title>Seite</title></head><body><nav><a href='/'>Start</a></nav><article>"
                        + "<h1>Markt\u00ADtag in der Alt\u00ADstadt</h1>"
                        + "<p>Wäh\u00ADrend die Besucher durch die Gassen schlen\u00ADdern, bieten die Händler"
                        + " Obst, Gemüse und Käse aus der Region an, wie jedes Jahr im Herbst.</p>"
                        + "<p>Der Markt\u200B ist bis zum Abend geöffnet; der Eintritt ist frei, sagte die"
                        + " Stadtverwaltung am Freitag.</p></article></body></html>");
        Files.writeString(
                dir.resolve("ar.html"),
                "<html><body><article><h1>\uFEFFافتتاح معرض الكتاب</h1>"
                        + "<p>افتتح وزير الثقافة\u200B معرض الكتاب الدولي صباح اليوم بمشاركة أكثر من مئتي دار نشر"
                        + " من عشرين دولة، ويستمر المعرض عشرة أيام.</p>"
                        + "<p>وقال المنظمون إن عدد الزوار تجاوز التوقعات في اليوم الأول، وإن الإقبال كان كبيرا على"
                        + " كتب الأطفال.</p></article></body></html>");

        CliRun.Result german = new CliRun(dir).run("extract", "de.html");
        CliRun.Result arabic = new CliRun(dir).run("extract", "ar.html");

        assertThat(german.exitCode()).as(german.err()).isZero();
        List<String> lines = german.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Markttag in der Altstadt");
        assertThat(lines.get(1)).startsWith("Während die Besucher durch die Gassen schlendern,");
        assertThat(german.out()).doesNotContain("\u00AD", "\u200B").doesNotContain("Start");
        assertThat(arabic.exitCode()).as(arabic.err()).isZero();
        assertThat(arabic.out().lines().findFirst().orElseThrow()).isEqualTo("افتتاح معرض الكتاب");
        assertThat(arabic.out()).doesNotContain("\uFEFF", "\u200B").contains("وزير الثقافة معرض");
    }
}
