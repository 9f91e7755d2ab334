package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A one-off check answered by a stand-in on this computer says nothing of what the key may do on OKX: it never
 * clears a Withdraw that OKX reported, and its Read/Trade/IPs never stand as the key's (walk 20b, point D).
 */
class StandInPermissionsTest {

    private static final Instant OWN = Instant.parse("2026-12-03T15:26:00Z");
    private static final Instant ONE_OFF = OWN.plus(Duration.ofMinutes(3));
    private static final String SAVED = "http://127.0.0.1:36947";
    private static final KeyRecord KEY = new KeyRecord(7, "Gridbot", Purpose.TRADING, Environment.LIVE,
            Region.GLOBAL, SAVED, "", OWN.minus(Duration.ofDays(1)), OWN.minus(Duration.ofDays(1)), 0, Set.of(),
            null, null);

    private static HistoryEntry check(Instant at, String baseUrl, Permissions permissions, List<String> ips,
                                      boolean oneOff) {
        CheckResult result = new CheckResult(true, Environment.LIVE, baseUrl, 80L, 0L,
                new CheckResult.Account("771430448", "771430448", true, 2, "Futures mode", "gridbot"), permissions,
                ips, null, List.of(), at);
        HistoryEntry entry = KeyService.historyEntry(result);
        return oneOff ? CheckForKey.markedSentElsewhere(entry) : entry;
    }

    @Test
    void aStandInThatSaysNoWithdrawDoesNotClearTheWithdrawOkxReported() {
        List<HistoryEntry> history = List.of(
                check(OWN, SAVED, new Permissions(true, true, true), List.of(), false),
                check(ONE_OFF, "http://127.0.0.1:40367", new Permissions(true, true, false), List.of(), true));

        assertThat(KnownPermissions.of(history).withdrawEnabled()).isTrue();
        assertThat(KeyStatus.of(KEY, history).verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
    }

    @Test
    void aStandInsReadTradeAndIpsDoNotStandAsTheKeys() {
        List<HistoryEntry> history = List.of(
                check(OWN, SAVED, new Permissions(true, true, false), List.of("203.0.113.7"), false),
                check(ONE_OFF, "http://127.0.0.1:40367", new Permissions(true, false, false), List.of(), true));

        KnownPermissions known = KnownPermissions.of(history);

        assertThat(known.permissions()).contains(new Permissions(true, true, false));
        assertThat(known.knownAt()).contains(OWN);
        assertThat(known.newestWithPermissions().orElseThrow().ips()).containsExactly("203.0.113.7");
    }

    @Test
    void aStandInThatSeesWithdrawStillCountsAgainstTheKey() {
        List<HistoryEntry> history = List.of(
                check(OWN, SAVED, new Permissions(true, true, false), List.of(), false),
                check(ONE_OFF, "http://127.0.0.1:40367", new Permissions(true, true, true), List.of(), true));

        assertThat(KnownPermissions.of(history).withdrawEnabled()).isTrue();
    }

    @Test
    void aOneOffAtAnotherOkxHostIsOkxsWord() {
        List<HistoryEntry> history = List.of(
                check(OWN, SAVED, new Permissions(true, true, true), List.of(), false),
                check(ONE_OFF, "https://eea.okx.com", new Permissions(true, true, false), List.of(), true));

        assertThat(KnownPermissions.of(history).withdrawEnabled()).isFalse();
        assertThat(KnownPermissions.of(history).knownAt()).contains(ONE_OFF);
    }
}
