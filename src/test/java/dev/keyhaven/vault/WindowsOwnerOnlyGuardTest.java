package dev.keyhaven.vault;

import static dev.keyhaven.vault.AclStandIns.ADMINISTRATORS;
import static dev.keyhaven.vault.AclStandIns.TRADER;
import static dev.keyhaven.vault.AclStandIns.allow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.AclStandIns.AclInMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the Windows ACL logic that are plain logic or a child process, run on every system: which
 * icacls runs and how its answer is read (a stand-in program where Windows' is missing), long paths, who the
 * current user is, and when the owner is changed.
 */
class WindowsOwnerOnlyGuardTest {

    @TempDir
    Path folder;

    private final List<String> lookedUp = new ArrayList<>();

    /** Knows TRADER by both spellings; "group" names a group, "unsupported" cannot be looked up. */
    private final UserPrincipalLookupService lookup = new UserPrincipalLookupService() {
        @Override
        public UserPrincipal lookupPrincipalByName(String name) throws IOException {
            lookedUp.add(name);
            if (name.contains("unsupported")) {
                throw new UnsupportedOperationException("no lookups here");
            }
            if (name.equals("DESKTOP-1\\trader") || name.equals("trader")) {
                return TRADER;
            }
            if (name.endsWith("group")) {
                return ADMINISTRATORS;
            }
            throw new UserPrincipalNotFoundException(name);
        }

        @Override
        public GroupPrincipal lookupPrincipalByGroupName(String group) throws IOException {
            throw new UserPrincipalNotFoundException(group);
        }
    };

    private WindowsOwnerOnly windows(Map<String, String> environment) {
        return new WindowsOwnerOnly(environment, lookup, path -> { });
    }

    @Test
    void pathsFrom248CharactersGetTheWin32Prefix() {
        String justShort = "C:\\" + "a".repeat(244);
        String justLong = "C:\\" + "a".repeat(245);
        assertThat(justShort).hasSize(247);
        assertThat(WindowsOwnerOnly.forWin32(justShort)).isEqualTo(justShort);
        assertThat(WindowsOwnerOnly.forWin32(justLong)).isEqualTo("\\\\?\\" + justLong);
        String share = "\\\\server\\" + "b".repeat(240);
        assertThat(WindowsOwnerOnly.forWin32(share)).isEqualTo("\\\\?\\UNC\\server\\" + "b".repeat(240));
    }

    @Test
    void icaclsIsTakenFromTheWindowsFolderNotFromThePath() {
        String fromSystemRoot = WindowsOwnerOnly.icaclsProgram(Map.of("SystemRoot", "C:\\Windows", "windir", "D:\\Other"));
        assertThat(fromSystemRoot).isEqualTo(Path.of("C:\\Windows", "System32", "icacls.exe").toString());
        assertThat(WindowsOwnerOnly.icaclsProgram(Map.of("windir", "D:\\Other")))
                .isEqualTo(Path.of("D:\\Other", "System32", "icacls.exe").toString());
        assertThat(WindowsOwnerOnly.icaclsProgram(Map.of())).isEqualTo("icacls.exe");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void icaclsIsAskedToDropInheritanceQuietlyAndItsExitCodeIsRead() throws Exception {
        Path arguments = folder.resolve("arguments");
        Map<String, String> environment = standInIcacls("printf '%s\\n' \"$@\" > '" + arguments + "'\nexit 0\n");
        Path vault = Files.createFile(folder.resolve("vault.keyhaven"));

        WindowsOwnerOnly.icacls(environment, vault);

        assertThat(Files.readAllLines(arguments)).containsExactly(vault.toAbsolutePath().toString(), "/inheritance:r", "/q");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anIcaclsThatFailsIsAnIoProblemWithItsExitCode() throws Exception {
        Map<String, String> environment = standInIcacls("exit 5\n");
        Path vault = Files.createFile(folder.resolve("vault.keyhaven"));

        assertThatThrownBy(() -> WindowsOwnerOnly.icacls(environment, vault)).isInstanceOf(IOException.class)
                .hasMessage("icacls could not switch off inherited permissions of " + vault + " (exit code 5)");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anIcaclsThatDoesNotFinishInTimeIsStoppedAndAnIoProblem() throws Exception {
        Map<String, String> environment = standInIcacls("sleep 20\nexit 0\n");
        Path vault = Files.createFile(folder.resolve("vault.keyhaven"));

        assertThatThrownBy(() -> WindowsOwnerOnly.icacls(environment, vault, java.time.Duration.ofMillis(200)))
                .isInstanceOf(IOException.class)
                .hasMessage("icacls did not finish switching off inherited permissions of " + vault);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anInterruptedWaitForIcaclsFailsAndKeepsTheInterrupt() throws Exception {
        // Still running when the wait starts, so that the wait itself sees the interrupt.
        Map<String, String> environment = standInIcacls("sleep 20\nexit 0\n");
        Path vault = Files.createFile(folder.resolve("vault.keyhaven"));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> WindowsOwnerOnly.icacls(environment, vault)).isInstanceOf(IOException.class)
                    .hasMessage("interrupted while switching off inherited permissions of " + vault);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void theCurrentUserIsLookedUpWithTheDomainFirstAndNeverAsAGroup() {
        assertThat(windows(Map.of("USERNAME", "trader", "USERDOMAIN", "DESKTOP-1")).currentUser()).isEqualTo(TRADER);
        assertThat(lookedUp).containsExactly("DESKTOP-1\\trader");

        lookedUp.clear();
        assertThat(windows(Map.of("USERNAME", "trader", "USERDOMAIN", "  ")).currentUser()).isEqualTo(TRADER);
        assertThat(lookedUp).as("a blank domain is not tried").containsExactly("trader");

        lookedUp.clear();
        assertThat(windows(Map.of("USERNAME", "group", "USERDOMAIN", "DESKTOP-1")).currentUser()).isNull();
        assertThat(lookedUp).containsExactly("DESKTOP-1\\group", "group");

        assertThat(windows(Map.of("USERNAME", "unsupported", "USERDOMAIN", "X")).currentUser()).isNull();
        assertThat(windows(Map.of("USERNAME", "trader", "USERDOMAIN", "unsupported")).currentUser())
                .as("the next spelling is tried after a lookup that is not supported").isEqualTo(TRADER);
        lookedUp.clear();
        windows(Map.of()).currentUser();
        assertThat(lookedUp).containsExactly(System.getProperty("user.name"));
    }

    @Test
    void aGroupOwnerIsKeptWhenTheUserIsUnknown() throws IOException {
        AclInMemory acl = new AclInMemory(ADMINISTRATORS, List.of(allow(ADMINISTRATORS)));
        WindowsOwnerOnly unknownUser = windows(Map.of("USERNAME", "nobody"));
        assertThat(unknownUser.grantee(acl)).isEqualTo(ADMINISTRATORS);
        assertThat(unknownUser.isOwnerOnly(folder, acl)).isTrue();
        assertThat(windows(Map.of("USERNAME", "trader")).grantee(acl)).isEqualTo(TRADER);
        assertThat(windows(Map.of("USERNAME", "trader")).grantee(new AclInMemory(TRADER, List.of()))).isEqualTo(TRADER);
    }

    @Test
    @Tag("mutation-redundant")
    void theOwnerIsChangedOnlyWhenItIsNotTheUserAlready() throws IOException {
        Path file = Files.createFile(folder.resolve("vault.keyhaven"));
        AclInMemory own = new AclInMemory(TRADER, List.of(allow(TRADER), allow(ADMINISTRATORS)));
        windows(Map.of("USERNAME", "trader")).restrict(file, own);
        assertThat(own.ownerChanges).isZero();
        assertThat(own.getAcl()).extracting(AclEntry::principal).containsExactly(TRADER);

        AclInMemory elevated = new AclInMemory(ADMINISTRATORS, List.of(allow(ADMINISTRATORS)));
        windows(Map.of("USERNAME", "trader")).restrict(file, elevated);
        assertThat(elevated.ownerChanges).isEqualTo(1);
        assertThat(elevated.getOwner()).isEqualTo(TRADER);
    }

    @Test
    @Tag("mutation-redundant")
    void anAclWithAnyOtherEntryIsNotOwnerOnly() throws IOException {
        WindowsOwnerOnly windows = windows(Map.of("USERNAME", "trader"));
        assertThat(windows.isOwnerOnly(folder, new AclInMemory(TRADER, List.of()))).isTrue();
        assertThat(windows.isOwnerOnly(folder, new AclInMemory(TRADER, List.of(allow(TRADER), allow(TRADER))))).isTrue();
        assertThat(windows.isOwnerOnly(folder, new AclInMemory(TRADER, List.of(allow(TRADER), allow(ADMINISTRATORS)))))
                .isFalse();
        assertThat(windows.isOwnerOnly(folder, new AclInMemory(TRADER, List.of(allow(new AclStandIns.User("other")))))).isFalse();
    }

    /** A folder holding System32/icacls.exe, a shell script with {@code body}; the environment names it SystemRoot. */
    private Map<String, String> standInIcacls(String body) throws IOException {
        Path windows = folder.resolve("Windows");
        Path program = Files.createDirectories(windows.resolve("System32")).resolve("icacls.exe");
        Files.writeString(program, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> environment = new HashMap<>();
        environment.put("SystemRoot", windows.toString());
        return environment;
    }
}
