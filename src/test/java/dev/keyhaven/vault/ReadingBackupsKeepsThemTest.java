package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Opening the vault only to read its backups (the CLI's 'backup list' and 'backup restore ID') makes no daily backup,
 * which could prune the oldest one a trader just read the id of; an ordinary opening a day later does make it.
 */
class ReadingBackupsKeepsThemTest extends VaultFileFixture {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T12:00:00Z"));
    private final VaultOptions options = VaultOptions.forTests().withClock(clock);

    @Test
    void anOpeningToReadTheBackupsLeavesThemAsListedWhereAnOrdinaryOneAddsTheDailyBackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options)) {
            vault.add(TestKeys.draft("grid"));
        }
        clock.advance(Duration.ofDays(2));
        var listed = VaultFile.backups(file());

        try (Vault reading = Vault.openSharedKeepingBackups(file(), TestKeys.password(), options)) {
            assertThat(reading.isShared()).isTrue();
            assertThat(reading.backups().standings()).extracting(standing -> standing.backup().id())
                    .containsExactlyInAnyOrderElementsOf(listed.stream().map(Backup::id).toList());
        }
        assertThat(VaultFile.backups(file())).isEqualTo(listed);

        try (Vault shared = Vault.openShared(file(), TestKeys.password(), options)) {
            assertThat(shared.keys()).hasSize(1);
        }
        assertThat(VaultFile.backups(file())).hasSize(listed.size() + 1);
    }
}
