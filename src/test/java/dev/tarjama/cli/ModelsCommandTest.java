package dev.tarjama.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tarjama.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
    @TempDir
    Path dir;

    MockWebServer server;
    byte[] model;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        model = new byte[300_000];
        new Random(1).nextBytes(model);
        System.arraycopy("GGUF".getBytes(), 0, model, 0, 4);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private Path models() {
        return dir.resolve(".cache/tarjama/models");
    }

    private static String sha256(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private String url() {
        return server.url("/files/Tiny-Model-Q4_K_M.gguf").toString();
    }

    @Test
    void pullDownloadsVerifiesAndListsAModel() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().write(model)));

        CliRun.Result pulled = new CliRun(dir).run("models", "pull", url(), "--sha256", sha256(model));
        CliRun.Result list = new CliRun(dir).run("models", "list");
        CliRun.Result path = new CliRun(dir).run("models", "path", "tiny-model-q4_k_m");

        assertThat(pulled.exitCode()).as(pulled.err()).isZero();
        assertThat(pulled.out()).contains("tiny-model-q4_k_m").contains(sha256(model) + " (verified)");
        assertThat(Files.readAllBytes(models().resolve("tiny-model-q4_k_m.gguf")))
                .isEqualTo(model);
        assertThat(models().resolve("tiny-model-q4_k_m.gguf.part")).doesNotExist();
        assertThat(list.out()).contains("tiny-model-q4_k_m").contains("tarjama");
        assertThat(path.out().strip())
                .isEqualTo(models().resolve("tiny-model-q4_k_m.gguf").toString());

        CliRun.Result removed = new CliRun(dir).run("models", "rm", "tiny-model-q4_k_m");
        assertThat(removed.exitCode()).isZero();
        assertThat(models().resolve("tiny-model-q4_k_m.gguf")).doesNotExist();
    }

    @Test
    void aDroppedConnectionIsResumedWhereItStopped() throws Exception {
        // the first answer breaks off half way; a request with a Range gets the rest
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String range = request.getHeader("Range");
                if (range == null) {
                    return new MockResponse()
                            .setBody(new Buffer().write(model))
                            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
                }
                int from = Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
                return new MockResponse()
                        .setResponseCode(206)
                        .setHeader("Content-Range", "bytes " + from + "-" + (model.length - 1) + "/" + model.length)
                        .setBody(new Buffer().write(model, from, model.length - from));
            }
        });

        CliRun.Result pulled = new CliRun(dir).run("models", "pull", url(), "--sha256", sha256(model));

        assertThat(pulled.exitCode()).as(pulled.err()).isZero();
        assertThat(Files.readAllBytes(models().resolve("tiny-model-q4_k_m.gguf")))
                .isEqualTo(model);
        assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getHeader("Range")).matches("bytes=\\d+-");
    }

    @Test
    void aChecksumMismatchIsAnErrorAndLeavesNoFile() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().write(model)));

        CliRun.Result pulled = new CliRun(dir).run("models", "pull", url(), "--sha256", "00".repeat(32));

        assertThat(pulled.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(pulled.err())
                .contains("checksum mismatch")
                .contains(sha256(model))
                .doesNotContain("\tat ");
        assertThat(models().resolve("tiny-model-q4_k_m.gguf")).doesNotExist();
        assertThat(models().resolve("tiny-model-q4_k_m.gguf.part")).doesNotExist();
    }

    @Test
    void aMissingFileIsAnErrorAndLeavesNoFile() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("not found"));

        CliRun.Result pulled = new CliRun(dir).run("models", "pull", url());

        assertThat(pulled.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(pulled.err().strip()).isEqualTo("tarjama: " + url() + ": the server answered HTTP 404");
        assertThat(models().resolve("tiny-model-q4_k_m.gguf")).doesNotExist();
    }

    @Test
    void somethingThatIsNotAGgufFileIsRefused() {
        server.enqueue(new MockResponse().setBody("<html>login required</html>"));

        CliRun.Result pulled = new CliRun(dir).run("models", "pull", url());

        assertThat(pulled.exitCode()).isEqualTo(ExitCodes.BACKEND);
        assertThat(pulled.err()).contains("not a GGUF model file");
        assertThat(models().resolve("tiny-model-q4_k_m.gguf")).doesNotExist();
    }

    @Test
    void modelsPulledByOllamaAreFoundThroughTheirManifestsAndUsedInPlace() throws IOException {
        Path ollama = dir.resolve(".ollama/models");
        String digest = "a".repeat(64);
        Files.createDirectories(ollama.resolve("blobs"));
        Files.write(ollama.resolve("blobs/sha256-" + digest), model);
        Path manifest = Files.createDirectories(ollama.resolve("manifests/registry.ollama.ai/library/qwen2.5"))
                .resolve("3b");
        Files.writeString(manifest, """
                {"schemaVersion": 2, "layers": [
                  {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:%s", "size": 300000},
                  {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:%s", "size": 10}]}
                """.formatted(digest, "b".repeat(64)));

        CliRun.Result list = new CliRun(dir).run("models", "list");
        CliRun.Result path = new CliRun(dir).run("models", "path", "ollama:qwen2.5:3b");
        CliRun.Result rm = new CliRun(dir).run("models", "rm", "ollama:qwen2.5:3b");

        assertThat(list.out()).contains("ollama:qwen2.5:3b").contains("ollama");
        assertThat(path.out().strip())
                .isEqualTo(ollama.resolve("blobs/sha256-" + digest).toString());
        assertThat(rm.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(rm.err()).contains("belongs to Ollama");
    }

    @Test
    void anUnknownNameSaysWhereToLook() {
        CliRun.Result pulled = new CliRun(dir).run("models", "pull", "gpt-9-local");

        assertThat(pulled.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pulled.err()).contains("models list --available");
    }
}
