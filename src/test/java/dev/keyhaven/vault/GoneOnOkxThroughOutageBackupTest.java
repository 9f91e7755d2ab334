package dev.keyhaven.vault;

import static dev.keyhaven.vault.BackupStandingFixture.byHand;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup that brings back a key OKX said it no longer knows keeps saying so after checks that could not ask OKX
 * (an outage says nothing about the key), and stops once OKX accepts the key again (gone23, issue #15).
 */
class GoneOnOkxThroughOutageBackupTest {

    private static final Instant SAID = Instant.parse("2026-12-03T18:11:00Z");
    private static final String GONE = "OKX said on 3 Dec 2026, 18:11 that it no longer knows Gridbot: restored, it"
            + " will not work.";

    @TempDir
    Path folder;

    private static HistoryEntry check(Instant at, HistoryEntry.Outcome outcome, String... problemIds) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, outcome, "Checked.", false, null, List.of(), null,
                List.of(problemIds), null);
    }

    private static HistoryEntry outage(Instant at) {
        return check(at, HistoryEntry.Outcome.FAILED, "EXCHANGE_UNAVAILABLE");
    }

    @Test
    void aRefusalStillSpeaksForTheKeyAfterChecksThatCouldNotAskOkx() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            long gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(gridbot, check(SAID, HistoryEntry.Outcome.FAILED, "KEY_NOT_FOUND"));
            vault.recordHistory(gridbot, outage(SAID.plusSeconds(60)));
            vault.recordHistory(gridbot, outage(SAID.plusSeconds(120)));
            vault.archive(gridbot, null);

            BackupStanding standing = byHand(vault);

            assertThat(standing.comparison(ZoneOffset.UTC)).endsWith(GONE);
            assertThat(standing.goneOnOkx()).hasSize(1);
        }
    }

    @Test
    void aCheckOkxAcceptedAfterTheOutageBringsTheKeyBack() throws Exception {
        try (Vault vault = BackupStandingFixture.create(folder)) {
            long gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(gridbot, check(SAID, HistoryEntry.Outcome.FAILED, "KEY_NOT_FOUND"));
            vault.recordHistory(gridbot, outage(SAID.plusSeconds(60)));
            vault.recordHistory(gridbot, check(SAID.plusSeconds(120), HistoryEntry.Outcome.WARNING));
            vault.archive(gridbot, null);

            assertThat(byHand(vault).comparison(ZoneOffset.UTC)).doesNotContain("no longer knows");
            assertThat(byHand(vault).goneOnOkx()).isEmpty();
        }
    }
}
