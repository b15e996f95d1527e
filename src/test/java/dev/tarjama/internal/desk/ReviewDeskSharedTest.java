package dev.tarjama.internal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.Cancellation;
import dev.tarjama.api.ReviewDesk;
import dev.tarjama.api.SharedDatabase;
import dev.tarjama.cli.ExitCodes;
import dev.tarjama.internal.store.Database;
import dev.tarjama.internal.store.DatabaseUrl;
import dev.tarjama.internal.store.JdbcLedger;
import dev.tarjama.internal.store.Ledger;
import dev.tarjama.internal.store.LedgerEntries;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Postgres;
import dev.tarjama.testing.Samples;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk over the root of watch workers sharing PostgreSQL: states from the shared ledger, search in PostgreSQL. */
class ReviewDeskSharedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void statesComeFromTheSharedLedgerAndSearchRunsInPostgresql() throws Exception {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        try (FakeProvider fake = new FakeProvider()) {
            CliRun.Result result =
                    new CliRun(dir).perParagraph().against(fake).run("translate", "code-red.ar.txt", "-o", "out");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        }
        HttpClient http = HttpClient.newHttpClient();
        try (Postgres server = Postgres.start(dir.resolve("pg"))) {
            String url = server.newDatabase();
            try (Database db = Database.open(DatabaseUrl.parse(url, null));
                    Ledger ledger = JdbcLedger.postgresql(db)) {
                ledger.save(LedgerEntries.done("https://example.org/rss", "urn:a", "out/code-red.ar", Instant.now()));
            }
            try (SharedDatabase shared = SharedDatabase.open(url, null, message -> {}, new Cancellation());
                    ReviewDesk desk = ReviewDesk.over(dir.resolve("out"))
                            .port(0)
                            .sharing(shared)
                            .start()) {
                JsonNode list = JSON.readTree(get(http, desk, "/api/articles"));
                assertThat(list.get("articles").get(0).get("state").asText()).isEqualTo("done");

                String path = "/api/articles/code-red.ar/paragraphs/2";
                String body = JSON.writeValueAsString(
                        JSON.createObjectNode().put("translation", "The quokka <census> was published."));
                HttpResponse<String> saved = http.send(
                        HttpRequest.newBuilder(desk.address().resolve(path))
                                .header("If-Match", "*")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(saved.statusCode()).isEqualTo(200);

                String page = get(http, desk, "/search?q=quokka");
                assertThat(page)
                        .contains("<mark>quokka</mark>")
                        .contains("&lt;census&gt;")
                        .contains("/a/code-red.ar/#p2");
                assertThat(get(http, desk, "/search?q=" + java.net.URLEncoder.encode("\"unbalanced OR", "UTF-8")))
                        .contains("0 paragraphs");
                String arabic = JSON.readTree(get(http, desk, "/api/articles/code-red.ar/paragraphs/1"))
                        .get("source")
                        .asText()
                        .split("\\s+")[1];
                assertThat(get(http, desk, "/search?q=" + java.net.URLEncoder.encode(arabic, "UTF-8")))
                        .contains("<mark>" + arabic + "</mark>");
            }
        }
    }

    private static String get(HttpClient http, ReviewDesk desk, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(desk.address().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
