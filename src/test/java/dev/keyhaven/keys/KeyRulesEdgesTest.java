package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The edges of the rotation and deletion rules: the shortest rotation, and a countdown told as assumed. */
class KeyRulesEdgesTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");
    private static final Clock AT_CREATION = Clock.fixed(CREATED, ZoneOffset.UTC);

    private static KeyRecord key(Purpose purpose, int rotationDays) {
        return new KeyRecord(7, "Grid bot", purpose, Environment.LIVE, Region.GLOBAL, null, "", CREATED, CREATED,
                rotationDays, Set.of(), null, null);
    }

    @Test
    void aRotationEveryDayIsTheShortestSetting() {
        assertThat(new RotationPolicy(AT_CREATION, 1).status(key(Purpose.TRADING, 0)).orElseThrow().dueAt())
                .isEqualTo(CREATED.plusSeconds(86_400));
        assertThatThrownBy(() -> new RotationPolicy(AT_CREATION, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountdownFromAUseButNoDescriptionOfTheKeySaysItIsAssumed() {
        Instant used = CREATED.plusSeconds(3_600);
        DeletionCountdown assumed = new DeletionCountdown(used.plus(DeletionRule.UNUSED_LIMIT), 14, false, true, false,
                used);
        DeletionCountdown known = new DeletionCountdown(used.plus(DeletionRule.UNUSED_LIMIT), 14, false, false, false,
                used);

        assertThat(assumed.text(ZoneOffset.UTC)).startsWith(known.text(ZoneOffset.UTC))
                .contains("Assumed until a check");
        assertThat(known.text(ZoneOffset.UTC)).doesNotContain("Assumed");
    }

    private static HistoryEntry check(Instant at, Permissions permissions, String... problemIds) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, problemIds.length == 0 ? HistoryEntry.Outcome.OK
                : HistoryEntry.Outcome.FAILED, "a check", permissions != null, permissions, List.of(), null,
                List.of(problemIds), null);
    }

    @Test
    void aRefusalForTheIpAllowlistAfterTheLastAnswerMeansTheKeyIsBound() {
        Instant answered = CREATED.plusSeconds(86_400);
        Instant refused = answered.plusSeconds(86_400);
        DeletionRule rule = new DeletionRule(Clock.fixed(refused.plusSeconds(3_600), ZoneOffset.UTC));

        assertThat(rule.countdown(key(Purpose.TRADING, 0), List.of(check(answered, new Permissions(true, true, false)),
                check(refused, null, ProblemId.IP_NOT_ALLOWED.name())))).isEmpty();
    }

    @Test
    void aHandOutAfterTheRefusalDoesNotHideIt() {
        Instant refused = CREATED.plusSeconds(86_400);
        HistoryEntry handout = new HistoryEntry(refused.plusSeconds(600), HistoryEntry.Kind.HANDOUT,
                HistoryEntry.Outcome.INFO, "handed to a bot", false, null, List.of(), null, List.of(), null);
        DeletionRule rule = new DeletionRule(Clock.fixed(refused.plusSeconds(3_600), ZoneOffset.UTC));

        assertThat(rule.countdown(key(Purpose.TRADING, 0), List.of(check(refused, null, ProblemId.IP_NOT_ALLOWED.name()),
                handout))).isEmpty();
    }

    @Test
    void aRefusalForTheIpAllowlistBeforeTheLastAnswerIsOverruledByIt() {
        Instant refused = CREATED.plusSeconds(86_400);
        Instant answered = refused.plusSeconds(86_400);
        DeletionRule rule = new DeletionRule(Clock.fixed(answered.plusSeconds(3_600), ZoneOffset.UTC));

        assertThat(rule.countdown(key(Purpose.TRADING, 0), List.of(check(refused, null, ProblemId.IP_NOT_ALLOWED.name()),
                check(answered, new Permissions(true, true, false))))).isPresent();
    }
}
