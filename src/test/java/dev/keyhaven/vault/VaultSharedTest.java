package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault opened shared, beside the one process that may change it (the unlocked app). */
class VaultSharedTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private Vault openShared() throws VaultException {
        return Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests());
    }

    private static HistoryEntry handout(String note) {
        return new HistoryEntry(Instant.parse("2026-11-23T10:00:00Z"), HistoryEntry.Kind.HANDOUT,
                HistoryEntry.Outcome.INFO, note, false, null, null, null, null, null);
    }

    @Test
    @Tag("mutation-redundant")
    void besideTheWriterItReadsKeysAndCredentialsAndAddsToHistory() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long id = writer.add(TestKeys.draft("bot", "shared")).record().id();

            try (Vault shared = openShared()) {
                assertThat(shared.isShared()).isTrue();
                assertThat(writer.isShared()).isFalse();
                assertThat(shared.keys()).extracting(KeyRecord::label).containsExactly("bot");
                try (Credentials credentials = shared.credentials(id)) {
                    assertThat(credentials.secretKey().reveal()).isEqualTo("secretkey-shared");
                }
                shared.recordHistory(id, handout("Handed to a bot by a command."));
            }

            assertThat(writer.history(id)).extracting(HistoryEntry::summary).containsExactly("Handed to a bot by a command.");
        }
    }

    @Test
    void itChangesNothingButHistoryAndSaysWhy() throws Exception {
        long id;
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = writer.add(TestKeys.draft("bot")).record().id();
        }
        try (Vault shared = openShared()) {
            List<ThrowingCallable> changes = List.of(
                    () -> shared.add(TestKeys.draft("second")),
                    () -> shared.update(id, TestKeys.draft("renamed")),
                    () -> shared.delete(id),
                    () -> shared.archive(id, null),
                    () -> shared.archiveWithNote(id, handout("revoked")),
                    () -> shared.setChecklistDone(id, Set.of("read-only")),
                    () -> shared.replace(id, TestKeys.draft("next"), "bot (old)", handout("old"), handout("new")),
                    () -> shared.backups().now("by hand"),
                    () -> shared.changePassword(TestKeys.password(), Secret.ofString("another long passphrase")));
            for (ThrowingCallable change : changes) {
                assertThatThrownBy(change).isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                    assertThat(e.getMessage()).contains("may only read it").contains("Close it there");
                });
            }
        }
        try (Vault writer = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(writer.keys()).extracting(KeyRecord::label).containsExactly("bot");
            assertThat(writer.history(id)).isEmpty();
        }
        try (Vault shared = openShared()) {
            assertThat(shared.keys()).as("the old password still opens it").hasSize(1);
        }
    }

    @Test
    void theWriterKeepsWritingWhileSharedOpeningsComeAndGo() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("first"));
            try (Vault shared = openShared()) {
                assertThat(shared.keys()).extracting(KeyRecord::label).containsExactly("first");
                long second = writer.add(TestKeys.draft("second")).record().id();
                assertThat(shared.keys()).as("the writer's change, seen on the next read")
                        .extracting(KeyRecord::label).containsExactly("first", "second");
                writer.delete(second);
                assertThat(shared.keyByLabel("second")).isEmpty();
            }
            writer.add(TestKeys.draft("third"));
            try (Vault later = openShared()) {
                assertThat(later.keys()).extracting(KeyRecord::label).containsExactly("first", "third");
            }
        }
    }

    @Test
    void aWrongPasswordIsTheSameWrongPassword() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        assertThatThrownBy(() -> Vault.openShared(file(), Secret.ofString("not the password"), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    private static Schema withAnIndex() {
        Migration.Step addIndex = connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE INDEX keys_by_update ON keys (updated_at)");
            }
        };
        return Schema.current().plus("step", addIndex);
    }

    @Test
    void besideAWriterItNeitherBacksUpNorUpdatesTheFormat() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("bot"));
            byte[] before = Files.readAllBytes(file());

            assertThatThrownBy(() -> VaultOpening.openShared(file(), TestKeys.password(), VaultOptions.forTests(), withAnIndex()))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                        assertThat(e.getMessage()).contains("so that this Keyhaven can update it");
                    });
            openShared().close();

            assertThat(Files.readAllBytes(file())).as("the file is untouched").isEqualTo(before);
            assertThat(VaultFile.backups(file())).as("no daily backup from a shared opening").isEmpty();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aloneItUpdatesTheFormatAndBacksUpThenLetsTheWriterIn() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("bot"));
        }

        try (Vault shared = VaultOpening.openShared(file(), TestKeys.password(), VaultOptions.forTests(), withAnIndex())) {
            assertThat(shared.isShared()).isTrue();
            assertThat(shared.info().formatVersion()).isEqualTo(Schema.current().latestVersion() + 1);
            assertThat(VaultFile.backups(file())).extracting(Backup::reason).containsExactly("migration");

            try (Vault app = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), withAnIndex())) {
                assertThat(app.add(TestKeys.draft("second")).record().label()).isEqualTo("second");
            }
        }
    }

    @Test
    void aloneItMakesTheDailyBackupAsAFullOpeningWould() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        openShared().close();

        assertThat(VaultFile.backups(file())).extracting(Backup::reason).containsExactly("daily");
    }

    @Test
    void backupsAndAPasswordChangeHoldWhileACommandAddsToHistory() throws Exception {
        long id;
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = writer.add(TestKeys.draft("bot")).record().id();
        }
        try (Vault app = Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
                Vault command = openShared()) {
            AtomicBoolean done = new AtomicBoolean();
            AtomicBoolean passwordChanged = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread checks = new Thread(() -> {
                try {
                    while (!done.get()) {
                        command.recordHistory(id, handout("Handed to a bot."));
                        started.countDown();
                        Thread.sleep(2);
                    }
                } catch (VaultException e) {
                    // Once the password (and so the data key) changed, the command must unlock again.
                    if (e.reason() != Reason.LOCKED || !passwordChanged.get()) {
                        failed.set(e);
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            checks.start();
            try {
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                for (int i = 0; i < 10; i++) {
                    app.backups().now("by hand");
                }
                passwordChanged.set(true);
                app.changePassword(TestKeys.password(), Secret.ofString("a brand new passphrase"));
                Thread.sleep(50);
                assertThatThrownBy(() -> command.recordHistory(id, handout("After the change.")))
                        .isInstanceOfSatisfying(VaultException.class, e -> {
                            assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                            assertThat(e.getMessage()).contains("was changed in another Keyhaven");
                        });
            } finally {
                done.set(true);
                checks.join();
            }
            assertThat(failed.get()).isNull();
            assertThat(app.history(id)).isNotEmpty();
        }
    }

    @Test
    void aRestoreWaitsForACommandStillReading() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("bot"));
            writer.backups().now("by hand");
        }
        Backup backup = VaultFile.backups(file()).get(0);

        try (Vault command = openShared()) {
            assertThatThrownBy(() -> VaultFile.restore(file(), backup, VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.BUSY);
                        assertThat(e.getMessage()).contains("still reading this vault");
                    });
            assertThat(command.keys()).hasSize(1);
        }
        VaultFile.restore(file(), backup, VaultOptions.forTests());
    }

    @Test
    void aFormatUpdateWaitsForACommandStillReading() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("bot"));
        }
        try (Vault command = openShared()) {
            assertThatThrownBy(() -> VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), withAnIndex()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
            assertThat(command.keys()).hasSize(1);
        }
        try (Vault updated = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), withAnIndex())) {
            assertThat(updated.info().formatVersion()).isEqualTo(Schema.current().latestVersion() + 1);
        }
    }
    @Test
    @Tag("mutation-redundant")
    void aRestoreWaitsForTheLastOfTwoCommandsInOneProcess() throws Exception {
        try (Vault writer = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            writer.add(TestKeys.draft("bot"));
            writer.backups().now("by hand");
        }
        Backup backup = VaultFile.backups(file()).get(0);

        Vault first = openShared();
        try (Vault second = openShared()) {
            // The first to take the readers' byte closes first: the second still reads.
            first.close();
            assertThatThrownBy(() -> VaultFile.restore(file(), backup))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
            assertThat(second.keys()).hasSize(1);
        } finally {
            first.close();
        }
        VaultFile.restore(file(), backup);
    }

    @Test
    @Tag("mutation-redundant")
    void noSharedOpeningInThisProcessWhileThisProcessReplacesTheFile() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (VaultLock alone = VaultLock.noReaders(file())) {
            assertThatThrownBy(() -> VaultLock.reader(file()).close())
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
        }
        VaultLock.reader(file()).close();
    }
    @Test
    void aVaultReachedThroughALinkIsLockedAsTheSameVault() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("linked.khvault"), file());

        try (Vault app = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThatThrownBy(() -> Vault.open(link, TestKeys.password(), VaultOptions.forTests()).close())
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
            try (Vault command = Vault.openShared(link, TestKeys.password(), VaultOptions.forTests())) {
                assertThat(command.isShared()).isTrue();
            }
        }
    }
}
