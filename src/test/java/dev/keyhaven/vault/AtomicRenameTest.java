package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retry of a rename that Windows refuses while another program has the file open, run on every
 * system with a rename that fails the way Windows' does (the real one: {@link WindowsOpenFileRenameTest}).
 */
class AtomicRenameTest {

    @TempDir
    Path folder;

    private final List<Duration> pauses = new ArrayList<>();
    private int attempts;

    private AtomicRename windowsLike() {
        return new AtomicRename(true, pauses::add);
    }

    /** Fails like a file held open on Windows for the first {@code busyAttempts} tries, then really renames. */
    private AtomicRename.Move busyFor(int busyAttempts, IOException busy) {
        return (from, to) -> {
            attempts++;
            if (attempts <= busyAttempts) {
                throw busy;
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        };
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatIsBusyForAMomentIsReplacedAfterShortPauses() throws IOException {
        Path restored = file("vault.restore.tmp", "restored");
        Path vault = file("vault.keyhaven", "current");

        windowsLike().run(restored, vault, busyFor(3, new AccessDeniedException(vault.toString())));

        assertThat(attempts).isEqualTo(4);
        assertThat(pauses).hasSize(3).allSatisfy(pause -> assertThat(pause).isEqualTo(AtomicRename.PAUSE));
        assertThat(Files.readString(vault)).isEqualTo("restored");
        assertThat(restored).doesNotExist();
    }

    @Test
    void aSharingViolationIsRetriedLikeAccessDenied() throws IOException {
        Path source = file("backup.tmp", "copy");
        Path target = folder.resolve("backup.khbackup");

        windowsLike().run(source, target, busyFor(1, new FileSystemException(source.toString(), null,
                "The process cannot access the file because it is being used by another process")));

        assertThat(attempts).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("copy");
    }

    @Test
    void aFileThatStaysBusyEndsWithFileInUseAndNothingChanged() throws IOException {
        Path restored = file("vault.restore.tmp", "restored");
        Path vault = file("vault.keyhaven", "current");
        AccessDeniedException busy = new AccessDeniedException(vault.toString());

        assertThatThrownBy(() -> windowsLike().run(restored, vault, busyFor(Integer.MAX_VALUE, busy)))
                .isInstanceOf(AtomicRename.FileInUseException.class).hasCause(busy)
                .hasMessageContaining(vault.toString()).hasMessageContaining("another program kept the file open");

        assertThat(attempts).isEqualTo(AtomicRename.ATTEMPTS);
        assertThat(pauses).hasSize(AtomicRename.ATTEMPTS - 1);
        assertThat(Files.readString(vault)).isEqualTo("current");
        assertThat(Files.readString(restored)).isEqualTo("restored");
    }

    @Test
    void otherFailuresAreNotRetried() throws IOException {
        Path vault = file("vault.keyhaven", "current");
        NoSuchFileException missing = new NoSuchFileException("gone.tmp");

        assertThatThrownBy(() -> windowsLike().run(folder.resolve("gone.tmp"), vault, busyFor(5, missing)))
                .isSameAs(missing);
        assertThat(attempts).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void systemsThatRenameOpenFilesDoNotWaitOnAccessDenied() throws IOException {
        Path restored = file("vault.restore.tmp", "restored");
        Path vault = file("vault.keyhaven", "current");
        AccessDeniedException denied = new AccessDeniedException(vault.toString());

        assertThatThrownBy(() -> new AtomicRename(false, pauses::add).run(restored, vault, busyFor(1, denied)))
                .isSameAs(denied);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptedWaitStopsWithoutRenamingAndKeepsTheInterrupt() throws IOException {
        Path restored = file("vault.restore.tmp", "restored");
        Path vault = file("vault.keyhaven", "current");
        AtomicRename interrupted = new AtomicRename(true, pause -> {
            throw new InterruptedException();
        });
        try {
            assertThatThrownBy(() -> interrupted.run(restored, vault,
                    busyFor(Integer.MAX_VALUE, new AccessDeniedException(vault.toString()))))
                    .isInstanceOf(AtomicRename.FileInUseException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.readString(vault)).isEqualTo("current");
    }

    @Test
    @Tag("mutation-redundant")
    void theUserIsToldThatAnotherProgramHoldsTheFileAndThatNothingWasReplaced() {
        Path vault = folder.resolve("vault.keyhaven");

        VaultException problem = Problems.io("restore the backup", vault,
                new AtomicRename.FileInUseException(vault, new AccessDeniedException(vault.toString())));

        assertThat(problem.reason()).isEqualTo(VaultException.Reason.BUSY);
        assertThat(problem.getMessage()).contains("another program kept the file open")
                .contains("nothing was replaced").contains("try again").doesNotContain("Exception");
    }

    @Test
    void theRealRenameReplacesAndRenamesOnThisSystem() throws IOException {
        Path restored = file("vault.restore.tmp", "restored");
        Path vault = file("vault.keyhaven", "current");
        AtomicRename.replace(restored, vault);
        assertThat(Files.readString(vault)).isEqualTo("restored");

        Path fresh = file("fresh.tmp", "fresh");
        AtomicRename.rename(fresh, folder.resolve("fresh.khbackup"));
        assertThat(folder.resolve("fresh.khbackup")).hasContent("fresh");
    }
}
