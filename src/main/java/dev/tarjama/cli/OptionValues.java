package dev.tarjama.cli;

import com.ibm.icu.util.ULocale;
import dev.tarjama.ConfigurationException;
import dev.tarjama.Latency;
import dev.tarjama.PlanGoal;
import dev.tarjama.model.Languages;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and conversions of option values, each failing with a usage error that names the option. */
final class OptionValues {
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private OptionValues() {}

    static void requireRange(String option, double value, double min, double max) {
        if (value < min || value > max) {
            throw new ConfigurationException(
                    option + " must be between " + format(min) + " and " + format(max) + ", was " + format(value));
        }
    }

    /** "500ms", "30s", "2m", "1h", or an ISO-8601 duration such as "PT1M30S". */
    static Duration duration(String option, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            Duration d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException ignored) {
            // fall through to the message below
        }
        throw new ConfigurationException(
                option + ": '" + value + "' is not a duration (examples: 500ms, 30s, 2m, 1h, 1d)");
    }

    /** {@code balanced}, {@code cheapest} or {@code fastest}. */
    static PlanGoal planGoal(String value) {
        for (PlanGoal goal : PlanGoal.values()) {
            if (goal.flagName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return goal;
            }
        }
        throw new ConfigurationException("--plan: '" + value + "' is not a plan (balanced, cheapest or fastest)");
    }

    /** "500ms+15ms": the time to the first token, plus the time per output token; {@code null} for the default. */
    static Latency latency(String value) {
        if (value == null) {
            return Latency.DEFAULT;
        }
        String[] parts = value.strip().split("\\s*\\+\\s*");
        if (parts.length != 2) {
            throw new ConfigurationException("--latency: '" + value
                    + "' is not a latency: give the time to the first token and per output token, e.g. 500ms+15ms");
        }
        return new Latency(duration("--latency", parts[0]), duration("--latency", parts[1]));
    }

    /** A BCP 47 tag such as "en", "ar" or "pt-BR", in its canonical form. */
    static String languageTag(String option, String value) {
        if (!LANGUAGE_TAG.matcher(value.strip()).matches()) {
            throw new ConfigurationException(
                    option + ": '" + value + "' is not a language code (examples: en, ar, fr, pt-BR)");
        }
        String tag = ULocale.forLanguageTag(value.strip()).toLanguageTag();
        if (Languages.englishName(tag, null) == null) {
            // the prompts name the language in English ("into French"); a code no one can name is a typo
            throw new ConfigurationException(
                    option + ": '" + value + "' is not a language tarjama can name (examples: en, ar, fr, pt-BR)");
        }
        return tag;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
