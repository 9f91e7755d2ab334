package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.gateway.OkxAnswer;
import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "In use by a bot": derived from what a real gateway run writes into a real vault. */
class KeyInUseTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    private Vault vault;
    private KeyRecord key;
    private final ManualClock clock = new ManualClock(START);
    private final UsageLedger ledger = new UsageLedger();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void vaultWithAKey() throws VaultException {
        vault = Vault.create(folder.resolve("v.keyhaven"), Secret.ofString("a long master password 1!"),
                VaultOptions.forTests());
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            key = vault.add(new KeyDraft("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record();
        }
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private KeyInUse now() throws VaultException {
        return KeyInUse.of(vault.history(key.id()), clock.instant());
    }

    private UsageHistory gatewayRun() {
        UsageHistory run = new UsageHistory(vault, key.id(), "bot.py", ledger, clock, warnings::add);
        run.start("Refused: withdrawals.");
        return run;
    }

    @Test
    void aKeyNoBotWasGivenIsNotInUse() throws VaultException {
        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.NONE);
        assertThat(use.inUse()).isFalse();
        assertThat(use.mark()).isEmpty();
        assertThat(use.sentence(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aStartedGatewayRunIsInUseSinceItsStart() throws VaultException {
        UsageHistory run = gatewayRun();
        clock.advance(Duration.ofSeconds(10));

        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY);
        assertThat(use.inUse()).isTrue();
        assertThat(use.mark()).isEqualTo("In use");
        assertThat(use.since()).contains(START);
        assertThat(use.silentAt()).contains(START.plus(KeyInUse.SILENT_AFTER));
        assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("In use by a bot through Keyhaven's gateway since "
                + "1 Dec 2026, 10:00 (0 requests sent to OKX, 0 accepted, as of 1 Dec 2026, 10:00).");
        run.close();
    }

    @Test
    void batchesKeepTheRunAliveAndCountItsRequests() throws VaultException {
        UsageHistory run = gatewayRun();
        for (int batch = 0; batch < 4; batch++) {
            clock.advance(KeyInUse.HEARTBEAT_EVERY);
            ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), clock.instant());
            ledger.forwarded("POST /api/v5/trade/order", new OkxAnswer(200, "51008"), clock.instant());
            run.flush();
        }
        clock.advance(KeyInUse.HEARTBEAT_EVERY);
        run.flush();
        clock.advance(KeyInUse.SILENT_AFTER);

        KeyInUse use = now();

        assertThat(use.state()).as("3.5 minutes after the start, heard from a minute ago").isEqualTo(KeyInUse.State.GATEWAY);
        assertThat(use.lastSeen()).contains(START.plus(KeyInUse.HEARTBEAT_EVERY.multipliedBy(5)));
        assertThat(use.requests()).isEqualTo(8);
        assertThat(use.accepted()).isEqualTo(8);
        assertThat(use.sentence(ZoneOffset.UTC)).contains("since 1 Dec 2026, 10:00 (8 requests sent to OKX, 8 accepted, "
                + "as of 1 Dec 2026, 10:02)");
        run.close();
    }

    @Test
    void aStoppedRunIsNoLongerInUse() throws VaultException {
        UsageHistory run = gatewayRun();
        clock.advance(KeyInUse.HEARTBEAT_EVERY);
        run.flush();
        run.close();

        assertThat(now().state()).isEqualTo(KeyInUse.State.NONE);
        assertThat(now().mark()).isEmpty();
    }

    @Test
    void aRunSilentForLongerThanTwoBatchesEndedWithoutItsStopRecord() throws VaultException {
        UsageHistory killed = gatewayRun();
        clock.advance(KeyInUse.HEARTBEAT_EVERY);
        killed.flush();
        // The process is killed here: no more batches and no stop record.
        Instant lastSeen = clock.instant();
        clock.advance(KeyInUse.SILENT_AFTER);
        assertThat(now().state()).as("exactly two intervals: still in use").isEqualTo(KeyInUse.State.GATEWAY);

        clock.advance(Duration.ofSeconds(1));
        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY_SILENT);
        assertThat(use.inUse()).as("a killed Keyhaven leaves no key in use forever").isFalse();
        assertThat(use.mark()).isEmpty();
        assertThat(use.lastSeen()).contains(lastSeen);
        assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("A gateway run started 1 Dec 2026, 10:00 ended without a "
                + "stop record (Keyhaven was stopped or the computer went off); last seen 1 Dec 2026, 10:00.");
    }

    @Test
    void aNewerRunIsJudgedByItsOwnEntriesNotAnOlderRunsStop() throws VaultException {
        UsageHistory older = gatewayRun();
        clock.advance(Duration.ofSeconds(5));
        UsageHistory newer = new UsageHistory(vault, key.id(), "other.py", new UsageLedger(), clock, warnings::add);
        newer.start("Refused: withdrawals.");
        clock.advance(Duration.ofSeconds(5));
        older.close();

        assertThat(now().state()).isEqualTo(KeyInUse.State.GATEWAY);
        assertThat(now().since()).contains(START.plusSeconds(5));
        newer.close();
        assertThat(now().state()).isEqualTo(KeyInUse.State.NONE);
    }

    @Test
    void aPlainHandOutSaysWhenButNotThatTheKeyIsInUse() throws VaultException {
        vault.recordHistory(key.id(), new HistoryEntry(START, HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO,
                "Handed to bot.py.", false, null, List.of(), null, List.of(), null));
        clock.advance(Duration.ofDays(3));

        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.HANDED_OUT);
        assertThat(use.inUse()).isFalse();
        assertThat(use.sentence(ZoneOffset.UTC)).startsWith("Handed to a bot at 1 Dec 2026, 10:00 with the key itself");
    }
}
