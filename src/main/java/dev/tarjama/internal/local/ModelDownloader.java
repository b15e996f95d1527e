package dev.tarjama.internal.local;

import dev.tarjama.BackendException;
import dev.tarjama.ConfigurationException;
import dev.tarjama.TarjamaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads a GGUF model into the store: into {@code NAME.gguf.part} first, resuming where an interrupted download
 * stopped (an HTTP range request), retrying a dropped connection a few times, checking the SHA-256 when one is
 * expected and the GGUF signature always, and only then renaming it to {@code NAME.gguf}. A failed download
 * never leaves a file under the final name.
 */
public final class ModelDownloader {
    static final String PARTIAL = ".part";
    private static final int MAX_RESUMES = 5;
    private static final byte[] GGUF_MAGIC = {'G', 'G', 'U', 'F'};

    /** Told how far a download is. */
    public interface Progress {
        void started(String name, long totalBytes, long alreadyHave);

        void advanced(long bytes);

        void finished();
    }

    /** The outcome: the model and the SHA-256 of its file. */
    public record Pulled(InstalledModel model, String sha256, boolean verified) {}

    private final OkHttpClient http;
    private final ModelStore store;

    public ModelDownloader(OkHttpClient http, ModelStore store) {
        this.http = http;
        this.store = store;
    }

    /**
     * @param nameOrUrl a catalogue name or an http(s) URL of a GGUF file
     * @param sha256    the expected digest, or {@code null} to take the catalogue's (if any)
     * @throws TarjamaException exit 2 for an unknown name, exit 3 when the download fails or does not verify
     */
    public Pulled pull(String nameOrUrl, String sha256, Progress progress) {
        String url;
        String name;
        String expected = sha256;
        var entry = ModelCatalog.find(nameOrUrl);
        if (entry.isPresent()) {
            url = entry.get().url();
            name = entry.get().name();
            expected = expected != null ? expected : entry.get().sha256();
        } else if (nameOrUrl.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            url = nameOrUrl;
            name = nameFromUrl(nameOrUrl);
        } else {
            throw new ConfigurationException("unknown model '" + nameOrUrl
                    + "'; see 'tarjama models list --available', or give the URL of a GGUF file");
        }
        Path target = store.fileFor(name);
        Path part = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            Files.createDirectories(target.getParent());
            download(url, name, part, progress);
            verifySignature(part, url);
            String actual = digest(part);
            if (expected != null && !expected.equalsIgnoreCase(actual)) {
                Files.deleteIfExists(part);
                throw failure(url + ": checksum mismatch (expected sha256 " + expected.toLowerCase(Locale.ROOT)
                        + ", got " + actual + "); the download was deleted");
            }
            move(part, target);
            return new Pulled(
                    new InstalledModel(name, target, "tarjama", Files.size(target)), actual, expected != null);
        } catch (IOException e) {
            throw failure("cannot store the model in " + target.getParent() + " (" + e.getMessage() + ")");
        }
    }

    private void download(String url, String name, Path part, Progress progress) throws IOException {
        boolean started = false;
        for (int attempt = 0; ; attempt++) {
            long have = Files.exists(part) ? Files.size(part) : 0;
            Request.Builder request = new Request.Builder().url(url).header("User-Agent", "tarjama (model download)");
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
            }
            try (Response response = http.newCall(request.build()).execute()) {
                if (response.code() == 416 && have > 0) {
                    return; // the part is already whole
                }
                if (!response.isSuccessful()) {
                    throw failure(url + ": the server answered HTTP " + response.code());
                }
                boolean resumed = response.code() == 206;
                ResponseBody body = response.body();
                if (body == null) {
                    throw failure(url + ": the server sent no content");
                }
                long total = body.contentLength() < 0 ? -1 : body.contentLength() + (resumed ? have : 0);
                if (!started) {
                    progress.started(name, total, resumed ? have : 0);
                    started = true;
                } else if (!resumed) {
                    progress.started(name, total, 0);
                }
                try (InputStream in = body.byteStream();
                        OutputStream out = Files.newOutputStream(
                                part,
                                StandardOpenOption.CREATE,
                                resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        out.write(buffer, 0, n);
                        progress.advanced(n);
                    }
                }
                if (total >= 0 && Files.size(part) < total) {
                    throw new IOException("the connection closed early");
                }
                progress.finished();
                return;
            } catch (IOException e) {
                if (attempt + 1 >= MAX_RESUMES) {
                    progress.finished();
                    throw failure(url + ": the download keeps failing (" + e.getMessage()
                            + "); run the same command again to resume it");
                }
            }
        }
    }

    private static void verifySignature(Path part, String url) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(part)) {
            if (in.readNBytes(head, 0, 4) < 4 || !java.util.Arrays.equals(head, GGUF_MAGIC)) {
                Files.deleteIfExists(part);
                throw failure(url + ": not a GGUF model file; the download was deleted");
            }
        }
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf" → "qwen2.5-1.5b-instruct-q4_k_m". */
    static String nameFromUrl(String url) {
        String path = URI.create(url).getPath();
        String file = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        String stem = file.toLowerCase(Locale.ROOT)
                .replaceFirst("\\.gguf$", "")
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[.-]+", "");
        return stem.isEmpty() ? "model" : stem;
    }

    private static TarjamaException failure(String message) {
        return new BackendException(message);
    }
}
