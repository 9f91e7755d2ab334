package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultBackupTest {

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T17:45:00Z"));

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withClock(clock);
    }

    @Test
    @Tag("mutation-redundant")
    void keepsTheNewestFiveVerifiedBackups() throws Exception {
        List<Backup> made = new ArrayList<>();
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("bot"));
            for (int i = 0; i < 7; i++) {
                made.add(vault.backups().now("manual"));
                if (i % 2 == 1) {
                    clock.advance(Duration.ofMinutes(1));
                }
            }
        }

        List<Backup> kept = VaultFile.backups(file());

        List<String> newestFive = new ArrayList<>(made.subList(2, 7).stream().map(Backup::id).toList());
        java.util.Collections.reverse(newestFive);
        assertThat(kept).extracting(Backup::id).containsExactlyElementsOf(newestFive);
        assertThat(made).extracting(Backup::id).doesNotHaveDuplicates();
        assertThat(kept.get(0).reason()).isEqualTo("manual");
        assertThat(kept.get(0).sizeBytes()).isPositive();
        assertThat(kept.get(0).id()).startsWith("20261123-1748");
        assertThat(filesIn(folder.resolve("keys.khvault.backups"))).hasSize(5);
    }

    @Test
    void unlockingMakesOneBackupADay() throws Exception {
        Vault.create(file(), TestKeys.password(), options()).close();
        assertThat(VaultFile.backups(file())).isEmpty();

        Vault.open(file(), TestKeys.password(), options()).close();
        assertThat(VaultFile.backups(file())).singleElement().extracting(Backup::reason).isEqualTo("daily");

        clock.advance(Duration.ofHours(23));
        Vault.open(file(), TestKeys.password(), options()).close();
        assertThat(VaultFile.backups(file())).hasSize(1);

        clock.advance(Duration.ofHours(1));
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.backups().problem()).isEmpty();
        }
        assertThat(VaultFile.backups(file())).hasSize(2)
                .first().extracting(Backup::createdAt).isEqualTo(Instant.parse("2026-11-24T17:45:00Z"));
    }

    @Test
    void restoresABackupAfterSavingTheCurrentFile() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("before"));
            backup = vault.backups().now("manual");
            clock.advance(Duration.ofMinutes(5));
            vault.add(TestKeys.draft("after"));

            assertThatThrownBy(() -> VaultFile.restore(file(), backup, VaultOptions.forTests())).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
        }

        VaultFile.restore(file(), backup, VaultOptions.forTests());

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("before");
        }
        Backup beforeRestore = VaultFile.backups(file()).stream()
                .filter(candidate -> candidate.reason().equals("before restore")).findFirst().orElseThrow();
        VaultFile.restore(file(), beforeRestore, VaultOptions.forTests());
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("after", "before");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aDamagedVaultComesBackFromItsNewestGoodBackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("bot"));
            vault.backups().now("manual");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE vault_header SET header = zeroblob(40)");
        }
        VaultException damaged = null;
        try {
            Vault.open(file(), TestKeys.password(), options()).close();
        } catch (VaultException e) {
            damaged = e;
        }
        assertThat(damaged).isNotNull();
        assertThat(damaged.reason()).isEqualTo(Reason.DAMAGED);
        Path good = damaged.newestGoodBackup().orElseThrow();
        Backup newestGood = VaultFile.backups(file()).stream().filter(b -> b.file().equals(good)).findFirst().orElseThrow();

        VaultFile.restore(file(), newestGood, VaultOptions.forTests());

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("bot");
        }
    }

    @Test
    void aBackupThatFailsVerificationIsNotKept() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            try (RawVaultFile raw = new RawVaultFile(file())) {
                byte[] passphrase = raw.blob("keys", "passphrase", id);
                passphrase[passphrase.length - 1] ^= 0x01;
                raw.setBlob("keys", "passphrase", id, passphrase);
            }

            assertThatThrownBy(() -> vault.backups().now("manual")).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                assertThat(e.getMessage()).contains("passphrase of key " + id);
            });
        }
        assertThat(filesIn(folder.resolve("keys.khvault.backups"))).isEmpty();
    }

    @Test
    void aFailedMigrationLeavesTheVaultAsItWas() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            id = vault.add(TestKeys.draft("bot", "migrated")).record().id();
        }
        byte[] before = Files.readAllBytes(file());
        Migration.Step failing = connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE labels_v2 (id INTEGER PRIMARY KEY)");
                statement.execute("DELETE FROM keys");
                throw new SQLException("disk I/O error (simulated)");
            }
        };
        Schema next = Schema.current().plus("step", failing);

        assertThatThrownBy(() -> VaultOpening.open(file(), TestKeys.password(), options(), next))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).contains("left the file as it was");
                });

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(VaultFile.backups(file())).extracting(Backup::reason).containsExactly("migration");
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
            assertThat(raw.queryLong("SELECT count(*) FROM sqlite_master WHERE name = 'labels_v2'")).isZero();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options());
             Credentials credentials = vault.credentials(id)) {
            assertThat(credentials.secretKey().reveal()).isEqualTo("secretkey-migrated");
        }
    }

    @Test
    void aSuccessfulMigrationBacksUpFirstAndRaisesTheVersion() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("bot"));
        }
        Migration.Step addIndex = connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE INDEX keys_by_update ON keys (updated_at)");
            }
        };
        Schema next = Schema.current().plus("step", addIndex);

        try (Vault vault = VaultOpening.open(file(), TestKeys.password(), options(), next)) {
            assertThat(vault.info().formatVersion()).isEqualTo(Schema.current().latestVersion() + 1);
            assertThat(vault.keys()).hasSize(1);
        }
        assertThat(VaultFile.backups(file())).extracting(Backup::reason).contains("migration");
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
