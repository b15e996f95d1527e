package dev.tarjama.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tarjama.TarjamaException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant AT = Instant.parse("2026-11-29T10:15:30Z");

    @Test
    void everyCountsFromTheCycleStart() {
        assertThat(Schedule.every("15m").next(AT)).isEqualTo(Instant.parse("2026-11-29T10:30:30Z"));
        assertThat(Schedule.every("1d").next(AT)).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
    }

    @Test
    void cronFollowsCrontabInTheGivenZone() {
        Schedule everyTwoHours = Schedule.Cron.parse("0 */2 * * *", ZoneId.of("UTC"));
        Schedule weekdayMornings = Schedule.Cron.parse("30 8 * * 1-5", ZoneId.of("Asia/Riyadh"));

        assertThat(everyTwoHours.next(AT)).isEqualTo(Instant.parse("2026-11-29T12:00:00Z"));
        // Sunday 29 November 2026, 13:15 in Riyadh: the next weekday 08:30 is Monday, 05:30 UTC
        assertThat(weekdayMornings.next(AT)).isEqualTo(Instant.parse("2026-11-30T05:30:00Z"));
        assertThat(everyTwoHours.describe()).isEqualTo("cron 0 */2 * * *");
    }

    @Test
    void aBadScheduleIsAUsageErrorThatSaysWhatIsExpected() {
        assertThatThrownBy(() -> Schedule.cron("61 * * * *"))
                .isInstanceOf(TarjamaException.class)
                .hasMessageContaining("not a crontab schedule")
                .hasMessageContaining("minute hour day-of-month month day-of-week");
        assertThatThrownBy(() -> Schedule.every("0m")).hasMessageContaining("give a duration such as 90s");
    }
}
