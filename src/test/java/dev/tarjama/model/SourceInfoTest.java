package dev.tarjama.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceInfoTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-12-07|2026-12-07T00:00:00Z",
                "2026-12-07T09:30:00+03:00|2026-12-07T06:30:00Z",
                "2026-12-07T09:30:00|2026-12-07T09:30:00Z",
                "Mon, 07 Dec 2026 09:30:00 GMT|2026-12-07T09:30:00Z",
                "2024-02-29|2024-02-29T00:00:00Z"
            })
    void aDateInAFormSourcesWriteIsRead(String text, String expected) {
        assertThat(info(text).publishedAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1989-12-31", "2025-02-30", "30 Feb 2025 10:00:00 GMT", "2025-13-01"})
    void aDateThatNamesNoBelievableDayIsNoDateAndIsDroppedWithAWord(String text) {
        List<String> dropped = new ArrayList<>();

        SourceInfo kept = info(text).withoutWrongDate(dropped::add);

        assertThat(info(text).publishedAt()).isNull();
        assertThat(kept.published()).isNull();
        assertThat(kept.url()).isEqualTo("https://example.org/a");
        assertThat(dropped).containsExactly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"٧ ديسمبر ٢٠٢٦", "yesterday", "2026-12-07"})
    void aDateInAnotherFormOrARealOneStays(String text) {
        List<String> dropped = new ArrayList<>();

        assertThat(info(text).withoutWrongDate(dropped::add).published()).isEqualTo(text);
        assertThat(dropped).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aYearAfterNextIsAMistake() {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();

        assertThat(info((year + 1) + "-06-01").publishedAt()).isNotNull();
        assertThat(info((year + 2) + "-06-01").publishedAt()).isNull();
    }

    private static SourceInfo info(String published) {
        return new SourceInfo("https://example.org/a", null, published, null, null);
    }
}
