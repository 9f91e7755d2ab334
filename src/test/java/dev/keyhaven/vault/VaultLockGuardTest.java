package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault's locks as the operating system sees them: which bytes of the sidecar file this process holds
 * (Linux's /proc/locks) and how many handles of it are open (/proc/self/fd). A lock dropped too early or
 * a handle left open shows here, where a second opener in the same process could not tell.
 */
@EnabledOnOs(OS.LINUX)
class VaultLockGuardTest {

    @TempDir
    Path folder;

    private Path vault;
    private Path lockFile;

    @BeforeEach
    void vaultFile() throws IOException {
        vault = Files.writeString(folder.resolve("keys.khvault"), "");
        lockFile = folder.resolve("keys.khvault.lock");
    }

    @Test
    @Tag("mutation-redundant")
    void theWriterHoldsTheFirstByteAloneAndLetsGoOnClose() throws Exception {
        assertThat(VaultLock.lockFileOf(vault)).isEqualTo(lockFile);
        VaultLock writer = VaultLock.writer(vault);
        assertThat(held()).containsExactly("WRITE 0");
        assertThat(openHandles()).isEqualTo(1);
        assertThat(FilePermissions.isOwnerOnly(lockFile)).isTrue();

        writer.close();
        assertThat(held()).isEmpty();
        assertThat(openHandles()).isZero();
        assertThat(lockFile).as("the sidecar file stays").exists();
    }

    @Test
    @Tag("mutation-redundant")
    void aSecondWriterIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        try (VaultLock writer = VaultLock.writer(vault)) {
            assertThatThrownBy(() -> VaultLock.writer(vault)).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                assertThat(e.getMessage()).contains(vault.toString()).contains("already open");
            });
            assertThat(held()).containsExactly("WRITE 0");
            assertThat(openHandles()).isEqualTo(1);
        }
        assertThat(held()).isEmpty();
        assertThat(openHandles()).as("the refused attempt gave its use of the handle back").isZero();
    }

    @Test
    void readersShareTheSecondByteUntilTheLastOneCloses() throws Exception {
        VaultLock first = VaultLock.reader(vault);
        VaultLock second = VaultLock.reader(vault);
        assertThat(held()).containsExactly("READ 1");
        assertThat(openHandles()).isEqualTo(1);

        first.close();
        first.close();
        assertThat(held()).as("a second close of the first reader is no second release").containsExactly("READ 1");

        second.close();
        assertThat(held()).isEmpty();
        assertThat(openHandles()).isZero();
    }

    @Test
    void closingALockTwiceDoesNotReleaseAnotherOpenersLock() throws Exception {
        VaultLock writer = VaultLock.writer(vault);
        try (VaultLock reader = VaultLock.reader(vault)) {
            writer.close();
            writer.close();
            assertThat(held()).containsExactly("READ 1");
            assertThat(openHandles()).isEqualTo(1);
            assertThatThrownBy(() -> VaultLock.noReaders(vault)).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
        }
        assertThat(openHandles()).isZero();
    }

    @Test
    void aReplacementWaitsForReadersAndReadersWaitForAReplacement() throws Exception {
        try (VaultLock reader = VaultLock.reader(vault)) {
            assertThatThrownBy(() -> VaultLock.noReaders(vault)).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.BUSY);
                assertThat(e.getMessage()).contains("still reading this vault");
            });
            assertThat(held()).containsExactly("READ 1");
        }
        try (VaultLock alone = VaultLock.noReaders(vault)) {
            assertThat(held()).containsExactly("WRITE 1");
            assertThatThrownBy(() -> VaultLock.reader(vault)).isInstanceOfSatisfying(VaultException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.BUSY);
                assertThat(e.getMessage()).contains("restoring a backup of this vault");
            });
            assertThat(held()).containsExactly("WRITE 1");
            assertThat(openHandles()).isEqualTo(1);
        }
        assertThat(held()).isEmpty();
        assertThat(openHandles()).isZero();
    }

    @Test
    void afterAReplacementTheWriterLetsReadersInAgain() throws Exception {
        try (VaultLock writer = VaultLock.writer(vault)) {
            VaultLock alone = VaultLock.noReaders(vault);
            assertThat(held()).containsExactlyInAnyOrder("WRITE 0", "WRITE 1");
            alone.close();
            assertThat(held()).containsExactly("WRITE 0");
            try (VaultLock reader = VaultLock.reader(vault)) {
                assertThat(held()).containsExactlyInAnyOrder("WRITE 0", "READ 1");
            }
            assertThat(held()).containsExactly("WRITE 0");
            try (VaultLock reader = VaultLock.reader(vault)) {
                assertThat(held()).as("the readers' byte is taken again by the next reader")
                        .containsExactlyInAnyOrder("WRITE 0", "READ 1");
            }
            assertThat(openHandles()).isEqualTo(1);
        }
        assertThat(openHandles()).isZero();
    }

    @Test
    void besideTheWriterTheLastOfSeveralReadersGivesTheReadersByteBack() throws Exception {
        try (VaultLock writer = VaultLock.writer(vault)) {
            VaultLock first = VaultLock.reader(vault);
            VaultLock second = VaultLock.reader(vault);
            VaultLock third = VaultLock.reader(vault);
            first.close();
            second.close();
            assertThat(held()).containsExactlyInAnyOrder("WRITE 0", "READ 1");
            third.close();
            assertThat(held()).containsExactly("WRITE 0");
            try (VaultLock alone = VaultLock.noReaders(vault)) {
                assertThat(held()).containsExactlyInAnyOrder("WRITE 0", "WRITE 1");
            }
        }
    }

    @Test
    void aVaultNotCreatedYetIsLockedByItsPath() throws Exception {
        Path notYet = folder.resolve("new.khvault");
        try (VaultLock writer = VaultLock.writer(notYet)) {
            assertThat(folder.resolve("new.khvault.lock")).exists();
            assertThatThrownBy(() -> VaultLock.writer(notYet)).isInstanceOf(VaultException.class);
        }
    }

    @Test
    void aFolderThatCannotHoldTheLockFileIsAnIoProblem() throws Exception {
        Path missing = folder.resolve("no such folder").resolve("keys.khvault");
        assertThatThrownBy(() -> VaultLock.writer(missing)).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.IO);
            assertThat(e.getMessage()).startsWith("Keyhaven could not lock the vault file at " + missing);
        });
    }

    @Test
    void aWriterInAnotherProcessIsRefusedWithoutKeepingTheHandleOpen() throws Exception {
        Path held = folder.resolve("held.khvault");
        Vault.create(held, TestKeys.password(), VaultOptions.forTests()).close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only and the serial collector: the child opens the vault and waits, half the CPU of a default JVM.
        Process holder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), VaultChildProcess.class.getName(),
                "hold", held.toString()).redirectErrorStream(true).start();
        try (var input = new PrintStream(holder.getOutputStream(), true, StandardCharsets.UTF_8);
             var output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                     StandardCharsets.UTF_8))) {
            input.println(TestKeys.PASSWORD);
            assertThat(output.readLine()).isEqualTo("ready");
            lockFile = VaultLock.lockFileOf(held);

            assertThatThrownBy(() -> VaultLock.writer(held)).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
            assertThat(openHandles()).as("the refused attempt closed its handle").isZero();
            try (VaultLock reader = VaultLock.reader(held)) {
                assertThat(held()).containsExactly("READ 1");
            }
            assertThat(openHandles()).isZero();
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    /** The locks this process holds on the sidecar file, as "READ 1" or "WRITE 0" (type and byte). */
    private List<String> held() throws IOException {
        String inode = ":" + Files.getAttribute(lockFile, "unix:ino") + " ";
        String pid = " " + ProcessHandle.current().pid() + " ";
        List<String> locks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
            if (line.contains(" POSIX ") && line.contains(pid) && line.contains(inode)) {
                String[] fields = line.trim().split("\\s+");
                // Adjacent bytes locked alike show as one range.
                long start = Long.parseLong(fields[fields.length - 2]);
                long end = Long.parseLong(fields[fields.length - 1]);
                for (long position = start; position <= end; position++) {
                    locks.add(fields[3] + " " + position);
                }
            }
        }
        return locks;
    }

    private long openHandles() throws IOException {
        Path real = lockFile.toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            }).count();
        }
    }
}
