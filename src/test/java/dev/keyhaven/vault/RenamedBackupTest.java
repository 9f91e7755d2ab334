package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole copy of this vault renamed to 2999 is not made later than every real backup: it neither holds off the daily
 * backup, nor is offered as the newest whole one, nor is kept by pruning in place of real recent ones.
 */
class RenamedBackupTest extends VaultWithBackups {

    private Path renamedTo2999(Backup backup) throws Exception {
        return Files.copy(backup.file(), manager.folder().resolve("29991231-235959.manual.khbackup"));
    }

    @Test
    void aCopyRenamedTo2999DoesNotHoldOffTheDailyBackup() throws Exception {
        renamedTo2999(create("daily", NOW));

        assertThat(manager.dailyDue(NOW.plusSeconds(60))).as("the real one is a minute old").isFalse();
        assertThat(manager.dailyDue(NOW.plus(BackupManager.DAILY))).isTrue();
    }

    @Test
    void aCopyRenamedTo2999IsNotOfferedAsTheNewestWholeBackup() throws Exception {
        Backup real = create("daily", NOW);
        renamedTo2999(real);

        assertThat(manager.newestGood()).contains(real);
    }

    @Test
    void pruningRemovesACopyRenamedTo2999BeforeARealBackup() throws Exception {
        List<Backup> real = new ArrayList<>();
        for (int i = 0; i < BackupManager.KEEP; i++) {
            real.add(create("daily", NOW.plusSeconds(i)));
        }
        Path renamed = renamedTo2999(real.get(0));

        Backup made = create("manual", NOW.plusSeconds(60));

        assertThat(renamed).doesNotExist();
        assertThat(made.file()).exists();
        real.subList(1, BackupManager.KEEP).forEach(backup -> assertThat(backup.file()).exists());
        assertThat(manager.list()).hasSize(BackupManager.KEEP);
    }
}
