package dev.tarjama.internal.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how long a provider wants us to wait: the standard {@code Retry-After} (seconds or an HTTP date), and
 * the providers' own reset headers — OpenAI's {@code x-ratelimit-reset-requests/-tokens} ("1s", "6m0s", "20ms")
 * and Anthropic's {@code anthropic-ratelimit-*-reset} (an RFC 3339 instant).
 */
final class RetryAfterHeaders {
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Duration CAP = Duration.ofMinutes(10);

    private RetryAfterHeaders() {}

    /** The longest wait any of the headers asks for, capped at ten minutes; empty when none is present. */
    static Optional<Duration> from(Function<String, String> header, Instant now) {
        Duration wait = null;
        wait = longer(wait, parseRetryAfter(header.apply("Retry-After"), now));
        wait = longer(wait, parseGoDuration(header.apply("x-ratelimit-reset-requests")));
        wait = longer(wait, parseGoDuration(header.apply("x-ratelimit-reset-tokens")));
        wait = longer(wait, parseInstant(header.apply("anthropic-ratelimit-requests-reset"), now));
        wait = longer(wait, parseInstant(header.apply("anthropic-ratelimit-tokens-reset"), now));
        return Optional.ofNullable(wait).map(w -> w.compareTo(CAP) > 0 ? CAP : w);
    }

    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            double seconds = Double.parseDouble(v);
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return positive(Duration.between(now, at));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    static Duration parseGoDuration(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = GO_DURATION.matcher(value.strip());
        double millis = 0;
        boolean any = false;
        while (m.find()) {
            any = true;
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
        }
        return any ? Duration.ofMillis((long) millis) : null;
    }

    private static Duration parseInstant(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return positive(Duration.between(now, Instant.parse(value.strip())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
