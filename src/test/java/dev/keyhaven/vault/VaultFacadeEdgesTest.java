package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the vault's facade promises and only a second opening, a reopening or a locked vault shows: an
 * edit and a restore reach the file, another process's commit is noticed once, a shared opening is
 * refused before its input is judged, a failed daily backup is told, a new vault's generation is
 * remembered from the start.
 */
class VaultFacadeEdgesTest extends VaultFileFixture {

    private static HistoryEntry note(String summary) {
        return entry(HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, summary, false);
    }

    @Test
    void anEditedLabelAndNotesAreInTheFileAfterReopening() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            KeyDraft edited = KeyDraft.of(vault.key(id).orElseThrow());
            vault.update(id, new KeyDraft("grid renamed", edited.purpose(), edited.environment(), edited.region(),
                    edited.baseUrl(), "moved to the new account", edited.rotationDays(), null));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            KeyRecord reread = vault.key(id).orElseThrow();
            assertThat(reread.label()).isEqualTo("grid renamed");
            assertThat(reread.notes()).isEqualTo("moved to the new account");
        }
    }

    @Test
    void aKeyRestoredWithANoteIsActiveWithTheNoteAlsoAfterReopening() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            vault.archive(id, null);
            vault.unarchiveWithNote(id, note("Restored from the archive."));
            assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(id);
            assertThat(vault.archivedKeys()).isEmpty();
            assertThat(vault.history(id)).extracting(HistoryEntry::summary).containsExactly("Restored from the archive.");
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.key(id).orElseThrow().archived()).isFalse();
            assertThat(vault.history(id)).extracting(HistoryEntry::summary).containsExactly("Restored from the archive.");
        }
    }

    @Test
    void aRestoreWithANoteOnALockedVaultIsRefusedAndChangesNothing() throws Exception {
        long id;
        Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
        try (vault) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            vault.archive(id, null);
        }
        assertThatThrownBy(() -> vault.unarchiveWithNote(id, note("too late")))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.LOCKED));
        try (Vault reopened = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(reopened.key(id).orElseThrow().archived()).isTrue();
            assertThat(reopened.history(id)).isEmpty();
        }
    }

    @Test
    void theWriterNoticesAnotherOpeningsCommitOnceAndOnlyThen() throws Exception {
        try (Vault app = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long id = app.add(TestKeys.draft("grid")).record().id();
            assertThat(app.changedByOthers()).as("its own writes are not others'").isFalse();
            try (Vault command = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
                assertThat(app.changedByOthers()).as("opening beside it commits nothing").isFalse();
                command.recordHistory(id, note("Handed to a bot."));
            }
            assertThat(app.changedByOthers()).isTrue();
            assertThat(app.changedByOthers()).as("told once").isFalse();
        }
    }

    @Test
    void aLockedVaultSaysSoAndRefusesTheQuestionWhetherOthersChangedIt() throws Exception {
        Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
        assertThat(vault.isLocked()).isFalse();
        vault.close();
        assertThat(vault.isLocked()).isTrue();
        assertThatThrownBy(vault::changedByOthers).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.LOCKED));
    }

    @Test
    void aSharedOpeningIsRefusedAPasswordChangeBeforeEitherPasswordIsJudged() throws Exception {
        try (Vault app = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
             Vault command = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(command.isShared()).isTrue();
            assertThatThrownBy(() -> command.changePassword(Secret.ofString("not the master password"), Secret.ofString("")))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.IN_USE));
        }
        try (Vault reopened = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(reopened.isMasterPassword(TestKeys.password())).isTrue();
        }
    }

    @Test
    void aDailyBackupThatCannotBeMadeIsToldAndTheVaultStillOpens() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        Path backups = BackupManager.forVault(file()).folder();
        if (Files.isDirectory(backups)) {
            try (var listing = Files.list(backups)) {
                for (Path backup : listing.toList()) {
                    Files.delete(backup);
                }
            }
            Files.delete(backups);
        }
        Files.writeString(backups, "a file where the backups' folder should be");
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
            assertThat(vault.backups().problem()).isPresent();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aNewVaultsFirstGenerationAndSealAreRememberedAtCreation() throws Exception {
        Path config = folder.resolve("config");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(config);
        try (Vault vault = Vault.create(file(), TestKeys.password(), options)) {
            GenerationMemory.Seen seen = new GenerationMemory(config).lastSeen(vault.header().vaultId()).orElseThrow();
            assertThat(seen.generation()).isEqualTo(1);
            assertThat(seen.fingerprint()).isNotEmpty().doesNotStartWith("!");
        }
    }
}
