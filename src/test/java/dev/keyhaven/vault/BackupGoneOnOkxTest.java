package dev.keyhaven.vault;

import static dev.keyhaven.vault.BackupStandingFixture.byHand;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup that brings back a key OKX said it no longer knows says so, as the archive's Restore dialog does (walk 21). */
class BackupGoneOnOkxTest {

    private static final Instant SAID = Instant.parse("2026-12-03T18:11:00Z");

    @TempDir
    Path folder;

    private Vault create() throws VaultException {
        return BackupStandingFixture.create(folder);
    }

    static HistoryEntry check(Instant at, String... problemIds) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK,
                problemIds.length == 0 ? HistoryEntry.Outcome.OK : HistoryEntry.Outcome.FAILED, "Checked.", false,
                null, List.of(), null, List.of(problemIds), null);
    }

    @Test
    void aKeyArchivedSinceOkxForgotItIsSaidNotToWorkOnceRestored() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(old, check(SAID, "KEY_NOT_FOUND"));
            vault.archive(old, null);

            BackupStanding standing = byHand(vault);

            assertThat(standing.comparison(ZoneOffset.UTC)).isEqualTo("Gridbot is archived now but active in it:"
                    + " restoring it makes it active again. OKX said on 3 Dec 2026, 18:11 that it no longer knows"
                    + " Gridbot: restored, it will not work.");
            assertThat(standing.restoreQuestion(ZoneOffset.UTC)).contains("that it no longer knows Gridbot: restored,");
            assertThat(standing.summary(ZoneOffset.UTC)).contains("that it no longer knows Gridbot: restored,");
        }
    }

    @Test
    void aKeyDeletedForGoodIsJudgedByTheBackupsOwnHistory() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("Spot")).record().id();
            vault.recordHistory(old, check(SAID, "AUTH_INVALID_KEY"));
            vault.backups().now("manual");
            vault.delete(old);

            assertThat(byHand(vault).comparison(ZoneOffset.UTC)).isEqualTo("It also holds 1 key your vault no longer"
                    + " has: Spot. Restoring it brings it back. OKX said on 3 Dec 2026, 18:11 that it no longer knows"
                    + " Spot: restored, it will not work.");
        }
    }

    @Test
    void aNewerCheckThatWorkedIsNotAWarning() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(old, check(SAID, "KEY_NOT_FOUND"));
            vault.recordHistory(old, check(SAID.plusSeconds(60)));
            vault.archive(old, null);

            assertThat(byHand(vault).comparison(ZoneOffset.UTC)).doesNotContain("no longer knows");
            assertThat(byHand(vault).goneOnOkx()).isEmpty();
        }
    }

    /** Of two keys, only the one OKX said it no longer knows is named, though a note came after that check. */
    @Test
    void onlyTheKeyOkxNoLongerKnowsIsNamed() throws Exception {
        try (Vault vault = create()) {
            long gone = vault.add(TestKeys.draft("Gridbot")).record().id();
            long fine = vault.add(TestKeys.draft("Spot")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(gone, check(SAID, "KEY_NOT_FOUND"));
            vault.recordHistory(gone, new HistoryEntry(SAID.plusSeconds(60), HistoryEntry.Kind.CHANGE,
                    HistoryEntry.Outcome.INFO, "The notes were changed.", false, null, List.of(), null, List.of(), null));
            vault.recordHistory(fine, check(SAID));
            vault.archive(gone, null);
            vault.archive(fine, null);

            String comparison = byHand(vault).comparison(ZoneOffset.UTC);

            assertThat(comparison).contains("OKX said on 3 Dec 2026, 18:11 that it no longer knows Gridbot: restored,")
                    .doesNotContain("no longer knows Spot");
            assertThat(byHand(vault).goneOnOkx()).hasSize(1);
        }
    }
}
