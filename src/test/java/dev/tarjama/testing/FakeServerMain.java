package dev.tarjama.testing;

import java.time.Duration;
import java.util.Random;
import okhttp3.mockwebserver.MockResponse;

/**
 * The test suite's fake OpenAI-compatible server on its own, to use tarjama by hand against a slow or failing backend
 * (in tmux, with Ctrl-C, with {@code 2>log}):
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dbench.main=dev.tarjama.testing.FakeServerMain -Dexec.args="1500 0.2"   # or "500+15 0.2"
 * </pre>
 *
 * answers every request after 1,500 ms, a fifth of them with a 500, and prints the environment to point tarjama at it.
 * A latency of the form {@code 500+15} answers as a model writes: 500 ms to the first token, then 15 ms per token of
 * the answer. A third argument fixes the port, so that a server killed (an outage) can come back where it was. It runs
 * until killed.
 */
public final class FakeServerMain {
    private FakeServerMain() {}

    public static void main(String[] args) throws Exception {
        String latency = args.length > 0 ? args[0] : "500";
        double failures = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        Random random = new Random();
        FakeProvider server =
                args.length > 2 ? new FakeProvider(Wire.OPENAI, Integer.parseInt(args[2])) : new FakeProvider();
        if (latency.contains("+")) {
            String[] parts = latency.split("\\+");
            server.withModelLatency(new dev.tarjama.Latency(
                    Duration.ofMillis(Long.parseLong(parts[0].strip())),
                    Duration.ofMillis(Long.parseLong(parts[1].strip()))));
        } else {
            server.withFixedDelay(Duration.ofMillis(Long.parseLong(latency)));
        }
        if (failures > 0) {
            server.withOverride(r -> random.nextDouble() < failures
                    ? new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"overloaded\"}}")
                    : null);
        }
        System.out.println("export OPENAI_BASE_URL=" + server.baseUrl() + " OPENAI_API_KEY=sk-fake");
        System.out.flush();
        Thread.currentThread().join();
    }
}
