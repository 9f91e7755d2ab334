package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files and folders where the file system has POSIX modes: created so, tightened, and judged. */
@DisabledOnOs(OS.WINDOWS)
class OwnerOnlyGuardTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileIsReadableByItsOwnerOnlyAndNeverReplacesOne() throws Exception {
        Path file = folder.resolve("new");
        FilePermissions.createOwnerOnlyFile(file);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.size(file)).isZero();

        Files.writeString(file, "kept");
        assertThatThrownBy(() -> FilePermissions.createOwnerOnlyFile(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    @Test
    void missingFoldersAreMadeOwnerOnlyAllTheWayDown() throws Exception {
        Path parent = Files.createDirectory(folder.resolve("shared"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path deep = parent.resolve("a").resolve("b").resolve("c");
        OwnerOnlyFiles.ensureFolder(deep);
        assertThat(mode(parent.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(parent.resolve("a").resolve("b"))).isEqualTo("rwx------");
        assertThat(mode(deep)).isEqualTo("rwx------");
        assertThat(OwnerOnlyFiles.isOwnerOnly(deep)).isTrue();
        assertThat(mode(parent)).as("an existing parent is left as it is").isEqualTo("rwxr-xr-x");
    }

    @Test
    void anExistingFolderOrFileIsTightened() throws Exception {
        Path open = Files.createDirectory(folder.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(OwnerOnlyFiles.isOwnerOnly(open)).isFalse();
        OwnerOnlyFiles.ensureFolder(open);
        assertThat(mode(open)).isEqualTo("rwx------");

        Path file = Files.writeString(open.resolve("settings"), "theme=dark");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isFalse();
        OwnerOnlyFiles.restrict(file);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isTrue();

        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx---r-x"));
        OwnerOnlyFiles.restrict(open);
        assertThat(mode(open)).as("a folder keeps the owner's right to enter it").isEqualTo("rwx------");
    }

    @Test
    void ownerOnlyMeansNoRightForAnyoneElseAndNoRunningAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("file"), "x");
        for (String ownerOnly : new String[] {"rw-------", "r--------", "---------"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(ownerOnly));
            assertThat(FilePermissions.isOwnerOnly(file)).as(ownerOnly).isTrue();
        }
        for (String other : new String[] {"rwx------", "rw-r-----", "rw----r--", "rw--w----", "rw------x"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(other));
            assertThat(FilePermissions.isOwnerOnly(file)).as(other).isFalse();
        }
        Path dir = Files.createDirectory(folder.resolve("dir"));
        for (String ownerOnly : new String[] {"rwx------", "rw-------"}) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(ownerOnly));
            assertThat(FilePermissions.isOwnerOnly(dir)).as(ownerOnly).isTrue();
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x---"));
        assertThat(FilePermissions.isOwnerOnly(dir)).isFalse();
    }

    @Test
    void replaceRenamesOverTheTargetInOneStep() throws Exception {
        Path target = Files.writeString(folder.resolve("settings"), "old");
        Path fresh = Files.writeString(folder.resolve("settings.tmp"), "new");
        OwnerOnlyFiles.replace(fresh, target);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(fresh).doesNotExist();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
