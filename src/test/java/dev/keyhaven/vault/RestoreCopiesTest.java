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
    void bothCopiesAKilledRestoreLeftGoAtTheNextOpeningAndNothingElse() throws Exception {
        Backup backup = vaultWithABackup();
        Path prepared = leftOver(folder.resolve(".vault.keyhaven.prepared.tmp"));
        Path restoring = leftOver(folder.resolve(".vault.keyhaven.restore.tmp"));
        Path alike = leftOver(folder.resolve(".vault.keyhaven.prepared.tmp.mine"));
        Path otherVaults = leftOver(folder.resolve(".other.keyhaven.prepared.tmp"));

        openAsWriter();

        assertThat(prepared).doesNotExist();
        assertThat(restoring).doesNotExist();
        assertThat(alike).exists();
        assertThat(otherVaults).exists();
        assertThat(backup.file()).exists();
        assertThat(VaultFile.backups(file())).extracting(Backup::file).containsExactly(backup.file());
        openAsWriter();
    }

    /** Only the writer removes them: a reader beside it may be the one whose restore prepared it a moment ago. */
    @Test
    void aSharedOpeningBesideTheWriterLeavesThem() throws Exception {
        vaultWithABackup();
        try (Vault writer = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            Path prepared = leftOver(RestoreCopies.prepared(file()));

            Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()).close();

            assertThat(prepared).exists();
        }
    }

    @Test
    void aFileOthersMayReadIsNotOneKeyhavenWrote() throws Exception {
        vaultWithABackup();
        Path prepared = leftOver(RestoreCopies.prepared(file()));
        Files.setPosixFilePermissions(prepared, PosixFilePermissions.fromString("rw-r--r--"));

        openAsWriter();

        assertThat(prepared).exists();
    }

    @Test
    void aLinkByThatNameStaysAndSoDoesWhatItPointsTo() throws Exception {
        Backup backup = vaultWithABackup();
        Path link = Files.createSymbolicLink(RestoreCopies.restoring(file()), backup.file());

        openAsWriter();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(backup.file()).exists();
        assertThat(Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
