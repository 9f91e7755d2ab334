package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: a new vault is never without a verified backup once it holds a key (the daily one comes on unlock). */
class FirstKeyBackupTest {

    @TempDir
    Path folder;

    @Test
    @Tag("mutation-redundant")
    void theFirstKeySavedMakesAVerifiedBackupAndTheNextOnesDoNot() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(VaultFile.backups(file)).isEmpty();

            vault.add(TestKeys.draft("gridbot"));
            vault.backups().firstIfNone();

            assertThat(VaultFile.backups(file)).singleElement().satisfies(backup -> {
                assertThat(backup.reason()).isEqualTo("first key");
                assertThat(backup.file()).exists();
            });
            assertThat(vault.backups().problem()).isEmpty();

            vault.add(TestKeys.draft("journal"));
            vault.backups().firstIfNone();

            assertThat(VaultFile.backups(file)).hasSize(1);
        }
    }

    @Test
    void aBackupOlderThanTheFirstKeyDoesNotHoldItSoAnotherIsMade() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests().withClock(clock))) {
            vault.backups().now("manual");
            clock.advance(Duration.ofMinutes(1));
            vault.add(TestKeys.draft("gridbot"));

            vault.backups().firstIfNone();

            assertThat(VaultFile.backups(file)).extracting(Backup::reason).containsExactly("first key", "manual");
        }
    }

    @Test
    void aCopyRenamedTo2999IsNoBackupMadeSinceTheFirstKey() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests().withClock(clock))) {
            Backup before = vault.backups().now("manual");
            java.nio.file.Files.move(before.file(), before.file().resolveSibling("29991231-235959.manual.khbackup"));
            clock.advance(Duration.ofMinutes(1));
            vault.add(TestKeys.draft("gridbot"));

            vault.backups().firstIfNone();

            assertThat(VaultFile.backups(file)).extracting(Backup::reason).contains("first key");
        }
    }

    @Test
    void aBackupMadeAfterTheFirstKeyHoldsItAlready() throws Exception {
        Path file = folder.resolve("keys.keyhaven");
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests().withClock(clock))) {
            vault.add(TestKeys.draft("gridbot"));
            clock.advance(Duration.ofMinutes(1));
            vault.backups().now("manual");

            vault.backups().firstIfNone();

            assertThat(VaultFile.backups(file)).extracting(Backup::reason).containsExactly("manual");
        }
    }
}
