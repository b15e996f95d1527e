package dev.tarjama.internal.watch;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.tarjama.ConfigurationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a source is polled: every so long, or on the minutes a crontab line names (in the machine's time zone). */
public sealed interface Schedule {
    /** The first time after {@code after} that the source is due. */
    Instant next(Instant after);

    /** As the user wrote it: "every 15m", "cron 0 *&#47;2 * * *". */
    String describe();

    /**
     * Half the time between two polls due after {@code now}: another worker that polled the source more recently
     * than this has done this cycle's poll.
     */
    default Duration gap(Instant now) {
        Instant first = next(now);
        return Duration.between(first, next(first)).dividedBy(2);
    }

    /** Every {@code interval}, counted from the start of the cycle that polled the source. */
    record Every(Duration interval, String text) implements Schedule {
        @Override
        public Instant next(Instant after) {
            return after.plus(interval);
        }

        @Override
        public String describe() {
            return "every " + text;
        }
    }

    /** A five-field Unix crontab schedule, parsed and evaluated by cron-utils. */
    record Cron(String expression, ExecutionTime times, ZoneId zone) implements Schedule {
        private static final CronParser UNIX =
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

        /** @throws dev.tarjama.ConfigurationException when the line is not a valid crontab schedule */
        static Cron parse(String expression, ZoneId zone) {
            try {
                return new Cron(
                        expression,
                        ExecutionTime.forCron(UNIX.parse(expression.strip()).validate()),
                        zone);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(
                        "cron \"" + expression + "\": not a crontab schedule (" + e.getMessage()
                                + "); five fields: minute hour day-of-month month day-of-week, e.g. \"0 */2 * * *\"");
            }
        }

        @Override
        public Instant next(Instant after) {
            return times.nextExecution(after.atZone(zone))
                    .map(java.time.ZonedDateTime::toInstant)
                    .orElse(Instant.MAX);
        }

        @Override
        public String describe() {
            return "cron " + expression;
        }
    }

    /**
     * "90s", "15m", "2h", "1d".
     *
     * @throws dev.tarjama.ConfigurationException for anything else
     */
    public static Every every(String text) {
        Matcher m = Pattern.compile("(\\d{1,6})([smhd])").matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ConfigurationException("every " + text + ": give a duration such as 90s, 15m, 2h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        Duration interval = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return new Every(interval, text.strip());
    }

    /** Every {@code interval}, described as the shortest of its whole units ("90s", "15m", "2h", "1d"). */
    public static Every every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new ConfigurationException("every " + interval + ": give a duration above zero");
        }
        long seconds = interval.toSeconds();
        String text = seconds % 86_400 == 0
                ? seconds / 86_400 + "d"
                : seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
        return new Every(interval, interval.toMillis() % 1000 == 0 ? text : interval.toMillis() + "ms");
    }

    /** A crontab line in the machine's time zone. */
    public static Cron cron(String expression) {
        return Cron.parse(expression, ZoneId.systemDefault());
    }
}
