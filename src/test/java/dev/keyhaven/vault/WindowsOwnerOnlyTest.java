package dev.keyhaven.vault;

import static dev.keyhaven.vault.AclStandIns.ADMINISTRATORS;
import static dev.keyhaven.vault.AclStandIns.TRADER;
import static dev.keyhaven.vault.AclStandIns.allow;
import static dev.keyhaven.vault.AclStandIns.inherited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.AclStandIns.AclInMemory;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows ACL logic with an ACL view in memory, so that it runs on every system; what Windows itself
 * stores is read back in {@link WindowsAclTest}.
 */
class WindowsOwnerOnlyTest {

    @TempDir
    Path folder;

    private final List<Path> inheritanceSwitchedOff = new ArrayList<>();

    private final UserPrincipalLookupService lookup = AclStandIns.knowingTheTrader();

    private WindowsOwnerOnly windows() {
        return new WindowsOwnerOnly(Map.of("USERNAME", "trader", "USERDOMAIN", "DESKTOP-1"), lookup,
                inheritanceSwitchedOff::add);
    }

    @Test
    void aFileOfTheUserGetsOneFullEntryForThemAndInheritanceSwitchedOff() throws IOException {
        Path file = folder.resolve("vault.keyhaven");
        java.nio.file.Files.createFile(file);
        AclInMemory acl = new AclInMemory(TRADER, inherited());
        assertThat(windows().isOwnerOnly(file, acl)).isFalse();

        windows().restrict(file, acl);

        assertThat(acl.getAcl()).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(TRADER);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
            assertThat(entry.flags()).isEmpty();
        });
        assertThat(acl.getOwner()).isEqualTo(TRADER);
        assertThat(inheritanceSwitchedOff).containsExactly(file);
        assertThat(windows().isOwnerOnly(file, acl)).isTrue();
    }

    @Test
    void aFolderPassesItsOwnerOnlyEntryToWhatSqliteCreatesInIt() throws IOException {
        AclInMemory acl = new AclInMemory(TRADER, inherited());

        windows().restrict(folder, acl);

        assertThat(acl.getAcl()).singleElement().satisfies(entry -> assertThat(entry.flags())
                .isEqualTo(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)));
        assertThat(inheritanceSwitchedOff).containsExactly(folder);
    }

    @Test
    void aFileOfAnElevatedProcessOwnedByAdministratorsIsGivenToTheCurrentUser() throws IOException {
        Path file = java.nio.file.Files.createFile(folder.resolve("vault.keyhaven"));
        AclInMemory acl = new AclInMemory(ADMINISTRATORS, inherited());
        // Owned by a group, the file counts as owner-only only when the user alone has entries.
        assertThat(windows().isOwnerOnly(file, new AclInMemory(ADMINISTRATORS,
                List.of(allow(ADMINISTRATORS, AclEntryPermission.READ_DATA))))).isFalse();

        windows().restrict(file, acl);

        assertThat(acl.getOwner()).isEqualTo(TRADER);
        assertThat(acl.getAcl()).extracting(AclEntry::principal).containsExactly(TRADER);
        assertThat(windows().isOwnerOnly(file, acl)).isTrue();
    }

    @Test
    void whenTheOwnerCannotBeChangedTheUserStillHasTheOnlyEntry() throws IOException {
        Path file = java.nio.file.Files.createFile(folder.resolve("vault.keyhaven"));
        AclInMemory acl = new AclInMemory(ADMINISTRATORS, inherited());
        acl.ownerChangeRefused = true;

        windows().restrict(file, acl);

        assertThat(acl.getOwner()).isEqualTo(ADMINISTRATORS);
        assertThat(acl.getAcl()).extracting(AclEntry::principal).containsExactly(TRADER);
        assertThat(windows().isOwnerOnly(file, acl)).isTrue();
    }

    @Test
    void theUserIsLookedUpWithTheirDomainThenByNameAlone() {
        WindowsOwnerOnly withoutDomain = new WindowsOwnerOnly(Map.of("USERNAME", "DESKTOP-1\\trader"), lookup,
                inheritanceSwitchedOff::add);
        WindowsOwnerOnly unknown = new WindowsOwnerOnly(Map.of("USERNAME", "nobody", "USERDOMAIN", "X"), lookup,
                inheritanceSwitchedOff::add);

        assertThat(windows().currentUser()).isEqualTo(TRADER);
        assertThat(withoutDomain.currentUser()).isEqualTo(TRADER);
        assertThat(unknown.currentUser()).isNull();
    }

    @Test
    void aFailureToSwitchOffInheritanceIsNotSwallowed() throws IOException {
        Path file = java.nio.file.Files.createFile(folder.resolve("vault.keyhaven"));
        WindowsOwnerOnly refusing = new WindowsOwnerOnly(Map.of(), lookup, path -> {
            throw new IOException("icacls could not switch off inherited permissions");
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> refusing.restrict(file, new AclInMemory(TRADER,
                inherited()))).hasMessageContaining("inherited permissions");
    }

    @Test
    void longPathsGetTheWin32PrefixForIcacls() {
        String shortPath = "C:\\Users\\Zoë Trader\\AppData\\Roaming\\Keyhaven\\vault.keyhaven";
        String longPath = "C:\\Users\\trader\\" + "deep folder\\".repeat(25) + "vault.keyhaven";
        String longShare = "\\\\server\\share\\" + "deep folder\\".repeat(25) + "vault.keyhaven";

        assertThat(WindowsOwnerOnly.forWin32(shortPath)).isEqualTo(shortPath);
        assertThat(WindowsOwnerOnly.forWin32(longPath)).isEqualTo("\\\\?\\" + longPath);
        assertThat(WindowsOwnerOnly.forWin32(longShare)).isEqualTo("\\\\?\\UNC\\server\\share\\"
                + "deep folder\\".repeat(25) + "vault.keyhaven");
        assertThat(WindowsOwnerOnly.forWin32("\\\\?\\" + longPath)).isEqualTo("\\\\?\\" + longPath);
    }
}
