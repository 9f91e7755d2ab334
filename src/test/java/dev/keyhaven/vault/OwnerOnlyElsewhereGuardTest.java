package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only files where the file system has no POSIX modes: one without any owner, and Windows' ACL logic. */
class OwnerOnlyElsewhereGuardTest {

    @TempDir
    Path folder;

    @Test
    void aFileSystemWithoutOwnersCountsAsOwnerOnlyAndIsLeftAlone() throws Exception {
        // A zip file system has neither POSIX modes nor ACLs, like a FAT or exFAT drive.
        try (FileSystem zip = FileSystems.newFileSystem(folder.resolve("drive.zip"), Map.of("create", "true"))) {
            Path settings = zip.getPath("/settings.json");
            FilePermissions.createOwnerOnlyFile(settings);
            Files.writeString(settings, "{}");

            FilePermissions.restrictToOwner(settings);
            assertThat(FilePermissions.isOwnerOnly(settings)).isTrue();
            assertThat(OwnerOnlyFiles.isOwnerOnly(settings)).isTrue();
            assertThat(Files.readString(settings)).isEqualTo("{}");
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void thisProcessesAclLogicRunsWindowsOwnIcacls() throws Exception {
        Path file = Files.createFile(folder.resolve("vault.keyhaven"));
        var user = AclStandIns.TRADER;
        var acl = new AclStandIns.AclInMemory(user, List.of());

        // The ACL is written first; then icacls.exe, which this system lacks, is asked to drop inheritance.
        assertThatThrownBy(() -> WindowsOwnerOnly.ofThisProcess().restrict(file, acl))
                .isInstanceOf(IOException.class).hasMessageContaining("icacls");
        assertThat(acl.getAcl()).singleElement().satisfies(entry -> assertThat(entry.principal()).isEqualTo(user));
    }
}
