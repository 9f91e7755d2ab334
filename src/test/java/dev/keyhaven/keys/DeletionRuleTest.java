package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionRuleTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Permissions TRADE = Permissions.parse("read_only,trade");
    private static final Permissions READ = Permissions.parse("read_only");

    @Test
    void aLiveTradeKeyWithoutIpIsDeletedFourteenDaysAfterItsLastSignedUse() {
        Instant lastUse = Instant.parse("2026-03-10T12:00:00Z");
        DeletionCountdown countdown = ruleAt(lastUse.plus(Duration.ofDays(4)))
                .countdown(Environment.LIVE, TRADE, List.of(), lastUse).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(Instant.parse("2026-03-24T12:00:00Z"));
        assertThat(countdown.daysLeft()).isEqualTo(10);
        assertThat(countdown.expired()).isFalse();
        assertThat(countdown.urgent()).isFalse();
        assertThat(countdown.text(ZoneOffset.UTC)).contains("in 10 days").contains("A check that OKX accepts counts as use")
                .doesNotContain("estimate");
    }

    @Test
    void theEdgesOfTheFourteenDays() {
        Instant deletesAt = CREATED.plus(Duration.ofDays(14));

        DeletionCountdown lastSecond = ruleAt(deletesAt.minusSeconds(1))
                .countdown(Environment.LIVE, TRADE, List.of(), CREATED).orElseThrow();
        DeletionCountdown atDeadline = ruleAt(deletesAt).countdown(Environment.LIVE, TRADE, List.of(), CREATED)
                .orElseThrow();
        DeletionCountdown threeDaysBefore = ruleAt(deletesAt.minus(Duration.ofDays(3)))
                .countdown(Environment.LIVE, TRADE, List.of(), CREATED).orElseThrow();

        assertThat(lastSecond.expired()).isFalse();
        assertThat(lastSecond.daysLeft()).isZero();
        assertThat(lastSecond.urgent()).isTrue();
        assertThat(lastSecond.text(ZoneOffset.UTC)).contains("(today)");
        assertThat(atDeadline.expired()).isTrue();
        assertThat(atDeadline.urgent()).isFalse();
        assertThat(atDeadline.text(ZoneOffset.UTC)).startsWith("This key may have expired");
        assertThat(threeDaysBefore.urgent()).isFalse();
    }

    @Test
    void theRuleSparesDemoKeysReadOnlyKeysAndBoundKeys() {
        DeletionRule rule = ruleAt(CREATED.plus(Duration.ofDays(100)));

        assertThat(rule.countdown(Environment.DEMO, TRADE, List.of(), CREATED)).isEmpty();
        assertThat(rule.countdown(Environment.LIVE, READ, List.of(), CREATED)).isEmpty();
        assertThat(rule.countdown(Environment.LIVE, TRADE, List.of("203.0.113.7"), CREATED)).isEmpty();
        assertThat(rule.countdown(Environment.LIVE, Permissions.parse("read_only,withdraw"), List.of(), CREATED))
                .isPresent();
    }

    @Test
    void aStoredKeyCountsFromItsNewestSignedUse() {
        Instant check = CREATED.plus(Duration.ofDays(5));
        Instant keepAlive = CREATED.plus(Duration.ofDays(12));
        List<HistoryEntry> history = List.of(
                entry(keepAlive, HistoryEntry.Kind.KEEP_ALIVE, true, null, List.of()),
                entry(check, HistoryEntry.Kind.CHECK, true, TRADE, List.of()),
                entry(keepAlive.plus(Duration.ofDays(1)), HistoryEntry.Kind.CHECK, false, null, List.of()));

        DeletionCountdown countdown = ruleAt(keepAlive).countdown(key(Purpose.TRADING, null), history).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(keepAlive.plus(Duration.ofDays(14)));
        assertThat(countdown.assumed()).isFalse();
    }

    @Test
    void beforeAnyCheckATradingKeyIsAssumedUnboundFromItsCreation() {
        DeletionCountdown countdown = ruleAt(CREATED).countdown(key(Purpose.TRADING, null), List.of()).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(CREATED.plus(Duration.ofDays(14)));
        assertThat(countdown.assumed()).isTrue();
        assertThat(ruleAt(CREATED).countdown(key(Purpose.READ_ONLY, null), List.of())).isEmpty();
    }

    @Test
    void theNewestAnswerDecidesAboutTheBoundIp() {
        List<HistoryEntry> history = List.of(
                entry(CREATED.plus(Duration.ofDays(1)), HistoryEntry.Kind.CHECK, true, TRADE, List.of()),
                entry(CREATED.plus(Duration.ofDays(2)), HistoryEntry.Kind.CHECK, true, TRADE, List.of("198.51.100.4")));

        assertThat(ruleAt(CREATED.plus(Duration.ofDays(3))).countdown(key(Purpose.TRADING, null), history)).isEmpty();
    }

    @Test
    void aKeyOkxRefusedForItsIpAllowlistIsBoundEvenUnread() {
        HistoryEntry refused = new HistoryEntry(CREATED.plus(Duration.ofDays(2)), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.WARNING, "", false, null, List.of(), null, List.of("IP_NOT_ALLOWED"), null);
        DeletionRule rule = ruleAt(CREATED.plus(Duration.ofDays(3)));
        assertThat(rule.countdown(key(Purpose.PLATFORM_TRADE, null), List.of(refused))).isEmpty();

        HistoryEntry laterUnbound = entry(CREATED.plus(Duration.ofDays(3)), HistoryEntry.Kind.CHECK, true, TRADE,
                List.of());
        assertThat(rule.countdown(key(Purpose.PLATFORM_TRADE, null), List.of(refused, laterUnbound)))
                .as("a later answer that shows no IP wins").isPresent();
        HistoryEntry laterKeepAlive = entry(CREATED.plus(Duration.ofDays(3)), HistoryEntry.Kind.KEEP_ALIVE, true, TRADE,
                List.of());
        assertThat(rule.countdown(key(Purpose.PLATFORM_TRADE, null), List.of(refused, laterKeepAlive)))
                .as("also when the later answer came from a keep-alive").isPresent();
        HistoryEntry otherFailure = new HistoryEntry(CREATED.plus(Duration.ofDays(2)), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.FAILED, "", false, null, List.of(), null, List.of("NETWORK"), null);
        assertThat(rule.countdown(key(Purpose.PLATFORM_TRADE, null), List.of(otherFailure))).isPresent();
    }

    @Test
    void aKeyOkxNeverAcceptedHasKeyhavensEstimateNeverOkxsDate() {
        DeletionCountdown neverChecked = ruleAt(CREATED.plus(Duration.ofDays(4)))
                .countdown(key(Purpose.TRADING, null), List.of()).orElseThrow();
        HistoryEntry failed = entry(CREATED.plus(Duration.ofDays(1)), HistoryEntry.Kind.CHECK, false, null, List.of());
        DeletionCountdown onlyFailed = ruleAt(CREATED.plus(Duration.ofDays(4)))
                .countdown(key(Purpose.TRADING, null), List.of(failed)).orElseThrow();

        for (DeletionCountdown countdown : List.of(neverChecked, onlyFailed)) {
            assertThat(countdown.estimated()).isTrue();
            assertThat(countdown.countedFrom()).isEqualTo(CREATED);
            assertThat(countdown.text(ZoneOffset.UTC))
                    .startsWith("Unknown until checked: OKX has not accepted a request with this key from Keyhaven")
                    .contains("Keyhaven's estimate").contains("15 March 2026 (in 10 days)")
                    .contains("14 days after it was saved in Keyhaven (1 March 2026)")
                    .doesNotContain("OKX says").doesNotContain("this one expires");
        }
        DeletionCountdown pastIt = ruleAt(CREATED.plus(Duration.ofDays(20)))
                .countdown(key(Purpose.TRADING, null), List.of()).orElseThrow();
        assertThat(pastIt.text(ZoneOffset.UTC)).startsWith("Unknown until checked")
                .contains("it may have expired on 15 March 2026").doesNotContain("This key may have expired");
    }

    @Test
    void aUseOfTheOldCredentialsIsNoUseOfTheNewOnes() {
        Instant used = CREATED.plus(Duration.ofDays(1));
        Instant changed = CREATED.plus(Duration.ofDays(3));
        List<HistoryEntry> history = List.of(entry(used, HistoryEntry.Kind.CHECK, true, TRADE, List.of()),
                KeyStatus.credentialsChanged(changed));

        DeletionCountdown countdown = ruleAt(CREATED.plus(Duration.ofDays(4)))
                .countdown(key(Purpose.TRADING, null), history).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(changed.plus(DeletionRule.UNUSED_LIMIT));
        assertThat(countdown.estimated()).isTrue();
        assertThat(countdown.assumed()).as("OKX described the old key, not this one").isTrue();
        assertThat(countdown.text(ZoneOffset.UTC)).startsWith("Unknown until checked");
    }

    @Test
    void archivedKeysHaveNoCountdown() {
        assertThat(ruleAt(CREATED).countdown(key(Purpose.TRADING, CREATED), List.of())).isEmpty();
    }

    private static DeletionRule ruleAt(Instant now) {
        return new DeletionRule(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static KeyRecord key(Purpose purpose, Instant archivedAt) {
        return new KeyRecord(3, "Bot", purpose, Environment.LIVE, Region.EEA, null, "", CREATED, CREATED, 0,
                Set.of(), archivedAt, null);
    }

    private static HistoryEntry entry(Instant at, HistoryEntry.Kind kind, boolean signedUse, Permissions permissions,
                                      List<String> ips) {
        return new HistoryEntry(at, kind, signedUse ? HistoryEntry.Outcome.OK : HistoryEntry.Outcome.FAILED, "",
                signedUse, permissions, ips, null, List.of(), null);
    }
}
