package dev.tarjama.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterHeadersTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfterHeaders.from(Map.of("Retry-After", "3")::get, NOW)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfterHeaders.from(Map.of("Retry-After", "Sun, 29 Nov 2026 10:00:20 GMT")::get, NOW))
                .contains(Duration.ofSeconds(20));
        assertThat(RetryAfterHeaders.from(Map.of("Retry-After", "soon")::get, NOW))
                .isEmpty();
    }

    @Test
    void readsOpenAiAndAnthropicResetHeadersAndTakesTheLongest() {
        Map<String, String> headers = Map.of(
                "x-ratelimit-reset-requests", "1s",
                "x-ratelimit-reset-tokens", "6m0.5s",
                "anthropic-ratelimit-tokens-reset", "2026-11-29T10:00:07Z");
        assertThat(RetryAfterHeaders.from(headers::get, NOW)).contains(Duration.ofMillis(360_500));
        assertThat(RetryAfterHeaders.parseGoDuration("20ms")).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void capsAbsurdWaits() {
        assertThat(RetryAfterHeaders.from(Map.of("Retry-After", "86400")::get, NOW))
                .contains(Duration.ofMinutes(10));
    }
}
