package dev.tarjama.article;

import dev.tarjama.TarjamaException;
import dev.tarjama.http.HttpClients;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads an article's bytes from a file, from an http(s) URL, or from bytes in hand. */
public final class ArticleFetcher {
    /** Articles are a few kilobytes; anything past this is not an article. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private final HttpClients http;

    public ArticleFetcher(HttpClients http) {
        this.http = http;
    }

    public ArticleBytes fetch(ArticleSource source) {
        if (source instanceof ArticleSource.Bytes bytes) {
            return new ArticleBytes(bytes.name(), limited(bytes.bytes(), bytes.name()), bytes.contentType());
        }
        if (source instanceof ArticleSource.Url url) {
            return download(url.url());
        }
        ArticleSource.File file = (ArticleSource.File) source;
        return readFile(file.path(), file.name());
    }

    private static byte[] limited(byte[] bytes, String what) {
        if (bytes.length > MAX_BYTES) {
            throw TarjamaException.input(what + ": larger than " + (MAX_BYTES >> 20) + " MiB, not an article");
        }
        return bytes;
    }

    private ArticleBytes readFile(Path path, String input) {
        if (Files.isDirectory(path)) {
            throw TarjamaException.input(input + ": is a directory, not an article file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new ArticleBytes(input, readLimited(in, input), null);
        } catch (NoSuchFileException e) {
            throw TarjamaException.input(input + ": no such file");
        } catch (IOException e) {
            throw TarjamaException.input(input + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private ArticleBytes download(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw TarjamaException.input(url + ": not a valid URL");
        }
        Request request = new Request.Builder()
                .url(uri.toString())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .header("User-Agent", "tarjama (news translation)")
                .build();
        try (Response response = http.forUrl(url).newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw TarjamaException.input(url + ": the server answered HTTP " + response.code());
            }
            ResponseBody body = response.body();
            if (body == null) {
                throw TarjamaException.input(url + ": the server sent no content");
            }
            String contentType =
                    body.contentType() == null ? null : body.contentType().toString();
            return new ArticleBytes(url, readLimited(body.byteStream(), url), contentType);
        } catch (IOException e) {
            throw TarjamaException.input(url + ": cannot be downloaded (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readLimited(InputStream in, String what) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw TarjamaException.input(what + ": larger than " + (MAX_BYTES >> 20) + " MiB, not an article");
            }
            return bytes;
        } catch (IOException e) {
            throw TarjamaException.input(what + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
