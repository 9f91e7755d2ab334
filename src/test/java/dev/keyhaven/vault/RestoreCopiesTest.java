package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restore killed half-way leaves beside the vault goes at the next opening by its writer, and only that. */
class RestoreCopiesTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    private Backup vaultWithABackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Gridbot"));
            return vault.backups().now("manual");
        }
    }

    private static Path leftOver(Path copy) throws Exception {
        FilePermissions.createOwnerOnlyFile(copy);
        Files.writeString(copy, "left by a killed restore");
        return copy;
    }

    private void openAsWriter() throws Exception {
        Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close();
    }

    @Test
    void theCopiesAKilledRestoreLeftGoAtTheNextOpeningAndNothingElse() throws Exception {
        Backup backup = vaultWithABackup();
        Path prepared = leftOver(folder.resolve(".vault.keyhaven.prepared-0123456789abcdef.tmp"));
        Path restoring = leftOver(folder.resolve(".vault.keyhaven.restore-fedcba9876543210.tmp"));
        Path earlierPrepared = leftOver(folder.resolve(".vault.keyhaven.prepared.tmp"));
        Path earlierRestoring = leftOver(folder.resolve(".vault.keyhaven.restore.tmp"));
        Path alike = leftOver(folder.resolve(".vault.keyhaven.prepared.tmp.mine"));
        Path shortName = leftOver(folder.resolve(".vault.keyhaven.prepared-0123.tmp"));
        Path otherKind = leftOver(folder.resolve(".vault.keyhaven.backup-0123456789abcdef.tmp"));
        Path otherVaults = leftOver(folder.resolve(".other.keyhaven.prepared-0123456789abcdef.tmp"));

        openAsWriter();

        assertThat(prepared).doesNotExist();
        assertThat(restoring).doesNotExist();
        assertThat(earlierPrepared).doesNotExist();
        assertThat(earlierRestoring).doesNotExist();
        assertThat(alike).exists();
        assertThat(shortName).exists();
        assertThat(otherKind).exists();
        assertThat(otherVaults).exists();
        assertThat(backup.file()).exists();
        assertThat(VaultFile.backups(file())).extracting(Backup::file).containsExactly(backup.file());
        openAsWriter();
    }

    /** Two restores prepared at once (review 29 #10) never share a copy: each has its own, and removes only its own. */
    @Test
    void eachPreparedRestoreHasAnOwnerOnlyCopyOfItsOwn() throws Exception {
        Backup backup = vaultWithABackup();
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            PreparedRestore first = vault.backups().prepareRestore(backup);
            PreparedRestore second = vault.backups().prepareRestore(backup);
            Path firstCopy = first.copy().orElseThrow();
            Path secondCopy = second.copy().orElseThrow();

            assertThat(firstCopy).isNotEqualTo(secondCopy);
            assertThat(RestoreCopies.all(file())).containsExactlyInAnyOrder(firstCopy, secondCopy);
            assertThat(FilePermissions.isOwnerOnly(firstCopy)).isTrue();
            assertThat(FilePermissions.isOwnerOnly(secondCopy)).isTrue();
            first.close();
            assertThat(secondCopy).exists();
            second.close();
        }
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    /** Only the writer removes them: a reader beside it may be the one whose restore prepared it a moment ago. */
    @Test
    void aSharedOpeningBesideTheWriterLeavesThem() throws Exception {
        vaultWithABackup();
        try (Vault writer = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            Path prepared = leftOver(folder.resolve(".vault.keyhaven.prepared-00112233aabbccdd.tmp"));

            Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()).close();

            assertThat(prepared).exists();
        }
    }

    @Test
    void aFileOthersMayReadIsNotOneKeyhavenWrote() throws Exception {
        vaultWithABackup();
        Path prepared = leftOver(folder.resolve(".vault.keyhaven.prepared-00112233aabbccdd.tmp"));
        Files.setPosixFilePermissions(prepared, PosixFilePermissions.fromString("rw-r--r--"));

        openAsWriter();

        assertThat(prepared).exists();
    }

    @Test
    void aLinkByThatNameStaysAndSoDoesWhatItPointsTo() throws Exception {
        Backup backup = vaultWithABackup();
        Path link = Files.createSymbolicLink(folder.resolve(".vault.keyhaven.restore-00112233aabbccdd.tmp"),
                backup.file());

        openAsWriter();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(backup.file()).exists();
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
