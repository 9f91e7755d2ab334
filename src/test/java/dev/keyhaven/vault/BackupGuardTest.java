package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The backups folder's rules, on real vault files: names, order, pruning, verification, restore. */
class BackupGuardTest extends VaultWithBackups {

    @Test
    void backupsMadeInOneSecondGetSequenceNumbersAndListNewestFirst() throws Exception {
        Backup first = create("manual", NOW);
        Backup second = create("manual", NOW);
        Backup third = create("manual", NOW.plusMillis(999));
        Backup later = create("manual", NOW.plusSeconds(1));

        assertThat(List.of(first.id(), second.id(), third.id(), later.id()))
                .containsExactly("20261123-174500", "20261123-174500-2", "20261123-174500-3", "20261123-174501");
        assertThat(manager.list()).extracting(Backup::id)
                .containsExactly("20261123-174501", "20261123-174500-3", "20261123-174500-2", "20261123-174500");
        assertThat(second.createdAt()).isEqualTo(NOW);
        assertThat(second.file().getFileName()).hasToString("20261123-174500-2.manual.khbackup");
        assertThat(second.sizeBytes()).isEqualTo(Files.size(second.file()));
    }

    @Test
    void aBackupDatedBeforeTheNewestIsTheOneReturned() throws Exception {
        create("manual", NOW.plusSeconds(10));
        Backup earlier = create("manual", NOW);
        assertThat(earlier.id()).isEqualTo("20261123-174500");
        assertThat(earlier.createdAt()).isEqualTo(NOW);
        Backup copy = manager.copyAsIs("before restore", NOW.minusSeconds(1), null);
        assertThat(copy.id()).isEqualTo("20261123-174459");
    }

    @Test
    void strayFilesInTheFolderAreNotBackups() throws Exception {
        create("daily", NOW);
        Files.writeString(manager.folder().resolve("20261323-174500.daily.khbackup"), "month 13");
        Files.writeString(manager.folder().resolve("notes.khbackup"), "not ours");
        Files.writeString(manager.folder().resolve("20261123-174500.daily.txt"), "not ours");

        assertThat(manager.list()).extracting(Backup::id).containsExactly("20261123-174500");
        assertThat(manager.list().get(0).reason()).isEqualTo("daily");
    }

    @Test
    void aVaultWithoutBackupsHasNoneAndIsDueForADailyOne() throws Exception {
        assertThat(manager.list()).isEmpty();
        assertThat(manager.newestGood()).isEmpty();
        assertThat(manager.dailyDue(NOW)).isTrue();
        create("daily", NOW);
        assertThat(manager.dailyDue(NOW.plus(BackupManager.DAILY).minusSeconds(1))).isFalse();
        assertThat(manager.dailyDue(NOW.plus(BackupManager.DAILY))).isTrue();
    }

    @Test
    void aReasonBecomesAShortSlugInTheName() {
        assertThat(BackupNames.slug("Password change")).isEqualTo("password-change");
        assertThat(BackupNames.slug("  --Before   restore!! ")).isEqualTo("before-restore");
        assertThat(BackupNames.slug(null)).isEqualTo("manual");
        assertThat(BackupNames.slug("***")).isEqualTo("manual");
        assertThat(BackupNames.slug("a".repeat(40))).isEqualTo("a".repeat(40));
        assertThat(BackupNames.slug("a".repeat(41))).isEqualTo("a".repeat(40));
        assertThat(BackupNames.slug("a".repeat(39) + " b")).isEqualTo("a".repeat(39));
    }

    @Test
    void onlyTheNewestFiveAreKeptExceptTheOneBeingRestored() throws Exception {
        Backup oldest = create("manual", NOW.plusSeconds(1));
        for (int i = 2; i <= BackupManager.KEEP; i++) {
            create("manual", NOW.plusSeconds(i));
        }
        // The copy made before restoring the oldest backup must not prune the one about to be restored.
        manager.copyAsIs("before restore", NOW.plusSeconds(10), oldest.file());
        assertThat(manager.list()).hasSize(BackupManager.KEEP + 1).last().isEqualTo(oldest);

        Backup next = manager.copyAsIs("before restore", NOW.plusSeconds(11), null);
        assertThat(manager.list()).hasSize(BackupManager.KEEP).first().isEqualTo(next);
        assertThat(oldest.file()).doesNotExist();
        assertThat(manager.list()).extracting(Backup::createdAt).last().isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void aCopyAsIsIsByteForByteEvenOfADamagedFile() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(vaultFile)) {
            raw.execute("UPDATE vault_header SET header = zeroblob(40)");
        }
        Backup copy = manager.copyAsIs("before restore", NOW, null);

        assertThat(Files.readAllBytes(copy.file())).isEqualTo(Files.readAllBytes(vaultFile));
        assertThat(copy.reason()).isEqualTo("before restore");
        assertThat(FilePermissions.isOwnerOnly(copy.file())).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCopyThatFailsItsCheckLeavesNothingBehind() throws Exception {
        VaultException refused = new VaultException(Reason.IO, "refused");
        try (VaultDatabase source = VaultDatabase.openReadOnly(vaultFile)) {
            assertThatThrownBy(() -> manager.create(source, "manual", NOW, copy -> {
                throw refused;
            })).isSameAs(refused);
            IllegalStateException broken = new IllegalStateException("broken");
            assertThatThrownBy(() -> manager.create(source, "manual", NOW, copy -> {
                throw broken;
            })).isSameAs(broken);
            assertThatThrownBy(() -> manager.create(source, "manual", NOW, copy -> {
                throw new SQLException("disk I/O error");
            })).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.IO);
                assertThat(e.getMessage()).startsWith("Keyhaven could not write a backup of the vault at " + vaultFile);
            });
        }
        assertThat(manager.list()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theVerifierSeesTheFreshCopyBeforeItHasABackupsName() throws Exception {
        try (VaultDatabase source = VaultDatabase.openReadOnly(vaultFile)) {
            manager.create(source, "manual", NOW, copy -> {
                assertThat(copy.file().getFileName().toString()).startsWith(".").endsWith(".tmp");
                assertThat(copy.readHeader()).isEqualTo(source.readHeader());
                assertThat(copy.count("SELECT count(*) FROM keys")).isEqualTo(1);
            });
        }
    }

    @Test
    void aLeftoverTemporaryFileIsRemovedByTheNextBackup() throws Exception {
        create("manual", NOW);
        Path leftover = manager.folder().resolve(".20261123-174400.manual.khbackup.tmp");
        Files.writeString(leftover, "half a backup");
        create("manual", NOW.plusSeconds(1));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void eachStructuralProblemIsNamed() throws Exception {
        assertThat(BackupFileCheck.structuralProblem(vaultFile)).isNull();
        assertThat(BackupFileCheck.structuralProblem(folder.resolve("missing"))).isEqualTo("the file is missing");
        assertThat(BackupFileCheck.structuralProblem(folder)).isEqualTo("it is a folder, not a backup file");

        Path text = folder.resolve("text");
        Files.writeString(text, "not a database at all, but long enough to be read as one? no.".repeat(20));
        assertThat(BackupFileCheck.structuralProblem(text)).isEqualTo("it cannot be read as a database");

        Path other = copyOfVault("other");
        edit(other, "PRAGMA application_id = 1");
        assertThat(BackupFileCheck.structuralProblem(other)).isEqualTo("it is not a Keyhaven vault");

        Path noHeader = copyOfVault("no-header");
        edit(noHeader, "DROP TABLE vault_header");
        assertThat(BackupFileCheck.structuralProblem(noHeader)).isEqualTo("it is not a Keyhaven vault");

        Path badHeader = copyOfVault("bad-header");
        edit(badHeader, "UPDATE vault_header SET header = zeroblob(40)");
        assertThat(BackupFileCheck.structuralProblem(badHeader)).isEqualTo("its header does not match its checksum");
    }

    @Test
    void aFileWhoseStructureIsBrokenIsNamedSo() throws Exception {
        Path broken = copyOfVault("broken");
        byte[] bytes = Files.readAllBytes(broken);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        // Page 1 stays intact (the file still opens as Keyhaven's); the last page's b-tree header is garbled.
        int lastPage = bytes.length - pageSize;
        for (int i = 0; i < 12; i++) {
            bytes[lastPage + i] = (byte) 0xff;
        }
        Files.write(broken, bytes);
        assertThat(BackupFileCheck.structuralProblem(broken))
                .isIn("SQLite reports that its structure is broken", "it cannot be read as a database");
    }

    @Test
    void theNewestGoodBackupSkipsDamagedOnes() throws Exception {
        Backup good = create("manual", NOW);
        Backup damaged = create("manual", NOW.plusSeconds(1));
        edit(damaged.file(), "UPDATE vault_header SET header = zeroblob(40)");

        assertThat(manager.newestGood()).contains(good);
        assertThatThrownBy(() -> manager.restore(damaged)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).isEqualTo("The backup from " + Problems.describe(damaged.createdAt())
                    + " cannot be restored: its header does not match its checksum. Choose an older backup.");
        });
    }

    @Test
    @Tag("mutation-redundant")
    void aRestoreRemovesTheOldJournalAndLeavesNoTemporaryFile() throws Exception {
        Backup backup = create("manual", NOW);
        try (Vault vault = Vault.open(vaultFile, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("later"));
        }
        Path journal = vaultFile.resolveSibling(vaultFile.getFileName() + "-journal");
        Files.writeString(journal, "a hot journal of the old file");

        manager.restore(backup);

        assertThat(journal).doesNotExist();
        assertThat(Files.readAllBytes(vaultFile)).isEqualTo(Files.readAllBytes(backup.file()));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        try (Vault vault = Vault.open(vaultFile, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("bot");
        }
    }

    @Test
    void backupsAreMadeInAnOwnerOnlyFolder() throws Exception {
        Backup backup = create("manual", NOW);
        assertThat(FilePermissions.isOwnerOnly(manager.folder())).isTrue();
        assertThat(FilePermissions.isOwnerOnly(backup.file())).isTrue();
        assertThat(manager.folder()).isEqualTo(vaultFile.resolveSibling("keys.khvault.backups"));
        assertThat(Duration.between(backup.createdAt(), NOW)).isZero();
    }

    private Path copyOfVault(String name) throws IOException {
        Path copy = folder.resolve(name + ".khvault");
        Files.copy(vaultFile, copy);
        return copy;
    }

    private static void edit(Path file, String sql) throws SQLException {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute(sql);
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(manager.folder())) {
            return files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
