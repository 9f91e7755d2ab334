package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Day counts are whole calendar days in the trader's zone: a date 14 days away is "in 14 days". */
class DayCountTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDateFourteenDaysAwayIsInFourteenDaysAtAnyHour() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");

        assertThat(DayCount.between(now, now.plus(Duration.ofDays(14)), ZoneOffset.UTC)).isEqualTo(14);
        assertThat(DayCount.between(now.plusSeconds(5), now.plus(Duration.ofDays(14)), ZoneOffset.UTC))
                .as("seconds later, still 14 calendar days").isEqualTo(14);
        assertThat(DayCount.between(now, now.plus(Duration.ofDays(14)).minusSeconds(43_199), ZoneOffset.UTC))
                .as("just after midnight of the 14th day").isEqualTo(14);
        assertThat(DayCount.between(now, now.plus(Duration.ofDays(14)).minusSeconds(43_201), ZoneOffset.UTC))
                .as("just before midnight: the 13th day").isEqualTo(13);
        assertThat(DayCount.between(now, now.minus(Duration.ofDays(1)), ZoneOffset.UTC)).isEqualTo(-1);
    }

    @Test
    @Tag("mutation-redundant")
    void daysAreCountedInTheTradersZone() {
        Instant lateEvening = Instant.parse("2026-03-10T23:30:00Z");
        Instant nextMorning = Instant.parse("2026-03-11T06:00:00Z");

        assertThat(DayCount.between(lateEvening, nextMorning, ZoneOffset.UTC)).isEqualTo(1);
        assertThat(DayCount.between(lateEvening, nextMorning, BERLIN)).as("both on 11 March in Berlin").isZero();
    }

    @Test
    @Tag("mutation-redundant")
    void aKeySavedJustNowIsDueInNinetyDaysAndDeletedInFourteen() {
        Instant saved = Instant.parse("2026-03-10T12:00:00Z");
        Clock secondsLater = Clock.fixed(saved.plusSeconds(3), ZoneOffset.UTC);
        KeyRecord key = new KeyRecord(1, "Bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", saved, saved,
                0, Set.of(), null, null);

        RotationStatus rotation = new RotationPolicy(secondsLater).status(key).orElseThrow();
        DeletionCountdown deletion = new DeletionRule(secondsLater)
                .countdown(Environment.LIVE, new Permissions(true, true, false), List.of(), saved).orElseThrow();

        assertThat(rotation.summary()).isEqualTo("Rotation due in 90 days.");
        assertThat(deletion.daysLeft()).isEqualTo(14);
        assertThat(deletion.text(ZoneOffset.UTC)).contains("in 14 days");
    }

    @Test
    void theLastDayIsTodayAndTheDayAfterIsOverdueByOne() {
        Instant saved = Instant.parse("2026-01-01T10:00:00Z");
        Instant due = saved.plus(Duration.ofDays(90));

        RotationStatus morningOfDueDay = new RotationPolicy(Clock.fixed(due.minusSeconds(3_600), ZoneOffset.UTC))
                .status(saved, 90);
        RotationStatus nextDay = new RotationPolicy(Clock.fixed(due.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .status(saved, 90);

        assertThat(morningOfDueDay.summary()).isEqualTo("Rotation due today: replace this key.");
        assertThat(nextDay.summary()).isEqualTo("Rotation overdue by 1 day: replace this key.");
        assertThat(DayCount.days(1)).isEqualTo("1 day");
        assertThat(DayCount.days(0)).isEqualTo("0 days");
    }
}
