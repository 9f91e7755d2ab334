package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The outside attack on a vault updated from format 1: emptied and set back to format 1 with the header of
 * its own migration backup, it opens as an honest empty format-1 vault. The format last seen at its path
 * tells it, even when the generation memory is gone; a restore of that backup is not warned about.
 */
class FormatSetBackAttackTest extends VaultFileFixture {

    private Path config() {
        return folder.resolve("config");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(config());
    }

    /** A vault made at format 1, updated on its first unlock (its migration backup kept), then written to. */
    private Backup vaultUpdatedFromFormatOne() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), options(), formerSchema(1))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("tax"));
        }
        List<Backup> backups = VaultFile.backups(file());
        assertThat(backups).extracting(Backup::reason).contains("migration");
        return backups.stream().filter(backup -> backup.reason().equals("migration")).findFirst().orElseThrow();
    }

    /** What the attacker did with sqlite3: every row out, the seal dropped, format 1 and the backup's header. */
    private void emptyAndSetBackWithTheHeaderOf(Backup migration) throws Exception {
        byte[] formerHeader;
        try (RawVaultFile backup = new RawVaultFile(migration.file())) {
            assertThat(backup.queryLong("PRAGMA user_version")).isEqualTo(1);
            formerHeader = backup.blob("vault_header", "header", 1);
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM history");
            raw.execute("DELETE FROM keys");
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
            raw.setBlob("vault_header", "header", 1, formerHeader);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void theAttackGetsPastTheChecksInsideTheFile() throws Exception {
        emptyAndSetBackWithTheHeaderOf(vaultUpdatedFromFormatOne());

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).as("no memory: an honest empty format-1 vault, the limit the README states")
                    .isEmpty();
            assertThat(vault.olderCopyWarning()).isEmpty();
        }
    }

    @Test
    void theEmptiedVaultSetBackToFormatOneIsAnOlderCopyEvenWithoutTheGenerationMemory() throws Exception {
        emptyAndSetBackWithTheHeaderOf(vaultUpdatedFromFormatOne());
        Files.delete(config().resolve(GenerationMemory.FILE_NAME));

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).isEmpty();
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("older than the one Keyhaven last saw (its format went back from 3 to 1)")
                    .contains("restore your newest backup"));
            assertThat(vault.otherVaultWarning()).as("the same vault").isEmpty();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("until accepted, though its format is the current one again")
                    .isPresent();
            vault.acceptOlderCopy();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("accepted").isEmpty();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void withTheWholeMemoryTheAttackIsAnOlderCopy() throws Exception {
        emptyAndSetBackWithTheHeaderOf(vaultUpdatedFromFormatOne());

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .contains("older than the one Keyhaven last saw"));
        }
    }

    @Test
    void theMigrationBackupRestoredInKeyhavenOpensWithItsKeysAndNoWarning() throws Exception {
        Backup migration = vaultUpdatedFromFormatOne();

        VaultFile.restore(file(), migration, options());

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
            assertThat(vault.info().formatVersion()).isEqualTo(Schema.current().latestVersion());
            assertThat(vault.olderCopyWarning()).isEmpty();
            assertThat(vault.otherVaultWarning()).isEmpty();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aFormatOneFileLeftAsItWasIsNotWarnedAbout() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), options(), formerSchema(1))) {
            vault.add(TestKeys.draft("grid"));
        }

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.olderCopyWarning()).as("format 1 was the highest seen here").isEmpty();
        }
    }
}
