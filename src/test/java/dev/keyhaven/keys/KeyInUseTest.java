package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.gateway.GatewayRunChild;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "In use by a bot": derived from what a real gateway run writes into a real vault. */
class KeyInUseTest {

    private static final String PASSWORD = "a long master password 1!";
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
        vault = Vault.create(folder.resolve("v.keyhaven"), Secret.ofString(PASSWORD),
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
        return KeyInUse.of(vault.history(key.id()));
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
        assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("In use by a bot through Keyhaven's gateway since "
                + "1 Dec 2026, 10:00 (0 requests sent to OKX, 0 accepted, as of 1 Dec 2026, 10:00).");
        assertThat(use.refusesDeletion("Grid bot", ZoneOffset.UTC)).contains("\"Grid bot\" was not deleted. "
                + use.sentence(ZoneOffset.UTC) + " Stop that bot first, then delete the key: deleted now, the bot would"
                + " go on trading with a key Keyhaven no longer holds, and what it does would be recorded nowhere.");
        run.close();
        assertThat(now().refusesDeletion("Grid bot", ZoneOffset.UTC)).as("once the run stopped").isEmpty();
    }

    @Test
    void batchesCountTheRequestsAndAnIdleRunStaysInUseWithoutWritingAnything() throws VaultException {
        UsageHistory run = gatewayRun();
        for (int batch = 0; batch < 4; batch++) {
            clock.advance(UsageHistory.FLUSH_EVERY);
            ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), clock.instant());
            ledger.forwarded("POST /api/v5/trade/order", new OkxAnswer(200, "51008"), clock.instant());
            run.flush();
        }
        int rows = vault.history(key.id()).size();
        for (int idle = 0; idle < 240; idle++) {
            clock.advance(UsageHistory.FLUSH_EVERY);
            run.flush();
        }

        KeyInUse use = now();

        assertThat(vault.history(key.id())).as("two idle hours add no row").hasSize(rows);
        assertThat(use.state()).as("its process (this one) runs").isEqualTo(KeyInUse.State.GATEWAY);
        assertThat(use.lastSeen()).contains(START.plus(UsageHistory.FLUSH_EVERY.multipliedBy(4)));
        assertThat(use.requests()).isEqualTo(8);
        assertThat(use.accepted()).isEqualTo(8);
        assertThat(use.sentence(ZoneOffset.UTC)).contains("since 1 Dec 2026, 10:00 (8 requests sent to OKX, 8 accepted, "
                + "as of 1 Dec 2026, 10:02)");
        run.close();
    }

    @Test
    void aStoppedRunIsNoLongerInUse() throws VaultException {
        UsageHistory run = gatewayRun();
        clock.advance(UsageHistory.FLUSH_EVERY);
        run.flush();
        run.close();

        assertThat(now().state()).isEqualTo(KeyInUse.State.NONE);
        assertThat(now().mark()).isEmpty();
    }

    @Test
    @Tag("slow")
    void aRunWhoseKeyhavenProcessWasKilledEndedWithoutItsStopRecord() throws Exception {
        KeyInUse running;
        try (GatewayRunChild child = GatewayRunChild.start(vault.path(), PASSWORD, "bot", folder)) {
            running = now();
            assertThat(running.state()).as("while the child runs").isEqualTo(KeyInUse.State.GATEWAY);
            assertThat(running.recheck()).isSameAs(running);
            child.kill();
        }
        Instant lastSeen = running.lastSeen().orElseThrow();

        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY_ENDED);
        assertThat(use.inUse()).as("a killed Keyhaven leaves no key in use").isFalse();
        assertThat(use.mark()).isEmpty();
        assertThat(use.lastSeen()).contains(lastSeen);
        assertThat(use.sentence(ZoneOffset.UTC)).startsWith("A gateway run started ").contains(" ended without a "
                + "stop record (Keyhaven was stopped or the computer went off); last seen ");
        assertThat(running.recheck().state()).as("asked again, without reading the vault")
                .isEqualTo(KeyInUse.State.GATEWAY_ENDED);
    }

    @Test
    @Tag("mutation-redundant")
    void aLiveProcessThatStartedAtAnotherTimeIsNotTheRun() throws VaultException {
        ProcessHandle self = ProcessHandle.current();
        Instant selfStarted = self.info().startInstant().orElseThrow();
        recordStart(self.pid(), selfStarted.minus(Duration.ofHours(1)), GatewayProcess.thisComputer());

        assertThat(now().state()).as("the pid was reused by another process").isEqualTo(KeyInUse.State.GATEWAY_ENDED);

        clock.advance(Duration.ofSeconds(1));
        recordStart(self.pid(), selfStarted, GatewayProcess.thisComputer());
        assertThat(now().state()).isEqualTo(KeyInUse.State.GATEWAY);
    }

    @Test
    void aRunOnAnotherComputerIsToldWithTheTimeOfItsLastEntry() throws VaultException {
        recordStart(1, START, "trading-box");

        KeyInUse use = now();

        assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY_NOT_VISIBLE);
        assertThat(use.inUse()).isFalse();
        assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("A gateway run started 1 Dec 2026, 10:00 on trading-box has "
                + "no stop record; Keyhaven cannot see from here whether it still runs; last seen 1 Dec 2026, 10:00.");
    }

    private void recordStart(long pid, Instant processStarted, String computer) throws VaultException {
        vault.recordHistory(key.id(), new HistoryEntry(clock.instant(), HistoryEntry.Kind.HANDOUT,
                HistoryEntry.Outcome.INFO, "Gateway started for bot.py.", false, null, List.of(), null, List.of(),
                "{\"gateway\":{\"event\":\"started\",\"run\":\"r" + clock.instant().getEpochSecond()
                        + "\",\"pid\":" + pid + ",\"processStarted\":\"" + processStarted
                        + "\",\"computer\":\"" + computer + "\"}}"));
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
