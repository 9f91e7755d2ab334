package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 #1: an older genuine vault file renamed over the copy a restore checked, while the restore runs, never
 * becomes the vault without the rollback warning: the copy is checked under the writer lock just before its rename,
 * and the vault file just after it; only a vault that holds what was checked resets the memories.
 */
class CopySwappedDuringRestoreTest {

    @TempDir
    Path folder;

    private Path older;

    private Path file() {
        return folder.resolve("vault").resolve("vault.keyhaven");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    /** "Leaked" kept by the attacker in {@link #older}; then "Fresh", the backup returned, and "Later". */
    private Backup vaultWithABackupAndAnOlderFile() throws Exception {
        older = folder.resolve("attacker-kept.khvault");
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            long leaked = vault.add(TestKeys.draft("Leaked")).record().id();
            Files.copy(file(), older);
            vault.delete(leaked);
            vault.add(TestKeys.draft("Fresh"));
            Backup chosen = vault.backups().now("manual");
            vault.add(TestKeys.draft("Later"));
            return chosen;
        }
    }

    private PreparedRestore prepare(Backup chosen) throws VaultException {
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            return vault.backups().prepareRestore(chosen);
        }
    }

    private RestorePreparation.Meanwhile renameTheOlderFileOverIt() throws Exception {
        Path staged = file().resolveSibling("staged");
        Files.copy(older, staged);
        return copy -> Files.move(staged, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The vault is now the attacker's older file, and the memory still says so at unlock. */
    private void assertTheRollbackIsWarnedAbout() throws Exception {
        assertThat(Files.readAllBytes(file())).isEqualTo(Files.readAllBytes(older));
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("Leaked");
            assertThat(vault.olderCopyWarning()).as("the older file is warned about").isPresent();
        }
    }

    private void assertNotAccepted(ThrowingRestore restore, Backup chosen) {
        assertThatThrownBy(restore::run).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
            assertThat(e).hasMessage("Another program on this computer changed the backup from "
                    + Problems.describe(chosen.createdAt()) + " while Keyhaven was putting it in your vault's place,"
                    + " so Keyhaven did not accept the result: when you next unlock, Keyhaven will warn that the vault"
                    + " is not the one it last saw. Check this computer for malware, then restore the backup again (the"
                    + " vault as it was before is kept as the \"before restore\" backup).");
        });
    }

    @FunctionalInterface
    private interface ThrowingRestore {
        void run() throws Exception;
    }

    @Test
    void anOlderFileRenamedOverTheCheckedCopyWhileTheBeforeRestoreBackupIsWrittenIsNotRestored() throws Exception {
        Backup chosen = vaultWithABackupAndAnOlderFile();
        PreparedRestore prepared = prepare(chosen);
        Path copy = prepared.copy().orElseThrow();
        Path backups = file().resolveSibling("vault.keyhaven.backups");
        Set<Path> before = list(backups);
        RestorePreparation.Meanwhile swap = renameTheOlderFileOverIt();
        AtomicBoolean swapped = new AtomicBoolean();
        Thread attacker = new Thread(() -> {
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end && !swapped.get()) {
                try {
                    if (!list(backups).equals(before)) { // the "before restore" copy is being written
                        swap.happens(copy);
                        swapped.set(true);
                    }
                } catch (Exception ignored) {
                    // keep polling
                }
            }
        });
        attacker.start();
        try (prepared) {
            assertThatThrownBy(() -> VaultFile.restore(file(), prepared, options()))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED));
        } finally {
            attacker.join();
        }
        assertThat(swapped).isTrue();
        assertThat(Files.readAllBytes(file())).as("the vault is not the attacker's older file")
                .isNotEqualTo(Files.readAllBytes(older));
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("Fresh", "Later");
        }
    }

    @Test
    void anOlderFileRenamedOverTheCheckedCopyJustBeforeItsRenameIsWarnedAboutAtTheNextUnlock() throws Exception {
        Backup chosen = vaultWithABackupAndAnOlderFile();
        PreparedRestore prepared = prepare(chosen);
        RestorePreparation.Meanwhile swap = renameTheOlderFileOverIt();

        try (prepared) {
            assertNotAccepted(() -> VaultRestore.run(file(), prepared, options(), swap), chosen);
        }

        assertTheRollbackIsWarnedAbout();
    }

    @Test
    void anOlderFileRenamedOverTheCopyOfABackupRestoredAsItIsIsWarnedAboutAtTheNextUnlock() throws Exception {
        Backup chosen = vaultWithABackupAndAnOlderFile();
        RestorePreparation.Meanwhile swap = renameTheOlderFileOverIt();

        assertNotAccepted(() -> VaultRestore.run(file(), PreparedRestore.asIs(chosen, null), options(), swap), chosen);

        assertTheRollbackIsWarnedAbout();
    }

    @Test
    void aLinkRenamedInAsTheVaultIsNotTakenEvenWhenItLeadsToTheCheckedBytes() throws Exception {
        Backup chosen = vaultWithABackupAndAnOlderFile();
        PreparedRestore prepared = prepare(chosen);
        Path elsewhere = folder.resolve("elsewhere.khvault");
        Files.copy(prepared.copy().orElseThrow(), elsewhere);

        try (prepared) {
            assertNotAccepted(() -> VaultRestore.run(file(), prepared, options(), copy -> {
                Files.delete(copy);
                Files.createSymbolicLink(copy, elsewhere);
            }), chosen);
        }

        assertThat(Files.isSymbolicLink(file())).isTrue();
    }

    @Test
    void theDigestOfALinkIsRefusedNotTakenOfWhatItLeadsTo() throws Exception {
        Path real = Files.writeString(folder.resolve("real"), "bytes");
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);

        assertThatThrownBy(() -> SyncedFiles.sha256(link)).isInstanceOf(java.io.IOException.class);
        assertThat(SyncedFiles.sha256(real)).hasSize(32);
    }

    private static Set<Path> list(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        }
    }
}
