package dev.tarjama.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.model.TranslatedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Arabic face written once per output root, linked by every page under it, embedded only on request. */
class SharedAssetsTest {
    @TempDir
    Path root;

    private static final List<OutputFormat> PAGES = Formats.select(List.of("html", "english"));

    @Test
    void aHundredArticlesInOneRootHoldOneCopyOfTheFontAndEachPageLinksIt() throws IOException {
        OutputWriter writer = new OutputWriter(PAGES, new SharedAssets(root));
        TranslatedArticle article = ArticleRecordTest.article();
        for (int i = 0; i < 100; i++) {
            writer.write(article, root.resolve("article-" + i));
        }

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(f -> f.toString().endsWith(".ttf")))
                    .containsExactly(root.resolve("assets/amiri-regular.ttf"));
        }
        assertThat(Files.readAllBytes(root.resolve("assets/amiri-regular.ttf"))).isEqualTo(font());
        assertThat(root.resolve("assets/OFL.txt")).content().contains("SIL OPEN FONT LICENSE");
        for (String page : List.of("bilingual.html", "english.html")) {
            String html = Files.readString(root.resolve("article-7").resolve(page));
            assertThat(html).contains("url(\"../assets/amiri-regular.ttf\")").doesNotContain("data:font/");
            assertThat(html.length()).as(page).isLessThan(20_000);
        }
    }

    @Test
    void anIdenticalFontIsLeftAloneAndADifferentOneReplaced() throws IOException {
        OutputWriter writer = new OutputWriter(PAGES, new SharedAssets(root));
        writer.write(ArticleRecordTest.article(), root.resolve("a"));
        Path font = root.resolve("assets/amiri-regular.ttf");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(font, old);

        writer.write(ArticleRecordTest.article(), root.resolve("b"));
        assertThat(Files.getLastModifiedTime(font))
                .as("identical: not written again")
                .isEqualTo(old);

        Files.write(font, new byte[] {1, 2, 3}); // an older version's font, or a damaged one
        writer.write(ArticleRecordTest.article(), root.resolve("c"));
        assertThat(Files.readAllBytes(font)).isEqualTo(font());
        try (Stream<Path> files = Files.list(root.resolve("assets"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("amiri-regular.ttf", "OFL.txt");
        }
    }

    @Test
    void aPageOutsideAnyRootOrAskedToTravelAloneCarriesItsFont() throws IOException {
        new OutputWriter(PAGES).write(ArticleRecordTest.article(), root.resolve("alone"));

        String html = Files.readString(root.resolve("alone/bilingual.html"));
        assertThat(html).contains("data:font/ttf;base64,").doesNotContain("assets/");
        assertThat(root.resolve("assets")).doesNotExist();
    }

    @Test
    void theWatchPagesAtTheRootLinkTheSameCopy() {
        String index = WatchPages.indexHtml(
                List.of(), "cycle", java.time.Instant.EPOCH, new PageFont("assets/amiri-regular.ttf"));
        assertThat(index).contains("url(\"assets/amiri-regular.ttf\")");
    }

    private static byte[] font() throws IOException {
        try (InputStream in = ArabicFont.regular()) {
            return in.readAllBytes();
        }
    }
}
