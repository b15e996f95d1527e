package dev.tarjama.testing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A web site on a local port: pages, feeds and misbehaviour by path, with every request recorded. */
public final class FakeSite implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public FakeSite() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                Function<RecordedRequest, MockResponse> route = routes.get(request.getPath());
                return route == null
                        ? new MockResponse().setResponseCode(404).setBody("not found")
                        : route.apply(request);
            }
        });
        server.start();
    }

    /** The address of {@code path} on this site. */
    public String url(String path) {
        return server.url(path).toString();
    }

    public FakeSite serve(String path, Supplier<MockResponse> response) {
        routes.put(path, request -> response.get());
        return this;
    }

    /** Serves {@code path} with an answer that depends on the request (its conditional headers, say). */
    public FakeSite answer(String path, Function<RecordedRequest, MockResponse> response) {
        routes.put(path, response);
        return this;
    }

    public FakeSite page(String path, String contentType, byte[] body) {
        return serve(
                path,
                () -> new MockResponse().setHeader("Content-Type", contentType).setBody(new okio.Buffer().write(body)));
    }

    public FakeSite html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public FakeSite redirect(String path, String location) {
        return serve(path, () -> new MockResponse().setResponseCode(302).setHeader("Location", location));
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests asked for {@code path}. */
    public long hits(String path) {
        return requests.stream().filter(r -> path.equals(r.getPath())).count();
    }

    @Override
    public void close() throws IOException {
        try {
            server.shutdown();
        } catch (IOException e) {
            // a response still being delayed (a test of timeouts) holds the queue; the port is closed all the same
            if (!String.valueOf(e.getMessage()).startsWith("Gave up waiting")) {
                throw e;
            }
        }
    }
}
