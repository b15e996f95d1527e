package dev.tarjama.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A publication date as sources write it — ISO 8601 with or without a time or zone, RFC 1123 as feeds have it —
 * read strictly: a date that does not exist ("30 Feb 2025") is no date rather than another one, and a date before
 * 1990 or after next year is taken for a mistake of the source (a placeholder "0001-01-01", a typo) and dropped.
 */
final class PublishedDate {
    /** Before this no news site published, so a date before it is a placeholder. */
    private static final int FIRST_YEAR = 1990;

    private static final List<Function<String, Instant>> FORMATS = List.of(
            text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME)
                    .toInstant(),
            text -> LocalDateTime.parse(
                            text, DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT))
                    .toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(
                            text, DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant(),
            text -> ZonedDateTime.parse(
                            text, DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT))
                    .toInstant(),
            text -> ZonedDateTime.parse(
                            text,
                            DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm:ss zzz", Locale.ENGLISH)
                                    .withResolverStyle(ResolverStyle.STRICT))
                    .toInstant());

    /** The shapes of ISO 8601 and RFC 1123 dates, whether or not the date they name exists. */
    private static final java.util.regex.Pattern DATE_SHAPED =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|(?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} \\d{4}.*");

    private PublishedDate() {}

    /**
     * Whether {@code text} is written as a date in a form this reads yet names none worth showing: a day that does not
     * exist, a year before 1990 or after next year. A date in a form this does not read (a local one) is not wrong.
     */
    static boolean wrong(String text) {
        return text != null && DATE_SHAPED.matcher(text.strip()).matches() && parse(text) == null;
    }

    /** The date, or {@code null} when {@code text} is none of the known forms or out of range. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        for (Function<String, Instant> format : FORMATS) {
            try {
                Instant at = format.apply(trimmed);
                return plausible(at) ? at : null;
            } catch (DateTimeException e) {
                // the next form
            }
        }
        return null;
    }

    /** Whether a publication date is believable: from 1990 to the end of next year. */
    static boolean plausible(Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        return year >= FIRST_YEAR && year <= thisYear + 1;
    }
}
