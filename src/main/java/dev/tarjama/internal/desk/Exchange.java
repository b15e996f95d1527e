package dev.tarjama.internal.desk;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One request and its answer, with the few things the desk asks of either. */
final class Exchange {
    /** What the desk's own pages may load: their inline style, the root's font, nothing from elsewhere, no script. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    final Request request;
    final Response response;
    final Callback callback;
    /** The path's segments, each percent-decoded on its own (an encoded slash stays inside its segment). */
    final List<String> segments;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.segments = segments(request.getHttpURI().getPath());
    }

    String method() {
        return request.getMethod();
    }

    String header(HttpHeader name) {
        return request.getHeaders().get(name);
    }

    String query(String name) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Fields.Field field = fields.get(name);
        return field == null ? null : field.getValue();
    }

    String cookie(String name) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    String body() throws java.io.IOException {
        return Content.Source.asString(request, StandardCharsets.UTF_8);
    }

    /** The fields of a posted form. */
    Map<String, String> form() throws java.io.IOException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    void page(int status, String html) {
        response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
        send(status, "text/html; charset=utf-8", html);
    }

    void json(int status, String json) {
        send(status, "application/json; charset=utf-8", json);
    }

    void send(int status, String type, String body) {
        bytes(status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    void redirect(String location) {
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.allocate(0), callback);
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void cookie(HttpCookie cookie) {
        Response.addCookie(response, cookie);
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        String[] parts = rawPath.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            segments.add(decode(parts[i], false));
        }
        return segments;
    }

    /** Percent-decoding; a {@code +} is a space only in a form. */
    private static String decode(String text, boolean form) {
        try {
            return URLDecoder.decode(form ? text : text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "\0"; // a malformed escape names nothing the desk has
        }
    }
}
