package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Creating and unlocking: each check of the file before the password is tried, and what a failure leaves. */
class VaultOpeningGuardTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private Vault open() throws VaultException {
        return Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
    }

    @Test
    void creatingOverAVaultThatIsOpenSaysAVaultIsThereNotThatItIsInUse() throws Exception {
        try (Vault held = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThatThrownBy(() -> Vault.create(file(), TestKeys.password(), VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
        }
    }

    @Test
    void whatAnInterruptedCreateLeftIsRemovedByTheNext() throws Exception {
        Path unfinished = VaultOpening.unfinishedFileOf(file());
        assertThat(unfinished).isEqualTo(folder.resolve("keys.khvault.unfinished"));
        Files.writeString(unfinished, "half a vault");
        Path journal = folder.resolve("keys.khvault.unfinished-journal");
        Files.writeString(journal, "its journal");

        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        assertThat(unfinished).doesNotExist();
        assertThat(journal).doesNotExist();
        open().close();
    }

    @Test
    void aCreateThatFailsLeavesNoFileAndNoLock() throws Exception {
        Schema failing = new Schema(List.of(new Migration(1, "fails", connection -> {
            throw new SQLException("disk I/O error");
        })));
        assertThatThrownBy(() -> VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), failing))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).startsWith("Keyhaven could not create the vault at " + file());
                });
        assertThat(file()).doesNotExist();
        assertThat(VaultOpening.unfinishedFileOf(file())).doesNotExist();
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        open().close();
    }

    @Test
    void aFolderOrSomethingElseIsNotOpenedAsAVault() throws Exception {
        assertThatThrownBy(() -> Vault.open(folder, TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith(folder + " is a folder, not a vault file.");
                });
        assertThatThrownBy(() -> Vault.openShared(folder, TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPipeIsNotAVault() throws Exception {
        Path pipe = folder.resolve("pipe.khvault");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> Vault.open(pipe, TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).contains("(it is not a Keyhaven vault)");
                });
    }

    @Test
    @Tag("mutation-redundant")
    void aPasswordIsRequiredAndTheLockIsNotKeptWithoutOne() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        assertThatThrownBy(() -> Vault.open(file(), null, VaultOptions.forTests())).isInstanceOf(NullPointerException.class)
                .hasMessage("masterPassword");
        assertThatThrownBy(() -> Vault.openShared(file(), null, VaultOptions.forTests()))
                .isInstanceOf(NullPointerException.class).hasMessage("masterPassword");
        open().close();
    }

    @Test
    void aFileThatWasNeverCompletelyCreatedIsDamage() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        edit("DELETE FROM vault_header");
        assertDamaged("its header is missing");

        edit("DROP TABLE vault_header");
        assertDamaged("it was never completely created");
    }

    @Test
    @Tag("mutation-redundant")
    void aFailedUnlockReleasesWhatItTook() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (Secret wrong = Secret.ofString("not the password")) {
            assertThatThrownBy(() -> Vault.open(file(), wrong, VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
            try (Vault writer = open()) {
                assertThatThrownBy(() -> Vault.openShared(file(), wrong, VaultOptions.forTests()))
                        .isInstanceOfSatisfying(VaultException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
            }
        }
        // Neither the writer's byte nor the readers' byte is still held.
        try (VaultLock writer = VaultLock.writer(file()); VaultLock alone = VaultLock.noReaders(file())) {
            assertThat(writer).isNotNull();
        }
    }

    @Test
    void besideAWriterOfAnOlderFormatASharedOpeningWaitsForTheUpdate() throws Exception {
        Schema first = new Schema(List.of(Schema.current().migrations().get(0)));
        VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), first).close();
        try (Vault writer = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), first)) {
            assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                        assertThat(e.getMessage()).contains("is not in this version's format yet");
                    });
        }
        // The refused shared opening let go of the readers' byte.
        try (VaultLock alone = VaultLock.noReaders(file())) {
            assertThat(alone).isNotNull();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @Tag("mutation-redundant")
    void onlyTheWriterTightensTheFilesPermissions() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (Vault writer = open()) {
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
            try (Vault reader = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
                assertThat(reader.isShared()).isTrue();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-r--r--");
            }
        }
        open().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFailedUnlockOrCreateLeavesNoFileOfTheVaultOpen() throws Exception {
        Schema failing = new Schema(List.of(new Migration(1, "fails", connection -> {
            throw new SQLException("disk I/O error");
        })));
        assertThatThrownBy(() -> VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), failing))
                .isInstanceOf(VaultException.class);
        assertThat(openFilesInFolder()).isEmpty();

        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        assertThat(openFilesInFolder()).isEmpty();
        try (Secret wrong = Secret.ofString("not the password")) {
            assertThatThrownBy(() -> Vault.open(file(), wrong, VaultOptions.forTests())).isInstanceOf(VaultException.class);
            assertThat(openFilesInFolder()).isEmpty();
            edit("PRAGMA user_version = 0");
            assertThatThrownBy(() -> Vault.open(file(), wrong, VaultOptions.forTests())).isInstanceOf(VaultException.class);
            assertThat(openFilesInFolder()).isEmpty();
        }
    }

    @Test
    void aSharedOpeningHoldsTheReadersByteUntilItCloses() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        Vault writer = open();
        try (Vault reader = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(reader.isShared()).isTrue();
            writer.close();
            assertThatThrownBy(() -> VaultLock.noReaders(file())).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
        } finally {
            writer.close();
        }
        try (VaultLock alone = VaultLock.noReaders(file())) {
            assertThat(alone).isNotNull();
        }
    }

    /** What this process holds open in the test's folder (Linux names a deleted file's handle "... (deleted)"). */
    private List<String> openFilesInFolder() throws Exception {
        String prefix = folder.toRealPath().toString();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (java.io.IOException closedMeanwhile) {
                    return "";
                }
            }).filter(target -> target.startsWith(prefix) && !target.endsWith(".lock")).toList();
        }
    }

    private void edit(String sql) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute(sql);
        }
    }

    private void assertDamaged(String what) {
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).startsWith("This vault file is damaged (" + what + ").");
        });
    }
}
