package dev.keyhaven.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.CheckResult;
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

/** A one-off check at a stand-in on this computer, seen on the key's page (walk 20, section 3). */
class StatusReportOneOffTest {

    private static final Instant NOW = Instant.parse("2026-12-03T14:10:00Z");
    private static final Instant OWN = NOW.minus(Duration.ofMinutes(7));
    private static final Instant ONE_OFF = NOW.minus(Duration.ofMinutes(3));

    private static HistoryEntry check(Instant at, String baseUrl, boolean sentElsewhere) {
        CheckResult result = new CheckResult(true, Environment.LIVE, baseUrl, 80L, 0L,
                new CheckResult.Account("771430448", "771430448", true, 2, "Futures mode", "gridbot"),
                new Permissions(true, true, false), List.of("203.0.113.7"), null, List.of(), at);
        String json = result.toJson();
        String detail = sentElsewhere ? json.substring(0, json.lastIndexOf('}')) + ",\"sentElsewhere\":true}" : json;
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, result.summary(), true,
                result.permissions(), result.ipWhitelist(), "771430448", result.problemIds(), detail);
    }

    @Test
    void theOneOffIsMarkedInHistoryAndLastUsedStaysWithTheKeysOwnAddress() {
        KeyRecord key = new KeyRecord(7, "Gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                "http://127.0.0.1:36947", "", NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)), 0,
                Set.of(), null, null);
        List<HistoryEntry> history = List.of(check(OWN, "http://127.0.0.1:36947", false),
                check(ONE_OFF, "http://127.0.0.1:40367", true));

        StatusReport report = StatusReport.of(key, history, Clock.fixed(NOW, ZoneOffset.UTC), 90);

        assertThat(report.lastUsed()).isEqualTo("3 Dec 2026, 14:03");
        assertThat(report.history().get(0).summary()).startsWith("One-off check at http://127.0.0.1:40367 (a local address, not OKX):"
                + " not a use of the key.");
        assertThat(report.history().get(1).summary()).doesNotContain("One-off");
    }
}
