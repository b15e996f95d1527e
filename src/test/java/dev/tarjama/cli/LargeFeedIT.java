package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.PseudoTerminal;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed of 25 MB is read in memory proportional to the items used, not to the feed: here 70,000 small items under a
 * 256 MB heap (a whole-document parse of this feed needed more than that and died).
 */
class LargeFeedIT {
    @TempDir
    Path dir;

    @Test
    void aTwentyFiveMegabyteFeedIsReadUnderASmallHeap() throws IOException, InterruptedException {
        Path feed = dir.resolve("big.rss");
        String paragraph =
                "<p>" + "افتتحت القمة الاقتصادية في الرياض اليوم بمشاركة واسعة من المستثمرين، ".repeat(40) + "</p>";
        try (Writer out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            out.write("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
                    + "xmlns:content='http://purl.org/rss/1.0/modules/content/' "
                    + "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>أخبار</title>");
            for (int i = 0; Files.size(feed) < 25L * 1024 * 1024 || i < 10; i++) {
                out.write("<item><title>خبر رقم " + i + "</title><guid>urn:" + i + "</guid><pubDate>"
                        + String.format("Mon, %02d Nov 2026 %02d:%02d:00 GMT", 1 + i % 28, i / 60 % 24, i % 60)
                        + "</pubDate><content:encoded><![CDATA[" + paragraph + paragraph
                        + "]]></content:encoded></item>");
                if (i % 2000 == 0) {
                    out.flush();
                }
            }
            out.write("</channel></rss>");
        }
        assertThat(Files.size(feed)).isGreaterThan(25L * 1024 * 1024);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-jar",
                        PseudoTerminal.jar().toString(),
                        "extract",
                        "big.rss",
                        "--limit",
                        "3",
                        "--json"))
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(run.exitValue()).as(err).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).hasSize(3);
    }
}
