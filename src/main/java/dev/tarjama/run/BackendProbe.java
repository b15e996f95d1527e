package dev.tarjama.run;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Asks whether a server answers at all, within a short time: for {@code auto}'s look for a local Ollama. */
public final class BackendProbe {
    private final OkHttpClient http;

    public BackendProbe(OkHttpClient http) {
        this.http = http;
    }

    public boolean answers(String url, Duration within) {
        OkHttpClient quick = http.newBuilder().callTimeout(within).connectTimeout(within).build();
        try (Response response = quick.newCall(new Request.Builder().url(url).get().build()).execute()) {
            return response.isSuccessful();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
