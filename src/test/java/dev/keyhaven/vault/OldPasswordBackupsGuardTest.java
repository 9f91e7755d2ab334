package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups from before password changes: which ones count as old, and that re-encrypting touches only those
 * the given old password opens, leaving every other one byte for byte as it was.
 */
class OldPasswordBackupsGuardTest {

    private static final String SECOND = "second passphrase of the vault";
    private static final String THIRD = "third passphrase of the vault";

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    @Tag("mutation-redundant")
    void reEncryptingWithTheFirstPasswordLeavesTheBackupsOfTheSecondAsTheyAre() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            Backup first = vault.backups().now("first");
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            Backup second = vault.backups().now("second");
            vault.changePassword(Secret.ofString(SECOND), Secret.ofString(THIRD));
            List<Backup> old = vault.backups().withOldPassword();
            assertThat(old).hasSize(4).contains(first, second);
            byte[] secondBytes = Files.readAllBytes(second.file());

            List<Backup> left = vault.backups().reencryptWithOldPassword(TestKeys.password());

            assertThat(left).hasSize(2).contains(second).doesNotContain(first);
            assertThat(vault.backups().withOldPassword()).containsExactlyElementsOf(left);
            assertThat(Files.readAllBytes(second.file())).isEqualTo(secondBytes);
            assertOpensWith(first, THIRD);
            assertThat(temporaries()).isEmpty();

            assertThat(vault.backups().reencryptWithOldPassword(Secret.ofString(SECOND))).isEmpty();
            assertThat(vault.backups().withOldPassword()).isEmpty();
            assertOpensWith(second, THIRD);
        }
    }

    @Test
    void aBackupOfTheFormatBeforeSealsOrWithABrokenSealIsLeftAsItIs() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            Backup older = vault.backups().now("older format");
            Backup broken = vault.backups().now("broken seal");
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            try (RawVaultFile raw = new RawVaultFile(older.file())) {
                raw.execute("PRAGMA user_version = 1");
            }
            try (RawVaultFile raw = new RawVaultFile(broken.file())) {
                raw.execute("UPDATE keys SET updated_at = updated_at + 1");
            }
            byte[] olderBytes = Files.readAllBytes(older.file());
            byte[] brokenBytes = Files.readAllBytes(broken.file());

            List<Backup> left = vault.backups().reencryptWithOldPassword(TestKeys.password());

            assertThat(left).as("the one set back is not an old password's: see the test below").containsExactly(broken);
            assertThat(Files.readAllBytes(older.file())).isEqualTo(olderBytes);
            assertThat(Files.readAllBytes(broken.file())).isEqualTo(brokenBytes);
            assertThat(temporaries()).isEmpty();
        }
    }

    @Test
    void aBackupOfTheFirstSealedFormatIsReEncryptedToo() throws Exception {
        // A vault of the first sealed format, opened by today's Keyhaven: its format update keeps a copy of it.
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(),
                VaultFileFixture.formerSchema(Schema.SEALED_FROM))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            Backup first = vault.backups().standings().stream().map(BackupStanding::backup)
                    .filter(backup -> backup.reason().equals("migration")).findFirst().orElseThrow();
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));

            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).isEmpty();

            try (RawVaultFile raw = new RawVaultFile(first.file())) {
                assertThat(raw.queryLong("PRAGMA user_version")).as("the format of the header it now carries")
                        .isEqualTo(Schema.current().latestVersion());
            }
            assertOpensWith(first, SECOND);
        }
    }

    @Test
    void aBackupWhoseFormatNumberWasSetBackIsToldAsChangedAndNeverTouched() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            Backup setBack = vault.backups().now("set back");
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            try (RawVaultFile raw = new RawVaultFile(setBack.file())) {
                raw.execute("PRAGMA user_version = " + (Schema.SEALED_FROM - 1));
            }
            byte[] bytes = Files.readAllBytes(setBack.file());

            assertThat(vault.backups().withOldPassword()).as("no old password mends it").doesNotContain(setBack);
            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).doesNotContain(setBack);
            vault.backups().deleteWithOldPassword();

            assertThat(Files.readAllBytes(setBack.file())).isEqualTo(bytes);
            assertThat(vault.backups().standings()).filteredOn(each -> each.backup().equals(setBack))
                    .singleElement().satisfies(standing -> {
                        assertThat(standing.state()).isEqualTo(BackupStanding.State.EDITED);
                        assertThat(standing.holds()).contains("its format number was set back outside Keyhaven");
                    });
        }
    }

    @Test
    void aBackupOfANewerFormatThanTheVaultsIsLeftAsItIs() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            Backup newer = vault.backups().now("newer");
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            try (RawVaultFile raw = new RawVaultFile(newer.file())) {
                raw.execute("PRAGMA user_version = " + (Schema.current().latestVersion() + 1));
            }
            byte[] bytes = Files.readAllBytes(newer.file());

            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).contains(newer);

            assertThat(Files.readAllBytes(newer.file())).isEqualTo(bytes);
        }
    }

    @Test
    void aBackupIsLeftAsItIsWhenAStepAfterItsFormatChangesRows() throws Exception {
        Backup before = backupOfAnUpdateTo(Schema.current().plus("rows change", connection -> { }));
        byte[] bytes = Files.readAllBytes(before.file());

        try (Vault vault = VaultOpening.open(file(), Secret.ofString(SECOND), VaultOptions.forTests(),
                Schema.current().plus("rows change", connection -> { }))) {
            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).containsExactly(before);
        }
        assertThat(Files.readAllBytes(before.file())).isEqualTo(bytes);
    }

    @Test
    void aBackupTakesTheVaultsOwnFormatAlongWithItsHeader() throws Exception {
        Backup before = backupOfAnUpdateTo(Schema.current().plusHeaderOnly("header only"));

        try (Vault vault = VaultOpening.open(file(), Secret.ofString(SECOND), VaultOptions.forTests(),
                Schema.current().plusHeaderOnly("header only"))) {
            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).isEmpty();
        }
        try (RawVaultFile raw = new RawVaultFile(before.file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion() + 1);
        }
    }

    /** A vault of this version's format updated to {@code next}'s, then its password changed: the update's backup. */
    private Backup backupOfAnUpdateTo(Schema next) throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), next)) {
            Backup before = vault.backups().standings().stream().map(BackupStanding::backup)
                    .filter(backup -> backup.reason().equals("migration")).findFirst().orElseThrow();
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            assertThat(vault.backups().withOldPassword()).contains(before);
            return before;
        }
    }

    @Test
    void aWrongOldPasswordLeavesEveryBackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            List<Backup> old = vault.backups().withOldPassword();
            assertThat(old).hasSize(1);
            assertThat(vault.backups().reencryptWithOldPassword(Secret.ofString("never the password")))
                    .containsExactlyElementsOf(old);
            assertThatThrownBy(() -> vault.backups().reencryptWithOldPassword(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void filesThatAreNotVaultCopiesAreNeitherListedNorTouched() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            Backup headerless = vault.backups().now("no header");
            vault.changePassword(TestKeys.password(), Secret.ofString(SECOND));
            try (RawVaultFile raw = new RawVaultFile(headerless.file())) {
                raw.execute("DELETE FROM vault_header");
            }
            Path text = headerless.file().resolveSibling("20261123-174500.text.khbackup");
            Files.writeString(text, "not a database, though it has a backup's name; long enough to be read as one.");

            List<Backup> old = vault.backups().withOldPassword();

            assertThat(old).extracting(Backup::reason).containsExactly("password change");
            assertThat(vault.backups().deleteWithOldPassword()).isEqualTo(1);
            assertThat(headerless.file()).exists();
            assertThat(text).exists();
        }
    }

    private void assertOpensWith(Backup backup, String password) throws Exception {
        Path copy = folder.resolve("check").resolve("keys.khvault");
        Files.createDirectories(copy.getParent());
        Files.deleteIfExists(copy);
        Files.copy(backup.file(), copy);
        try (Vault opened = Vault.open(copy, Secret.ofString(password), VaultOptions.forTests())) {
            assertThat(opened.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
        assertThatThrownBy(() -> Vault.open(copy, TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    private List<Path> temporaries() throws Exception {
        try (Stream<Path> files = Files.list(file().resolveSibling("keys.khvault.backups"))) {
            return files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
