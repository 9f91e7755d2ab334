package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's own guards: a locked vault answers nothing but "locked"; a shared opening reads and adds
 * history but changes nothing else; and what each call returns is the vault's, not a default.
 */
class VaultFacadeGuardTest {

    @TempDir
    Path folder;

    private Path file;
    private long grid;
    private long old;

    @BeforeEach
    void aVaultWithAnActiveAndAnArchivedKey() throws Exception {
        file = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            grid = vault.add(TestKeys.draft("grid")).record().id();
            old = vault.add(TestKeys.draft("old")).record().id();
            vault.archive(old, null);
        }
    }

    @Test
    void aLockedVaultRefusesEveryCallAsLocked() throws Exception {
        Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests());
        vault.close();
        vault.close();
        assertThat(vault.isLocked()).isTrue();
        List<ThrowingCallable> calls = List.of(
                vault::info, vault::keys, vault::archivedKeys, () -> vault.key(grid), () -> vault.keyByLabel("grid"),
                () -> vault.add(TestKeys.draft("new")), () -> vault.update(grid, TestKeys.draft("grid")),
                () -> vault.replace(grid, TestKeys.draft("next"), "grid (old)", note(), note()),
                () -> vault.credentials(grid), () -> vault.apiKey(grid), () -> vault.delete(grid),
                () -> vault.archive(grid, null), () -> vault.unarchive(old),
                () -> vault.isMasterPassword(TestKeys.password()), () -> vault.archiveWithNote(grid, note()),
                () -> vault.setChecklistDone(grid, Set.of("a")), () -> vault.recordHistory(grid, note()),
                () -> vault.history(grid), () -> vault.histories(Set.of(grid)),
                () -> vault.changePassword(TestKeys.password(), Secret.ofString("another one")),
                () -> vault.backups().withOldPassword(), () -> vault.backups().deleteWithOldPassword(),
                () -> vault.backups().reencryptWithOldPassword(TestKeys.password()), vault::acceptOlderCopy,
                () -> vault.backups().now("manual"), vault::changedByOthers);
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)).as("call " + i).isInstanceOf(VaultException.class)
                    .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.LOCKED);
        }
        assertThat(vault.toString()).contains("locked").doesNotContain("unlocked");
    }

    @Test
    void aSharedOpeningReadsAndAddsHistoryButChangesNothingElse() throws Exception {
        try (Vault shared = Vault.openShared(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(shared.isShared()).isTrue();
            assertThat(shared.toString()).contains("shared");
            assertThat(shared.keys()).extracting(KeyRecord::label).containsExactly("grid");
            shared.recordHistory(grid, note());
            assertThat(shared.history(grid)).hasSize(1);
            assertThat(shared.histories(Set.of(grid)).get(grid)).hasSize(1);
            List<ThrowingCallable> changes = List.of(
                    () -> shared.add(TestKeys.draft("new")), () -> shared.update(grid, TestKeys.draft("grid")),
                    () -> shared.replace(grid, TestKeys.draft("next"), "grid (old)", note(), note()),
                    () -> shared.delete(grid), () -> shared.archive(grid, null), () -> shared.unarchive(old),
                    () -> shared.archiveWithNote(grid, note()), () -> shared.setChecklistDone(grid, Set.of("a")),
                    () -> shared.changePassword(TestKeys.password(), Secret.ofString("another one")),
                    () -> shared.backups().deleteWithOldPassword(),
                    () -> shared.backups().reencryptWithOldPassword(TestKeys.password()),
                    () -> shared.backups().now("manual"));
            for (int i = 0; i < changes.size(); i++) {
                assertThatThrownBy(changes.get(i)).as("change " + i).isInstanceOf(VaultException.class)
                        .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.IN_USE);
            }
        }
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.isShared()).isFalse();
            assertThat(vault.toString()).contains("unlocked").doesNotContain("shared");
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
            assertThat(vault.archivedKeys()).extracting(KeyRecord::label).containsExactly("old");
        }
    }

    @Test
    void theListingsAndLookupsAnswerFromTheVault() throws Exception {
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            long alpha = vault.add(TestKeys.draft("Alpha")).record().id();
            long zulu = vault.add(TestKeys.draft("zulu")).record().id();
            assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(alpha, grid, zulu);
            vault.archive(zulu, alpha);
            assertThat(vault.archivedKeys()).extracting(KeyRecord::id).as("newest archived first").containsExactly(zulu, old);
            assertThat(vault.keyByLabel("  GRID ")).map(KeyRecord::id).contains(grid);
            assertThat(vault.keyByLabel("old")).as("an archived key is not found by label").isEmpty();
            assertThat(vault.keyByLabel(null)).isEmpty();
            assertThat(vault.key(old)).map(KeyRecord::label).contains("old");
            assertThat(vault.key(12345)).isEmpty();
            VaultInfo info = vault.info();
            assertThat(info.keyCount()).isEqualTo(2);
            assertThat(info.archivedKeyCount()).isEqualTo(2);
            assertThat(vault.path()).isEqualTo(file);
            assertThat(VaultFile.exists(file)).isTrue();
            assertThat(VaultFile.exists(folder.resolve("none"))).isFalse();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void theMasterPasswordIsRecognisedAndOnlyIt() throws Exception {
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.isMasterPassword(TestKeys.password())).isTrue();
            assertThat(vault.isMasterPassword(Secret.ofString(TestKeys.PASSWORD + " "))).isFalse();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aBackupAndAPasswordChangeAreWritersWork() throws Exception {
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            Backup backup = vault.backups().now("manual");
            assertThat(Files.exists(backup.file())).isTrue();
            assertThat(VaultFile.backups(file)).extracting(Backup::file).contains(backup.file());
            int before = VaultFile.backups(file).size();
            assertThatThrownBy(() -> vault.changePassword(null, Secret.ofString("another one")))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> vault.changePassword(TestKeys.password(), Secret.empty()))
                    .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
            assertThatThrownBy(() -> vault.changePassword(Secret.ofString("not it"), Secret.ofString("another one")))
                    .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_PASSWORD);
            assertThat(VaultFile.backups(file)).as("no backup for a refused change").hasSize(before);
            assertThatThrownBy(() -> vault.backups().reencryptWithOldPassword(null)).isInstanceOf(NullPointerException.class);
        }
    }

    private static HistoryEntry note() {
        return new HistoryEntry(java.time.Instant.now(), HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, "note",
                false, null, null, null, null, null);
    }
}
