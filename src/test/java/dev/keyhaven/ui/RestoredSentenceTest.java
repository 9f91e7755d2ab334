package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.Backup;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The start screen after a restore: a copy renamed to 2999 was announced as "Restored the backup from 31 Dec 2999",
 * a date the restore question had already said was not true.
 */
class RestoredSentenceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T23:06:00Z");

    private static Backup named(String when) {
        return new Backup("x", Path.of("x.khbackup"), Instant.parse(when), "manual", 1);
    }

    @Test
    void aBackupNamedInTheFutureIsNotDatedByItsName() {
        assertThat(BackupRestore.restoredSentence(named("2999-12-31T23:59:00Z"), NOW))
                .startsWith("Restored the backup whose name says ").endsWith("; its real date is not known.")
                .doesNotContain("from");
    }

    @Test
    void aBackupMadeBeforeNowIsDatedByItsName() {
        assertThat(BackupRestore.restoredSentence(named("2026-12-04T20:43:00Z"), NOW))
                .startsWith("Restored the backup from ").endsWith(".").doesNotContain("not known");
    }
}
