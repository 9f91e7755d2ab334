package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.DeletionCountdown;
import dev.keyhaven.keys.DeletionRule;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's use of a key, written to a real vault in batches. */
class UsageHistoryTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    private Vault vault;
    private KeyRecord key;
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

    private UsageHistory history(Instant now) {
        return new UsageHistory(vault, key.id(), "bot.py", ledger, Clock.fixed(now, ZoneOffset.UTC), warnings::add);
    }

    @Test
    void aRunWritesItsStartOneEntryPerBatchAndItsEnd() throws VaultException {
        UsageHistory history = history(START);
        history.start("Refused: withdrawals.");
        for (int i = 0; i < 50; i++) {
            ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), START.plusSeconds(i));
        }
        ledger.forwarded("POST /api/v5/trade/order", new OkxAnswer(200, "51008"), START.plusSeconds(60));
        ledger.refused("50030");

        history.flush();
        history.flush();
        history.close();

        List<HistoryEntry> entries = vault.history(key.id());
        assertThat(entries).as("start, the batch, the end: nothing for the flush with nothing counted").hasSize(3);
        HistoryEntry batch = entries.stream().filter(HistoryEntry::signedUse)
                .findFirst().orElseThrow();
        assertThat(batch.signedUse()).isTrue();
        assertThat(batch.at()).isEqualTo(START.plusSeconds(60));
        assertThat(batch.outcome()).isEqualTo(HistoryEntry.Outcome.WARNING);
        assertThat(batch.summary()).isEqualTo("Gateway: OKX accepted 51 of 51 requests (GET /api/v5/account/balance 50, "
                + "POST /api/v5/trade/order 1); OKX codes: 0 50, 51008 1; refused by Keyhaven: 50030 1.");
        assertThat(batch.detailJson()).contains("\"accepted\":51");
        assertThat(entries).extracting(HistoryEntry::summary)
                .anyMatch(text -> text.startsWith("Gateway started for bot.py"))
                .anyMatch(text -> text.equals("Gateway for bot.py stopped after less than a minute: 51 requests sent "
                        + "to OKX, 51 accepted, 1 refused by Keyhaven."));
    }

    @Test
    void answersOkxDidNotAcceptAreNoUseAndDoNotMoveTheDeletionDate() throws VaultException {
        UsageHistory history = history(START.plusSeconds(120));
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(401, "50113"), START.plusSeconds(100));
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(429, "50011"), START.plusSeconds(101));
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(502, null), START.plusSeconds(102));

        history.flush();

        HistoryEntry batch = vault.history(key.id()).get(0);
        assertThat(batch.signedUse()).isFalse();
        assertThat(batch.outcome()).isEqualTo(HistoryEntry.Outcome.FAILED);
        assertThat(batch.summary()).contains("OKX accepted 0 of 3").contains("HTTP 502 1");
        DeletionCountdown countdown = new DeletionRule(Clock.fixed(START, ZoneOffset.UTC))
                .countdown(vault.key(key.id()).orElseThrow(), vault.history(key.id())).orElseThrow();
        assertThat(countdown.deletesAt()).isEqualTo(key.createdAt().plus(DeletionRule.UNUSED_LIMIT));
    }

    @Test
    void theNewestAcceptedRequestIsTheKeysLastUseForTheFourteenDayRule() throws VaultException {
        Instant used = Instant.now().plusSeconds(3600);
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), used);
        history(used.plusSeconds(5)).flush();

        DeletionCountdown countdown = new DeletionRule(Clock.fixed(used, ZoneOffset.UTC))
                .countdown(vault.key(key.id()).orElseThrow(), vault.history(key.id())).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(used.plus(DeletionRule.UNUSED_LIMIT));
    }

    @Test
    void batchesAreWrittenOnATimerWhileTheBotRuns() throws Exception {
        UsageHistory history = history(START);
        history.start("Refused: withdrawals.", java.time.Duration.ofMillis(50));
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), START.plusSeconds(1));

        boolean written = false;
        for (int attempt = 0; attempt < 100 && !written; attempt++) {
            Thread.sleep(50);
            written = vault.history(key.id()).stream().anyMatch(HistoryEntry::signedUse);
        }
        history.close();

        assertThat(written).as("a batch written by the timer, before the end").isTrue();
    }

    @Test
    void anIdleRunWritesOnlyItsStartAndItsEnd() throws Exception {
        UsageHistory history = history(START);
        history.start("Refused: withdrawals.", java.time.Duration.ofMillis(20));
        for (int flush = 0; flush < 100; flush++) {
            history.flush();
        }
        Thread.sleep(300);
        assertThat(vault.history(key.id())).as("no row for an interval without requests").hasSize(1);
        history.close();

        assertThat(vault.history(key.id())).extracting(HistoryEntry::summary)
                .allMatch(text -> text.startsWith("Gateway started") || text.startsWith("Gateway for bot.py stopped"))
                .hasSize(2);
    }

    @Test
    void theStartNamesThisKeyhavenProcessSoOthersCanTellItRuns() throws VaultException {
        UsageHistory history = history(START);
        history.start("Refused: withdrawals.");

        ProcessHandle self = ProcessHandle.current();
        assertThat(vault.history(key.id())).singleElement().satisfies(entry -> assertThat(entry.detailJson())
                .contains("\"pid\":" + self.pid())
                .contains("\"processStarted\":\"" + self.info().startInstant().orElseThrow() + "\"")
                .contains("\"computer\":\"" + dev.keyhaven.keys.GatewayProcess.thisComputer() + "\""));
        history.close();
    }

    @Test
    void aBatchTheVaultRefusedIsKeptAndWrittenWithTheNextOne() throws VaultException {
        boolean[] refuseNext = {true};
        UsageHistory history = new UsageHistory(entry -> {
            if (refuseNext[0]) {
                refuseNext[0] = false;
                throw new IllegalStateException("the disk is full");
            }
            vault.recordHistory(key.id(), entry);
        }, "bot.py", ledger, Clock.fixed(START, ZoneOffset.UTC), warnings::add);
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), START);

        history.flush();
        assertThat(warnings).singleElement().asString().contains("could not be written").contains("the disk is full");
        ledger.forwarded("GET /api/v5/account/balance", new OkxAnswer(200, "0"), START.plusSeconds(1));
        history.flush();

        assertThat(vault.history(key.id())).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).contains("OKX accepted 2 of 2");
            assertThat(entry.at()).isEqualTo(START.plusSeconds(1));
        });
    }
}
