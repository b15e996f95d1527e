package dev.tarjama.internal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tarjama.api.ReviewDesk;
import dev.tarjama.cli.ExitCodes;
import dev.tarjama.testing.CliRun;
import dev.tarjama.testing.FakeProvider;
import dev.tarjama.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review desk over HTTP: its pages, its API's answers, its access rules and its escaping. */
class ReviewDeskTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "code-red.ar";

    @TempDir
    Path dir;

    private Path out;
    private ReviewDesk desk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void translateTheSample() throws IOException {
        Samples.copyCodeRed(dir, "code-red.ar.txt");
        try (FakeProvider fake = new FakeProvider()) {
            CliRun.Result result = new CliRun(dir)
                    .perParagraph()
                    .against(fake)
                    .run("translate", "code-red.ar.txt", "-o", "out", "-f", "html,json");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        }
        out = dir.resolve("out");
    }

    @AfterEach
    void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    private ReviewDesk start(String token) {
        desk = ReviewDesk.over(out).port(0).token(token).start();
        return desk;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(desk.address().resolve(path));
    }

    private HttpResponse<String> put(String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request =
                at(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private static String body(String translation) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("translation", translation));
    }

    @Test
    void theApiListsReadsAndEditsWithVersions() throws Exception {
        start(null);
        JsonNode list = JSON.readTree(send(at("/api/articles")).body());
        assertThat(list.get("articles")).hasSize(1);
        JsonNode listed = list.get("articles").get(0);
        assertThat(listed.get("folder").asText()).isEqualTo(FOLDER);
        assertThat(listed.get("original_title").asText()).isNotBlank();
        assertThat(listed.get("state").asText()).isEqualTo("done");
        assertThat(listed.has("title") && listed.has("published") && listed.has("flags"))
                .isTrue();
        assertThat(list.get("next").isNull()).isTrue();

        JsonNode record = JSON.readTree(send(at("/api/articles/" + FOLDER)).body());
        assertThat(record.get("paragraphs").size()).isGreaterThan(2);

        String path = "/api/articles/" + FOLDER + "/paragraphs/2";
        HttpResponse<String> read = send(at(path));
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> saved = put(path, body("An editor's sentence about the zebrafish."), etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode paragraph = JSON.readTree(saved.body());
        assertThat(paragraph.get("translation").asText()).isEqualTo("An editor's sentence about the zebrafish.");
        assertThat(paragraph.get("edited_by").asText()).isEqualTo("human");
        assertThat(paragraph.get("model_translation").asText()).isNotBlank();
        assertThat(saved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(Files.readString(out.resolve(FOLDER).resolve("article.json")))
                .contains("zebrafish");
        assertThat(Files.readString(out.resolve(FOLDER).resolve("bilingual.html")))
                .contains("zebrafish");

        assertThat(put(path, body("A second editor, too late."), etag).statusCode())
                .isEqualTo(409);
        assertThat(put(path, body("No version named."), null).statusCode()).isEqualTo(428);
        assertThat(put(path, body("   "), "*").statusCode()).isEqualTo(400);
        assertThat(put(path, body("x".repeat(DeskEdits.LONGEST + 1)), "*").statusCode())
                .isEqualTo(400);
        assertThat(put(path, "{\"translation\": 3}", "*").statusCode()).isEqualTo(400);
        assertThat(put(path, "not json", "*").statusCode()).isEqualTo(400);
        assertThat(put(path, body("y".repeat(300_000)), "*").statusCode()).isEqualTo(413);
        assertThat(put("/api/articles/nope/paragraphs/2", body("text"), "*").statusCode())
                .isEqualTo(404);
        assertThat(put("/api/articles/" + FOLDER + "/paragraphs/999", body("text"), "*")
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(at("/api/articles/nope")).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(send(at(path)).body()).get("translation").asText())
                .contains("zebrafish");
    }

    @Test
    void noUrlLeavesTheOutputRoot() throws Exception {
        start(null);
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        for (String path : new String[] {
            "/a/..%2F..%2Fetc/",
            "/a/..%2Fsecret.txt",
            "/a/%2e%2e/",
            "/a/.tarjama/",
            "/a/" + FOLDER + "/..%2F..%2Fsecret.txt",
            "/api/articles/..%2Fsecret.txt",
            "/assets/..%2F..%2Fsecret.txt"
        }) {
            HttpResponse<String> response = send(at("/").uri(URI.create(desk.address() + path.substring(1))));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("do not serve");
        }
    }

    @Test
    void articleAndModelTextIsShownAsText() throws Exception {
        start(null);
        String path = "/api/articles/" + FOLDER + "/paragraphs/3";
        HttpResponse<String> saved = put(path, body("<script>alert('x')</script> & <b>bold</b>"), "*");
        assertThat(saved.statusCode()).isEqualTo(200);

        String page = send(at("/a/" + FOLDER + "/")).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>bold");
        assertThat(page).contains("Edited by a person");
        String search = send(at("/search?q=bold")).body();
        assertThat(search).contains("<mark>bold</mark>").doesNotContain("<b>bold");
        HttpResponse<String> served = send(at("/a/" + FOLDER + "/"));
        assertThat(served.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'");
    }

    @Test
    void aFormEditNeedsTheDesksFormTokenAndCanBeReverted() throws Exception {
        start(null);
        String page = send(at("/a/" + FOLDER + "/")).body();
        String csrf = field(page, "csrf");
        String etag = field(page.substring(page.indexOf("id=\"p1\"")), "etag");
        String modelText = JSON.readTree(
                        send(at("/api/articles/" + FOLDER + "/paragraphs/1")).body())
                .get("translation")
                .asText();

        HttpResponse<String> forged = send(form("/a/" + FOLDER + "/p/1", "translation=forged&action=save&etag=*"));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> saved = send(form(
                "/a/" + FOLDER + "/p/1",
                "csrf=" + csrf + "&etag=" + enc(etag) + "&action=save&translation=" + enc("A person's text.")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("#p1");
        JsonNode edited = JSON.readTree(
                send(at("/api/articles/" + FOLDER + "/paragraphs/1")).body());
        assertThat(edited.get("translation").asText()).isEqualTo("A person's text.");

        HttpResponse<String> stale = send(form(
                "/a/" + FOLDER + "/p/1",
                "csrf=" + csrf + "&etag=" + enc(etag) + "&action=save&translation=" + enc("Too late.")));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since you opened the page");

        String newEtag = DeskEdits.etag(
                JSON.readTree(Files.readString(out.resolve(FOLDER).resolve("article.json")))
                        .get("paragraphs")
                        .get(1));
        HttpResponse<String> reverted =
                send(form("/a/" + FOLDER + "/p/1", "csrf=" + csrf + "&etag=" + enc(newEtag) + "&action=revert"));
        assertThat(reverted.statusCode()).isEqualTo(303);
        JsonNode back = JSON.readTree(
                send(at("/api/articles/" + FOLDER + "/paragraphs/1")).body());
        assertThat(back.get("translation").asText()).isEqualTo(modelText);
        assertThat(back.get("edited_by").isNull()).isTrue();
    }

    @Test
    void withATokenEveryRequestShowsIt() throws Exception {
        start("desk-token-7Q2");
        HttpResponse<String> api = send(at("/api/articles"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(send(at("/api/articles").header("Authorization", "Bearer wrong"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(at("/api/articles").header("Authorization", "Bearer desk-token-7Q2"))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> page = send(at("/"));
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/login");

        assertThat(send(form("/login", "token=wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> login = send(form("/login", "token=desk-token-7Q2"));
        assertThat(login.statusCode()).isEqualTo(303);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String session = cookie.substring(0, cookie.indexOf(';'));
        assertThat(send(at("/").header("Cookie", session)).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenOnlyLoopbackNamesAreAnswered() throws Exception {
        start(null);
        assertThat(rawStatus("evil.example")).isEqualTo(421);
        assertThat(rawStatus("127.0.0.1:" + desk.port())).isEqualTo(200);
        assertThat(rawStatus("localhost:" + desk.port())).isEqualTo(200);
    }

    @Test
    void aNonLoopbackAddressWithoutATokenIsRefusedWithExitTwo() {
        CliRun.Result result = new CliRun(dir).run("serve", "-o", "out", "--bind", "0.0.0.0", "--port", "0");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("token");
        CliRun.Result missing = new CliRun(dir).run("serve", "-o", "nowhere", "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theListFiltersAndPages() throws Exception {
        start(null);
        assertThat(send(at("/")).body()).contains("/a/" + FOLDER + "/");
        assertThat(send(at("/?flagged=1&state=queued")).body()).doesNotContain("/a/" + FOLDER + "/");
        assertThat(send(at("/?from=2999-01-01")).body()).doesNotContain("/a/" + FOLDER + "/");
        JsonNode none = JSON.readTree(send(at("/api/articles?state=parked")).body());
        assertThat(none.get("articles")).isEmpty();
        assertThat(none.get("total").asInt()).isZero();
    }

    private HttpRequest.Builder form(String path, String body) {
        return at(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String field(String page, String name) {
        String marker = "name=\"" + name + "\" value=\"";
        int start = page.indexOf(marker) + marker.length();
        return page.substring(start, page.indexOf('"', start)).replace("&quot;", "\"");
    }

    private int rawStatus(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", desk.port())) {
            OutputStream o = socket.getOutputStream();
            o.write(("GET /api/articles HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
