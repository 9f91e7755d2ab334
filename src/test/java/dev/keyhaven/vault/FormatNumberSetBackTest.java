package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vault's {@code user_version} (its format number) set back with sqlite3 below what the file's tables show (a
 * seal table) was updated again: at format 2 the update ran and the file opened as if
 * Keyhaven had written it, and below 1 it was told as a file "never completely created". It is refused before the
 * password as changed outside Keyhaven, the file left as it was; a backup set back so is told as changed, never
 * restored nor offered. A number above this version's formats still says to update Keyhaven.
 */
class FormatNumberSetBackTest extends VaultFileFixture {

    /** A vault of this version's format with two keys, a history entry and a backup (made after all of them). */
    private Backup realVault() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long grid = vault.add(TestKeys.draft("grid")).record().id();
            vault.add(TestKeys.draft("tax"));
            vault.recordHistory(grid, entry(HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "works", true));
            return vault.backups().now("manual");
        }
    }

    private static void setFormatNumber(Path file, int version) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("PRAGMA user_version = " + version);
        }
    }

    private static String setBack(int claimed, int shown) {
        return "its format number was set back outside Keyhaven: it says format " + claimed + ", but its tables are of "
                + "format " + shown + " or later";
    }

    @ParameterizedTest
    @ValueSource(ints = {Schema.SEALED_FROM - 1, 0, -1, Integer.MIN_VALUE})
    void everyLoweredNumberIsRefusedAndTheFileLeftAsItWas(int lowered) throws Exception {
        Backup backup = realVault();
        setFormatNumber(file(), lowered);
        byte[] before = Files.readAllBytes(file());

        for (boolean shared : new boolean[] {false, true}) {
            assertThatThrownBy(() -> (shared ? Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())
                    : Vault.open(file(), TestKeys.password(), VaultOptions.forTests())).close())
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                        assertThat(e.getMessage()).startsWith("This vault was changed outside Keyhaven ("
                                + setBack(lowered, Schema.SEALED_FROM) + "), so Keyhaven did not open it.")
                                .contains("restore it").as("nothing says a key changed")
                                .doesNotContain("deleted, added, swapped");
                        assertThat(e.newestGoodBackup()).contains(backup.file());
                    });
        }
        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).as("not updated, not touched").isTrue();
        assertThat(VaultFile.backups(file())).as("no 'migration' backup").hasSize(1);
    }

    /**
     * Review 29 H1: Keyhaven before 4 December 2026 re-encrypted a format-2 backup after a password change under a
     * format-3 header and left its number at 2, so a file whose header names the sealed format under number 2 may be
     * Keyhaven's own. Its seal is checked as at every unlock, and the update from 2 only names the format again.
     */
    @Test
    void aNumberSetBackOnlyBelowWhatTheHeaderNamesOpensAndIsUpdatedAgain() throws Exception {
        Backup backup = realVault();
        setFormatNumber(file(), Schema.HEADER_NAMES_SEAL - 1);
        setFormatNumber(backup.file(), Schema.HEADER_NAMES_SEAL - 1);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("grid", "tax");
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(backup.file())).findFirst().orElseThrow();
            assertThat(standing.restorable()).as(standing.holds()).isTrue();
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.HEADER_NAMES_SEAL);
        }
    }

    /** Review 29 L7: SQLite's names do not care about case, so a seal table renamed VAULT_SEAL still shows. */
    @Test
    void aSealTableRenamedInCapitalsStillShows() throws Exception {
        realVault();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("ALTER TABLE " + VaultSeal.TABLE + " RENAME TO renamed_seal");
            raw.execute("ALTER TABLE renamed_seal RENAME TO " + VaultSeal.TABLE.toUpperCase(java.util.Locale.ROOT));
            raw.execute("PRAGMA user_version = 1");
        }

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.getMessage()).contains(setBack(1, Schema.SEALED_FROM));
                });
    }

    @Test
    void theSealTableAloneTellsAFormatTwoVaultSetBackToOne() throws Exception {
        // Format 2's header does not name the sealed format, and no key holds a padded value: only the table shows it.
        VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(Schema.SEALED_FROM))
                .close();
        setFormatNumber(file(), 1);

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.getMessage()).contains(setBack(1, Schema.SEALED_FROM));
                });
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).as("left as it is").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Schema.HEADER_NAMES_SEAL + 1, Integer.MAX_VALUE})
    void aRaisedNumberSaysUpdateKeyhavenAndChangesNothing(int raised) throws Exception {
        realVault();
        setFormatNumber(file(), raised);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.NEWER_FORMAT);
                    assertThat(e.getMessage()).contains("newer Keyhaven (format " + raised).contains("Update Keyhaven");
                });
        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).isTrue();
    }

    /** A copy of {@code whole}, newer by name, whose format number was set back from 3 to 2. */
    /**
     * Review 29 #6: a newer format that keeps its header in another table is "written by a newer Keyhaven", at unlock
     * and in the backup list, never "never completely created" (damage, which offers an older backup over it).
     */
    @Test
    void aNewerFormatWithItsHeaderElsewhereSaysUpdateKeyhaven() throws Exception {
        Backup backup = realVault();
        movedHeaderOfANewerFormat(backup.file());
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(backup.file())).findFirst().orElseThrow();
            assertThat(standing.state()).as(standing.holds()).isEqualTo(BackupStanding.State.NEWER_FORMAT);
        }

        movedHeaderOfANewerFormat(file());
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.NEWER_FORMAT));
    }

    private static void movedHeaderOfANewerFormat(Path file) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("ALTER TABLE vault_header RENAME TO vault_header_v9");
            raw.execute("PRAGMA user_version = 9");
        }
    }

    private Backup plantedSetBack(Backup whole) throws Exception {
        Path planted = Files.copy(whole.file(), whole.file().resolveSibling("20991231-000000.manual.khbackup"));
        setFormatNumber(planted, Schema.SEALED_FROM - 1);
        return VaultFile.backups(file()).stream().filter(b -> b.file().equals(planted)).findFirst().orElseThrow();
    }

    @Test
    void aBackupSetBackIsListedAsChangedOutsideKeyhaven() throws Exception {
        Backup setBack = plantedSetBack(realVault());

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(setBack.file())).findFirst().orElseThrow();
            assertThat(standing.state()).isEqualTo(BackupStanding.State.EDITED);
            assertThat(standing.holds()).contains(setBack(Schema.SEALED_FROM - 1, Schema.SEALED_FROM));
            assertThat(standing.restorable()).isFalse();
        }
    }

    @Test
    void aBackupSetBackIsNeitherRestoredNorOfferedForADamagedVault() throws Exception {
        Backup whole = realVault();
        Backup setBack = plantedSetBack(whole);
        Files.write(file(), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED);
                    assertThat(e.newestGoodBackup()).as("the whole backup").contains(whole.file());
                });
        assertThatThrownBy(() -> VaultFile.restore(file(), setBack, VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.getMessage())
                        .contains("cannot be restored: " + setBack(Schema.SEALED_FROM - 1, Schema.SEALED_FROM)));
        assertThat(Files.readAllBytes(file())).as("the vault stays").containsExactly(1, 2, 3);
    }

    @Test
    void aBackupSetBackIsNotTheIntactOneOfferedForATamperedVault() throws Exception {
        Backup whole = realVault();
        plantedSetBack(whole);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM history");
        }

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.newestGoodBackup()).as("the intact backup, not the newer set-back one")
                            .contains(whole.file());
                });
    }

    @Test
    void aDamagedHeaderShowsNoFormatAndIsToldAsDamage() throws Exception {
        VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(Schema.SEALED_FROM))
                .close();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("vault_header", "header", 1, new byte[] {1, 2, 3});
        }

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED));
    }

    @Test
    void aLinkNamedAsABackupIsNotFollowedToTheClaimOfWhatItPointsTo() throws Exception {
        Backup whole = realVault();
        Path elsewhere = Files.copy(whole.file(), folder.resolve("elsewhere.khvault"));
        setFormatNumber(elsewhere, Schema.SEALED_FROM - 1);
        Path link = Files.createSymbolicLink(whole.file().resolveSibling("20991231-000000.manual.khbackup"), elsewhere);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            BackupStanding standing = vault.backups().standings().stream()
                    .filter(each -> each.backup().file().equals(link)).findFirst().orElseThrow();
            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            assertThat(standing.holds()).contains("it is a link to another file");
        }
    }
}
