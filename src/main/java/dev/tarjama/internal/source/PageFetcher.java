package dev.tarjama.internal.source;

import dev.tarjama.InputException;
import dev.tarjama.TarjamaException;
import dev.tarjama.internal.http.HttpClients;
import dev.tarjama.internal.http.Validators;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches web pages and feeds under a {@link FetchPolicy}: redirects followed one by one (never to a scheme other than
 * http or https, never more than the policy allows), links and redirects refused when they lead to a private address,
 * bodies read up to a cap after decompression, and anything that is not text (an image, a PDF) refused by its type.
 * Every failure is an {@link dev.tarjama.InputException} of one line naming the address.
 */
public final class PageFetcher {
    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,"
                    + "text/plain;q=0.8,*/*;q=0.1";

    private final HttpClients http;
    private final FetchPolicy policy;

    public PageFetcher(HttpClients http, FetchPolicy policy) {
        this.http = http;
        this.policy = policy;
    }

    /** How an address reached tarjama: typed by the user, or found in a feed or a redirect. */
    public enum Origin {
        NAMED,
        LINKED
    }

    /** @throws dev.tarjama.InputException when the address cannot be fetched or holds no text */
    public ArticleBytes fetch(String address, Origin origin) {
        return fetch(address, origin, Validators.NONE).orElseThrow();
    }

    /**
     * Fetches a named address unless it is still the version {@code known} identifies: empty when the server answers
     * 304 Not Modified.
     *
     * @throws dev.tarjama.InputException when the address cannot be fetched or holds no text
     */
    public Optional<ArticleBytes> fetchIfChanged(String address, Validators known) {
        return fetch(address, Origin.NAMED, known);
    }

    private Optional<ArticleBytes> fetch(String address, Origin origin, Validators known) {
        HttpUrl named = parse(address);
        HttpUrl url = named;
        for (int hop = 0; ; hop++) {
            // the user vouches for the address they typed and for its own site; not for where it sends them
            boolean guarded = !policy.allowPrivateNetwork() && (origin == Origin.LINKED || !sameOrigin(url, named));
            if (guarded) {
                refuseLiteralPrivateAddress(address, url);
            }
            Request.Builder request = new Request.Builder()
                    .url(url)
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", ACCEPT);
            if (known.etag() != null) {
                request.header("If-None-Match", known.etag());
            }
            if (known.lastModified() != null) {
                request.header("If-Modified-Since", known.lastModified());
            }
            Hop result = call(address, client(url, guarded), request.build());
            if (result.notModified()) {
                return Optional.empty();
            }
            if (result.redirect() == null) {
                return Optional.of(new ArticleBytes(
                        address, result.bytes(), result.contentType(), url.toString(), result.validators()));
            }
            if (hop >= policy.maxRedirects()) {
                throw new InputException(address + ": more than " + policy.maxRedirects() + " redirects");
            }
            url = redirectTarget(address, url, result.redirect());
        }
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
    }

    private record Hop(byte[] bytes, String contentType, String redirect, Validators validators, boolean notModified) {
        static Hop redirect(String location) {
            return new Hop(null, null, location, Validators.NONE, false);
        }
    }

    private OkHttpClient client(HttpUrl url, boolean guarded) {
        OkHttpClient.Builder builder = http.forUrl(url.toString())
                .newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(policy.connectTimeout())
                .readTimeout(policy.readTimeout())
                .callTimeout(policy.callTimeout());
        if (guarded) {
            builder.dns(new PublicAddresses());
        }
        return builder.build();
    }

    private Hop call(String address, OkHttpClient client, Request request) {
        try {
            return http.execute(client.newCall(request), response -> read(address, response));
        } catch (PublicAddresses.PrivateAddressException e) {
            throw new InputException(
                    address + ": refused: " + e.getMessage() + " (--allow-private-network permits it)");
        } catch (SocketTimeoutException e) {
            throw new InputException(address + ": the server did not answer in time");
        } catch (UnknownHostException e) {
            throw new InputException(address + ": unknown host " + request.url().host());
        } catch (InterruptedIOException e) {
            // OkHttp's call timeout ends a call with an InterruptedIOException saying "timeout"
            throw new InputException(
                    "timeout".equals(e.getMessage())
                            ? address + ": the server did not answer in time"
                            : address + ": the download was cut short (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(address + ": cannot be downloaded (" + e.getMessage() + ")");
        }
    }

    private Hop read(String address, Response response) throws IOException {
        if (response.isRedirect()) {
            String location = response.header("Location");
            if (location == null || location.isBlank()) {
                throw new InputException(address + ": the server redirected without saying where to");
            }
            return Hop.redirect(location);
        }
        if (response.code() == 304) {
            return new Hop(null, null, null, Validators.NONE, true);
        }
        if (!response.isSuccessful()) {
            throw new InputException(address + ": the server answered HTTP " + response.code());
        }
        ResponseBody body = response.body();
        String contentType = body == null || body.contentType() == null
                ? null
                : body.contentType().toString();
        refuseNonText(address, contentType);
        if (body == null) {
            throw new InputException(address + ": the server sent no content");
        }
        long declared = body.contentLength();
        if (declared > policy.maxBytes()) {
            throw tooLarge(address);
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
            if (bytes.length > policy.maxBytes()) {
                throw tooLarge(address);
            }
            if (bytes.length == 0) {
                throw new InputException(address + ": the server sent an empty page");
            }
            Validators validators = new Validators(response.header("ETag"), response.header("Last-Modified"));
            return new Hop(bytes, contentType, null, validators, false);
        }
    }

    private TarjamaException tooLarge(String address) {
        return new InputException(address + ": larger than " + Sizes.describe(policy.maxBytes())
                + ", not an article (--max-page-size raises the limit)");
    }

    /** Refuses bodies that are not text: an image, a video, a PDF, an archive. */
    private static void refuseNonText(String address, String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        boolean text = type.startsWith("text/")
                || type.contains("html")
                || type.contains("xml")
                || type.contains("rss")
                || type.contains("atom");
        if (!text) {
            String bare = type.split(";")[0].strip();
            throw new InputException(address + ": the server sent " + bare + ", not a web page or a feed");
        }
    }

    private static HttpUrl parse(String address) {
        String scheme = address.contains(":")
                ? address.substring(0, address.indexOf(':')).toLowerCase(Locale.ROOT)
                : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(address + ": only http and https addresses are fetched");
        }
        HttpUrl url = HttpUrl.parse(address);
        if (url == null) {
            throw new InputException(address + ": not a valid URL");
        }
        return url;
    }

    private static HttpUrl redirectTarget(String address, HttpUrl from, String location) {
        String scheme = location.contains(":")
                ? location.substring(0, location.indexOf(':')).toLowerCase(Locale.ROOT)
                : "";
        boolean absolute = scheme.matches("[a-z][a-z0-9+.-]*") && !location.startsWith("/");
        if (absolute && !scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(address + ": refused a redirect to a " + scheme + ": address");
        }
        HttpUrl next = from.resolve(location);
        if (next == null) {
            throw new InputException(address + ": the server redirected to an invalid address");
        }
        return next;
    }

    /** OkHttp connects to an address written as digits without asking the resolver, so those are checked here. */
    private static void refuseLiteralPrivateAddress(String address, HttpUrl url) {
        String host = url.host();
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return;
        }
        try {
            InetAddress literal = InetAddress.getByName(host);
            if (!PublicAddresses.isPublic(literal)) {
                throw new InputException(address + ": refused: " + host
                        + " is an address on this machine or its private network (--allow-private-network permits it)");
            }
        } catch (UnknownHostException e) {
            throw new InputException(address + ": not a valid address " + host);
        }
    }
}
