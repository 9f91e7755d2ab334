package dev.keyhaven.vault;

import static dev.keyhaven.vault.BackupStandingFixture.byHand;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each backup holds compared with the vault now, read from real backup files (issue 15). */
class BackupStandingTest {


    @TempDir
    Path folder;

    private Vault create() throws VaultException {
        return BackupStandingFixture.create(folder);
    }

    @Test
    void aBackupMadeBeforeKeysWereAddedNamesTheKeysRestoringItLoses() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            vault.backups().now("manual");
            vault.add(TestKeys.draft("Trading bot"));
            vault.add(TestKeys.draft("Grid bot"));
            vault.add(TestKeys.draft("Arbitrage"));

            BackupStanding standing = byHand(vault);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.COMPARED);
            assertThat(standing.activeKeys()).isEqualTo(1);
            assertThat(standing.lacks()).containsExactly("Arbitrage", "Grid bot", "Trading bot");
            assertThat(standing.losesKeys()).isTrue();
            assertThat(standing.comparison()).isEqualTo("It lacks 3 of your 4 keys: restoring it loses"
                    + " Arbitrage, Grid bot and Trading bot.");
            assertThat(standing.holds()).isEqualTo("Holds 1 key (1 active, 0 archived).");
            assertThat(standing.made(ZoneOffset.UTC)).startsWith("Made ").endsWith(", by hand.");
            assertThat(standing.restoreQuestion(ZoneOffset.UTC)).startsWith("Restore the backup made ")
                    .contains("(by hand)?").contains("restoring it loses Arbitrage").endsWith("saved first as another backup, so you can restore it again.");
            assertThat(standing.summary(ZoneOffset.UTC)).doesNotContain("secretkey-").doesNotContain("apikey-");
        }
    }

    @Test
    void anEmptyBackupBeforeBothKeysSaysSo() throws Exception {
        try (Vault vault = create()) {
            vault.backups().now("manual");
            vault.add(TestKeys.draft("Spot"));
            vault.add(TestKeys.draft("Grid bot"));

            BackupStanding standing = byHand(vault);

            assertThat(standing.holds()).isEqualTo("Holds no keys.");
            assertThat(standing.comparison()).isEqualTo("It lacks both of your keys: restoring it loses"
                    + " Grid bot and Spot.");
        }
    }

    @Test
    void aBackupWithTheSameKeysSaysRestoringLosesNone() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            vault.backups().now("manual");

            BackupStanding standing = byHand(vault);

            assertThat(standing.losesKeys()).isFalse();
            assertThat(standing.comparison()).startsWith("It holds the same keys as your vault now: restoring it removes"
                    + " none of them");
        }
    }

    @Test
    void keysDeletedOrArchivedSinceAreSaidToComeBack() throws Exception {
        try (Vault vault = create()) {
            long spot = vault.add(TestKeys.draft("Spot")).record().id();
            long old = vault.add(TestKeys.draft("Old bot")).record().id();
            long grid = vault.add(TestKeys.draft("Grid bot")).record().id();
            vault.backups().now("manual");
            vault.delete(old);
            vault.archive(grid, null);
            vault.archive(spot, null);
            vault.add(TestKeys.draft("New archived"));
            vault.archive(vault.keyByLabel("New archived").orElseThrow().id(), null);

            BackupStanding standing = byHand(vault);

            assertThat(standing.extra()).containsExactly("Old bot");
            assertThat(standing.activeAgain()).containsExactly("Grid bot", "Spot");
            assertThat(standing.lacks()).containsExactly("New archived");
            assertThat(standing.lacksArchived()).isEqualTo(1);
            assertThat(standing.comparison()).isEqualTo("It lacks 1 archived key (New archived): restoring it loses it."
                    + " It also holds 1 key your vault no longer has: Old bot. Restoring it brings it back."
                    + " Grid bot and Spot are archived now but active in it: restoring it makes them active again.");
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aBackupMadeWithAnOlderPasswordIsSaidSoNotGuessed() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            try (Secret old = Secret.ofString(BackupStandingFixture.PASSWORD); Secret next = Secret.ofString("a brand new passphrase 7#")) {
                vault.changePassword(old, next);
            }

            BackupStanding standing = vault.backups().standings().stream()
                    .filter(one -> one.backup().reason().equals("password change")).findFirst().orElseThrow();

            assertThat(standing.state()).isEqualTo(BackupStanding.State.OLDER_PASSWORD);
            assertThat(standing.why()).isEqualTo("before a master password change");
            assertThat(standing.holds()).isEqualTo("Locked with a master password you used before the current one:"
                    + " Keyhaven cannot read which keys it holds.");
            assertThat(standing.comparison()).isEqualTo("Only that older password opens it, and restoring it would lose"
                    + " any key added since. Re-encrypt it under your current password or delete it (Settings offers"
                    + " both).");
            assertThat(standing.summary(java.time.ZoneOffset.UTC)).as("one \"Made\" per backup")
                    .containsOnlyOnce("Made");
            assertThat(standing.losesKeys()).isTrue();
        }
    }

    @Test
    void aDamagedBackupIsSaidToBeDamaged() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("Spot"));
            Backup made = vault.backups().now("manual");
            Files.write(made.file(), new byte[] {1, 2, 3});

            BackupStanding standing = byHand(vault);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.DAMAGED);
            assertThat(standing.holds()).isEqualTo("Damaged (it cannot be read as a database): Keyhaven cannot read it.");
            assertThat(standing.comparison()).isEqualTo("It cannot be restored: choose another backup.");
        }
    }

    @Test
    void eachReasonHasItsPlainWords() {
        for (var reason : List.of(List.of("migration", "before a format update"), List.of("manual", "by hand"),
                List.of("daily", "as the daily copy"), List.of("first key", "when you saved your first key"),
                List.of("before restore", "before a restore, as the vault was then"),
                List.of("odd one", "(odd one)"))) {
            Backup backup = new Backup("20261202-071500", folder.resolve("x"), java.time.Instant.EPOCH, reason.get(0), 1);
            assertThat(BackupStanding.olderPassword(backup).why()).isEqualTo(reason.get(1));
            if (!reason.get(0).equals("odd one")) {
                assertThat(BackupStanding.olderPassword(backup).restoreTitle(ZoneOffset.UTC))
                        .as("the title puts the reason in brackets: none inside them").containsOnlyOnce("(");
            }
        }
    }

    @Test
    void anEmptyBackupFromBeforeAPasswordChangeIsWordedLikeTheOtherOldPasswordBackups() throws Exception {
        try (Vault vault = create()) {
            vault.backups().now("manual");
            try (Secret old = Secret.ofString(BackupStandingFixture.PASSWORD); Secret next = Secret.ofString("a brand new passphrase 7#")) {
                vault.changePassword(old, next);
            }
            vault.add(TestKeys.draft("Spot"));

            BackupStanding standing = byHand(vault);

            assertThat(standing.state()).isEqualTo(BackupStanding.State.OLDER_PASSWORD);
            assertThat(standing.holds()).startsWith("Locked with a master password you used before");
        }
    }

    @Test
    void twoKeysOfOneLabelAreToldApartByWhatTheyAreNow() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.archive(old, null);
            vault.add(TestKeys.draft("Gridbot", "rotated"));

            BackupStanding standing = byHand(vault);

            assertThat(standing.comparison()).isEqualTo("It lacks your only key: restoring it loses Gridbot (API key"
                    + " apikey-r\u2026, in use now). Gridbot (API key apikey-G\u2026, the archived one) is archived now but"
                    + " active in it: restoring it makes it active again.");
        }
    }

    @Test
    void aKeyDeletedSinceWhoseLabelAKeyNowCarriesIsAnotherOne() throws Exception {
        try (Vault vault = create()) {
            long old = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.backups().now("manual");
            vault.archive(old, null);
            vault.add(TestKeys.draft("Gridbot", "rotated"));
            vault.delete(old);

            assertThat(byHand(vault).comparison()).isEqualTo("It lacks your only key: restoring it loses Gridbot"
                    + " (API key apikey-r\u2026, in use now). It also holds 1 key your vault no longer has: Gridbot (API"
                    + " key apikey-G\u2026). Restoring it brings it back.");
        }
    }
}
