package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pruning counts and removes only whole copies of this vault (attack 23: five files with backups' names dated in
 * the future, none of them this vault's, pushed every real backup out, and even the one just made).
 */
class BackupPruningTest extends VaultWithBackups {

    @Test
    void filesThatAreNotWholeCopiesOfThisVaultNeitherCountNorGo() throws Exception {
        List<Backup> real = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            real.add(create("daily", NOW.plusSeconds(i)));
        }
        List<Path> planted = plantFutureFiles();

        Backup made = create("manual", NOW.plusSeconds(60));

        assertThat(made.file()).exists();
        real.forEach(backup -> assertThat(backup.file()).exists());
        planted.forEach(file -> assertThat(Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue());
    }

    @Test
    void theCopyJustMadeStaysEvenWhenWholeCopiesOfThisVaultAreDatedLater() throws Exception {
        for (int i = 0; i < BackupManager.KEEP; i++) {
            create("daily", NOW.plusSeconds(3600 + i));
        }
        Backup made = create("manual", NOW);

        assertThat(made.file()).exists();
        assertThat(manager.list()).hasSize(BackupManager.KEEP).contains(made);
    }

    @Test
    void aLinkIsNotACopyKeyhavenWrote() throws Exception {
        Backup real = create("daily", NOW);
        Path link = manager.folder().resolve("20261124-000000.manual.khbackup");
        Files.createSymbolicLink(link, real.file());

        assertThat(BackupFileCheck.structuralProblem(link)).isEqualTo("it is a link to another file, not a copy Keyhaven wrote");
        assertThat(BackupFileCheck.structuralProblem(real.file())).isNull();
    }

    /** Five files named as backups from the day after: another vault, a link, a damaged header, a truncated file. */
    private List<Path> plantFutureFiles() throws Exception {
        Path other = folder.resolve("other.khvault");
        try (Vault vault = Vault.create(other, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("someone else's"));
        }
        Path backups = manager.folder();
        List<Path> planted = new ArrayList<>();
        planted.add(Files.copy(other, backups.resolve("20261124-000001.daily.khbackup")));
        planted.add(Files.copy(other, backups.resolve("20261124-000002.daily.khbackup")));
        Path link = backups.resolve("20261124-000003.manual.khbackup");
        planted.add(Files.createSymbolicLink(link, vaultFile));
        Path damaged = Files.copy(vaultFile, backups.resolve("20261124-000004.manual.khbackup"));
        try (RawVaultFile raw = new RawVaultFile(damaged)) {
            raw.execute("UPDATE vault_header SET header = zeroblob(40)");
        }
        planted.add(damaged);
        Path truncated = backups.resolve("20261124-000005.manual.khbackup");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(vaultFile), 1000));
        planted.add(truncated);
        return planted;
    }
}
