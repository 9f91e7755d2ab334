package dev.keyhaven.vault;

import static dev.keyhaven.vault.AclStandIns.TRADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.AclStandIns.AclInMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * FilePermissions on the other kinds of file system, run on this one through their views: a drive with
 * ACLs (Windows' NTFS, the ACLs in memory) and one whose modes are set only when a file is created.
 */
class OwnerOnlyViewsTest {

    @TempDir
    Path folder;

    private final Map<Path, AclInMemory> acls = new HashMap<>();
    private final List<Path> inheritanceSwitchedOff = new ArrayList<>();

    /** No POSIX modes; each path has an ACL that it inherited, owned by the trader. */
    private final FilePermissions.Views ntfs = new FilePermissions.Views() {
        @Override
        public PosixFileAttributeView posix(Path path) {
            return null;
        }

        @Override
        public AclFileAttributeView acl(Path path) {
            return acls.computeIfAbsent(path, p -> new AclInMemory(TRADER, AclStandIns.inherited()));
        }

        @Override
        public WindowsOwnerOnly windows() {
            return new WindowsOwnerOnly(Map.of("USERNAME", "trader", "USERDOMAIN", "DESKTOP-1"),
                    AclStandIns.knowingTheTrader(), inheritanceSwitchedOff::add);
        }
    };

    /** POSIX modes that only a new file or folder gets: a mode set later does not take. */
    private final FilePermissions.Views modesAtCreationOnly = new FilePermissions.Views() {
        @Override
        public PosixFileAttributeView posix(Path path) {
            return new ModesAtCreationOnly(Files.getFileAttributeView(path, PosixFileAttributeView.class));
        }

        @Override
        public AclFileAttributeView acl(Path path) {
            return null;
        }

        @Override
        public WindowsOwnerOnly windows() {
            throw new AssertionError("no ACLs here");
        }
    };

    private record ModesAtCreationOnly(PosixFileAttributeView view) implements PosixFileAttributeView {
        @Override
        public String name() {
            return view.name();
        }

        @Override
        public PosixFileAttributes readAttributes() throws IOException {
            return view.readAttributes();
        }

        @Override
        public void setTimes(FileTime modified, FileTime accessed, FileTime created) throws IOException {
            view.setTimes(modified, accessed, created);
        }

        @Override
        public void setPermissions(Set<PosixFilePermission> permissions) {
            // does not take
        }

        @Override
        public void setGroup(GroupPrincipal group) throws IOException {
            view.setGroup(group);
        }

        @Override
        public UserPrincipal getOwner() throws IOException {
            return view.getOwner();
        }

        @Override
        public void setOwner(UserPrincipal owner) throws IOException {
            view.setOwner(owner);
        }
    }

    @Test
    void aNewFileOnAnAclDriveHasTheOwnersEntryAlone() throws IOException {
        Path file = folder.resolve("vault.keyhaven");

        FilePermissions.createOwnerOnlyFile(file, ntfs);

        assertThat(file).isEmptyFile();
        assertOwnerOnly(file);
        assertThat(acls.get(file).getAcl()).singleElement().satisfies(entry -> assertThat(entry.flags()).isEmpty());
    }

    @Test
    void newFoldersOnAnAclDriveHaveTheOwnersEntryAloneAndPassItOn() throws IOException {
        Path deep = folder.resolve("a").resolve("b");

        FilePermissions.ensureOwnerOnlyFolder(deep, ntfs);

        assertThat(deep).isDirectory();
        assertOwnerOnly(deep);
        assertOwnerOnly(deep.getParent());
        assertThat(acls.get(deep).getAcl()).singleElement().satisfies(entry -> assertThat(entry.flags())
                .containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT));
    }

    @Test
    void anExistingFileOnAnAclDriveIsJudgedAndTightened() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), "{}");
        assertThat(FilePermissions.isOwnerOnly(file, ntfs)).isFalse();

        FilePermissions.restrictToOwner(file, ntfs);

        assertOwnerOnly(file);
        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    @Test
    void anAclThatKeepsOtherPeoplesEntriesIsAnIoProblem() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), "{}");
        AclInMemory stubborn = (AclInMemory) ntfs.acl(file);
        stubborn.kept = List.of(AclStandIns.allow(AclStandIns.USERS));

        assertThatThrownBy(() -> FilePermissions.restrictToOwner(file, ntfs)).isInstanceOf(IOException.class)
                .hasMessage("Windows kept other people's access to " + file);
        assertThat(FilePermissions.isOwnerOnly(file, ntfs)).isFalse();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aNewFileAndFolderAreOwnerOnlyFromTheirFirstMoment() throws IOException {
        Path made = folder.resolve("made");

        FilePermissions.ensureOwnerOnlyFolder(made, modesAtCreationOnly);
        Path file = made.resolve("vault.keyhaven");
        FilePermissions.createOwnerOnlyFile(file, modesAtCreationOnly);

        assertThat(mode(made)).isEqualTo("rwx------");
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    private void assertOwnerOnly(Path path) throws IOException {
        assertThat(FilePermissions.isOwnerOnly(path, ntfs)).as(path.toString()).isTrue();
        assertThat(acls.get(path).getAcl()).extracting(AclEntry::principal).containsExactly(TRADER);
        assertThat(inheritanceSwitchedOff).contains(path);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
