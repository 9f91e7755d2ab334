package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last generation seen, kept beside the settings, and the format update that seals older vaults. */
class VaultGenerationTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault").resolve("keys.khvault");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    @Test
    void aWholeFileReplacedByAnOlderCopyOfItselfIsWarnedAbout() throws Exception {
        Path older = folder.resolve("older.khvault");
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
            Files.copy(file(), older);
            vault.add(TestKeys.draft("added later"));
            assertThat(vault.olderCopyWarning()).isEmpty();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("the newest file").isEmpty();
        }
        Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("older than the one Keyhaven last saw").contains("not by a restore in Keyhaven"));
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
            vault.recordHistory(vault.keys().get(0).id(), VaultPasswordChangeTest.note("a write meanwhile"));
            vault.recordHistory(vault.keys().get(0).id(), VaultPasswordChangeTest.note("another: past the generation seen"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("until the user accepts it").isPresent();
            vault.acceptOlderCopy();
            assertThat(vault.olderCopyWarning()).isEmpty();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).isEmpty();
        }
    }

    @Test
    void aCopyOfTheSameGenerationThatWentAnotherWayIsWarnedAbout() throws Exception {
        Path older = folder.resolve("older.khvault");
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            Files.copy(file(), older);
            vault.recordHistory(id, VaultPasswordChangeTest.note("the real one"));
        }
        try (Vault copy = Vault.open(older, TestKeys.password(), VaultOptions.forTests())) {
            copy.recordHistory(id, VaultPasswordChangeTest.note("the other way"));
        }
        Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).isPresent();
        }
    }

    @Test
    void aRestoreKeyhavenMadeItselfIsNotWarnedAbout() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
            backup = vault.backups().now("manual");
            vault.add(TestKeys.draft("added later"));
        }
        VaultFile.restore(file(), backup, options());
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).isEmpty();
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aCommandBesideTheAppRaisesTheGenerationTooSoTheAppsFileIsNotOlder() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            id = vault.add(TestKeys.draft("grid")).record().id();
        }
        try (Vault app = Vault.open(file(), TestKeys.password(), options());
             Vault command = Vault.openShared(file(), TestKeys.password(), options())) {
            command.recordHistory(id, VaultPasswordChangeTest.note("handed out"));
            app.setChecklistDone(id, java.util.Set.of("step"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).isEmpty();
            assertThat(vault.history(id)).hasSize(1);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aVaultOfTheFormerFormatIsSealedOnFirstUnlockAfterAVerifiedBackup() throws Exception {
        Schema former = new Schema(List.of(Schema.current().migrations().get(0)));
        long id;
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), options(), former)) {
            id = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(id, VaultPasswordChangeTest.note("checked"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(1);
            assertThat(raw.blob("keys", KeyRows.PASSPHRASE, id)).as("not padded yet").hasSize(1 + 12 + 15 + 16);
        }

        try (Vault vault = Vault.open(file(), TestKeys.password(), options());
             Credentials credentials = vault.credentials(id)) {
            assertThat(credentials.passphrase().reveal()).isEqualTo("passphrase-grid");
            assertThat(vault.history(id)).hasSize(1);
        }
        assertThat(VaultFile.backups(file())).extracting(Backup::reason).contains("migration");
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
            assertThat(raw.queryLong("SELECT generation FROM vault_seal")).isPositive();
            assertThat(raw.blob("keys", KeyRows.PASSPHRASE, id)).as("padded").hasSize(1 + 12 + Padding.CREDENTIAL + 16);
            raw.execute("DELETE FROM history");
        }
        VaultTamperTest.assertTampered(() -> Vault.open(file(), TestKeys.password(), options()).close(),
                "a history row deleted after the format update");
    }
}
