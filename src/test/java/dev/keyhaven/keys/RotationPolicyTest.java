package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.keys.RotationStatus.State;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationPolicyTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant DUE_BY_DEFAULT = CREATED.plus(Duration.ofDays(90));

    @Test
    void aFreshKeyIsFineForNinetyDaysByDefault() {
        RotationStatus status = policyAt(CREATED).status(key(0, null)).orElseThrow();

        assertThat(status.state()).isEqualTo(State.OK);
        assertThat(status.dueAt()).isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
        assertThat(status.daysLeft()).isEqualTo(90);
        assertThat(status.summary()).isEqualTo("Rotation due in 90 days.");
    }

    @Test
    void dueSoonStartsOnTheCalendarDayFourteenDaysBeforeTheDueDate() {
        Instant edge = DUE_BY_DEFAULT.minus(Duration.ofDays(14));

        RotationStatus dayBefore = policyAt(edge.minus(Duration.ofDays(1))).status(key(0, null)).orElseThrow();
        assertThat(dayBefore.state()).isEqualTo(State.OK);
        assertThat(dayBefore.daysLeft()).isEqualTo(15);
        RotationStatus earlierThatDay = policyAt(edge.minus(Duration.ofHours(9))).status(key(0, null)).orElseThrow();
        assertThat(earlierThatDay.state()).isEqualTo(State.DUE_SOON);
        assertThat(earlierThatDay.daysLeft()).as("counted by date, not by 24-hour blocks").isEqualTo(14);
        RotationStatus atEdge = policyAt(edge).status(key(0, null)).orElseThrow();
        assertThat(atEdge.state()).isEqualTo(State.DUE_SOON);
        assertThat(atEdge.daysLeft()).isEqualTo(14);
    }

    @Test
    void overdueStartsAtTheDueMoment() {
        RotationStatus lastSecond = policyAt(DUE_BY_DEFAULT.minusSeconds(1)).status(key(0, null)).orElseThrow();
        RotationStatus atDue = policyAt(DUE_BY_DEFAULT).status(key(0, null)).orElseThrow();
        RotationStatus dayAfter = policyAt(DUE_BY_DEFAULT.plus(Duration.ofHours(25))).status(key(0, null)).orElseThrow();

        assertThat(lastSecond.state()).isEqualTo(State.DUE_SOON);
        assertThat(lastSecond.daysLeft()).isZero();
        assertThat(lastSecond.summary()).isEqualTo("Rotation due today: replace this key.");
        assertThat(atDue.state()).isEqualTo(State.OVERDUE);
        assertThat(atDue.summary()).isEqualTo("Rotation is due: replace this key.");
        assertThat(dayAfter.daysLeft()).as("due on 1 April, now 2 April").isEqualTo(-1);
        assertThat(dayAfter.summary()).isEqualTo("Rotation overdue by 1 day: replace this key.");
    }

    @Test
    void aKeysOwnRotationDaysBeatTheSetting() {
        RotationPolicy policy = new RotationPolicy(clockAt(CREATED.plus(Duration.ofDays(31))), 60);

        assertThat(policy.status(key(30, null)).orElseThrow().state()).isEqualTo(State.OVERDUE);
        assertThat(policy.status(key(0, null)).orElseThrow().daysLeft()).isEqualTo(29);
    }

    @Test
    void archivedKeysAreNotDue() {
        assertThat(policyAt(DUE_BY_DEFAULT.plus(Duration.ofDays(400))).status(key(0, DUE_BY_DEFAULT))).isEmpty();
    }

    @Test
    void refusesASettingBelowOneDay() {
        assertThatThrownBy(() -> new RotationPolicy(clockAt(CREATED), 0)).hasMessageContaining("at least 1 day");
    }

    private static RotationPolicy policyAt(Instant now) {
        return new RotationPolicy(clockAt(now));
    }

    static Clock clockAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    static KeyRecord key(int rotationDays, Instant archivedAt) {
        return new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", CREATED,
                CREATED, rotationDays, Set.of(), archivedAt, null);
    }
}
