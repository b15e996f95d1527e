package dev.tarjama.internal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.api.ReviewDesk;
import dev.tarjama.cli.ExitCodes;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.FakeSite;
import dev.tarjama.testing.RssFixture;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk beside a running watch: 50 edits sent at once, each as a client sends it (read the paragraph's version,
 * put the text with it, read again and retry on a conflict), while the watch translates the feed twice more with a
 * paragraph added each time. Every edit is saved once, none is lost to the watch's new translation, nothing fails.
 */
class DeskBesideWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EDITS = 50;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Each item's body in paragraphs, {@code extra} more of them at the end. */
    private static String[] bodies(int extra) {
        String[] base = RssFixture.bodies();
        String[] bodies = new String[base.length];
        for (int i = 0; i < base.length; i++) {
            StringBuilder body = new StringBuilder(base[i]);
            for (String other : base) {
                if (!other.equals(base[i])) {
                    body.append("</p><p>").append(other, 0, other.length() - 1).append(" أيضا.");
                }
            }
            for (int k = 0; k < extra; k++) {
                body.append("</p><p>وفي تطور لاحق، أعلن المنظمون عن برنامج إضافي رقم ")
                        .append(k + 1)
                        .append(".");
            }
            bodies[i] = body.toString();
        }
        return bodies;
    }

    @Test
    void editsAndWatchCyclesNeverOverwriteEachOther() throws Exception {
        try (FakeSite site = new FakeSite();
                FakeProvider fake = new FakeProvider()) {
            serve(site, 0);
            assertThat(watchOnce(site, fake).exitCode()).isEqualTo(ExitCodes.OK);
            Path out = dir.resolve("out");
            try (ReviewDesk desk = ReviewDesk.over(out).port(0).start()) {
                List<String> paragraphs = editable(desk);
                assertThat(paragraphs.size()).isGreaterThanOrEqualTo(6);

                CompletableFuture<List<Integer>> cycles = CompletableFuture.supplyAsync(() -> {
                    List<Integer> codes = new ArrayList<>();
                    for (int cycle = 1; cycle <= 2; cycle++) {
                        serve(site, cycle);
                        codes.add(watchOnce(site, fake).exitCode());
                    }
                    return codes;
                });
                Map<String, String> lastSaved = new ConcurrentHashMap<>();
                Map<String, String> lastEtag = new ConcurrentHashMap<>();
                AtomicInteger saved = new AtomicInteger();
                AtomicInteger conflicts = new AtomicInteger();
                List<Integer> failures = new ArrayList<>();
                ExecutorService editors = Executors.newFixedThreadPool(8);
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < EDITS; i++) {
                    int edit = i;
                    running.add(editors.submit(() -> {
                        String path = paragraphs.get(edit % paragraphs.size());
                        String text = "Edit number " + edit + " by an editor.";
                        Thread.sleep(new Random(edit).nextInt(40));
                        for (int attempt = 0; attempt < 50; attempt++) {
                            HttpResponse<String> read = get(desk, path);
                            String etag = read.headers().firstValue("ETag").orElseThrow();
                            HttpResponse<String> put = put(desk, path, text, etag);
                            if (put.statusCode() == 200) {
                                saved.incrementAndGet();
                                synchronized (lastSaved) {
                                    lastSaved.merge(path, text, (a, b) -> b);
                                    lastEtag.put(
                                            path,
                                            put.headers().firstValue("ETag").orElseThrow());
                                }
                                return null;
                            }
                            if (put.statusCode() == 409) {
                                conflicts.incrementAndGet();
                                continue;
                            }
                            synchronized (failures) {
                                failures.add(put.statusCode());
                            }
                            return null;
                        }
                        throw new AssertionError("edit " + edit + " never got through");
                    }));
                }
                for (Future<?> edit : running) {
                    edit.get();
                }
                editors.shutdown();
                assertThat(cycles.get()).containsExactly(ExitCodes.OK, ExitCodes.OK);
                assertThat(failures).as("answers other than 200 and 409").isEmpty();
                assertThat(saved.get()).as("edits saved").isEqualTo(EDITS);

                // nothing lost: each edited paragraph holds an edit, its last one unless a later save superseded it
                for (String path : paragraphs) {
                    JsonNode now = JSON.readTree(get(desk, path).body());
                    assertThat(now.get("edited_by").asText()).as(path).isEqualTo("human");
                    assertThat(now.get("translation").asText()).as(path).startsWith("Edit number ");
                }
                int edited = 0;
                for (Path record : records(out)) {
                    for (JsonNode p : JSON.readTree(record.toFile()).get("paragraphs")) {
                        edited += p.path("edited_by").asText().equals("human") ? 1 : 0;
                    }
                    assertThat(Files.readString(record.resolveSibling("bilingual.html"), StandardCharsets.UTF_8))
                            .contains("Edit number ");
                    // the watch's second cycle published its new translation of the folder
                    assertThat(Files.readString(record, StandardCharsets.UTF_8)).contains("برنامج إضافي رقم 2");
                }
                assertThat(edited).isEqualTo(paragraphs.size());
                System.out.println("desk beside a watch: " + EDITS + " edits saved, " + conflicts.get()
                        + " conflicts answered 409 and retried, two watch cycles");
            }
        }
    }

    private void serve(FakeSite site, int extra) {
        site.page(
                "/feed.xml",
                "application/rss+xml",
                RssFixture.rss(site, bodies(extra), -1).getBytes(StandardCharsets.UTF_8));
    }

    private CliRun.Result watchOnce(FakeSite site, FakeProvider fake) {
        return new CliRun(dir)
                .ticking()
                .against(fake)
                .run(
                        "watch",
                        "--once",
                        "--no-glossary",
                        "-o",
                        "out",
                        "--feed",
                        site.url("/feed.xml"),
                        "--allow-private-network");
    }

    /** The API paths of every body paragraph of every article. */
    private List<String> editable(ReviewDesk desk) throws Exception {
        List<String> paths = new ArrayList<>();
        JsonNode list = JSON.readTree(get(desk, "/api/articles").body());
        for (JsonNode article : list.get("articles")) {
            String folder = article.get("folder").asText();
            JsonNode record = JSON.readTree(get(desk, "/api/articles/" + folder).body());
            for (JsonNode p : record.get("paragraphs")) {
                if (p.get("kind").asText().equals("body")) {
                    paths.add("/api/articles/" + folder + "/paragraphs/"
                            + p.get("index").asInt());
                }
            }
        }
        return paths;
    }

    private static List<Path> records(Path out) throws Exception {
        try (var folders = Files.list(out)) {
            return folders.map(f -> f.resolve("article.json"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
    }

    private HttpResponse<String> get(ReviewDesk desk, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(desk.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(ReviewDesk desk, String path, String text, String etag) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("translation", text));
        return http.send(
                HttpRequest.newBuilder(desk.address().resolve(path))
                        .header("Content-Type", "application/json")
                        .header("If-Match", etag)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
