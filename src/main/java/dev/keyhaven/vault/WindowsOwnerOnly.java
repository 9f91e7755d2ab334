package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Owner-only files and folders where the file system has ACLs instead of POSIX modes (Windows, NTFS).
 *
 * <p>The ACL gets one entry, full control for the person this process runs as, and nothing inherited
 * from the parent folder. Java's {@link AclFileAttributeView#setAcl} writes exactly the entries it is given
 * (it calls SetFileSecurity with DACL_SECURITY_INFORMATION), which drops what the file had inherited, but it
 * cannot mark the ACL protected (SE_DACL_PROTECTED): a later change of the parent folder's permissions
 * would flow into the file again. So {@code icacls <file> /inheritance:r} switches inheritance off after it.
 *
 * <p>An elevated process (Run as administrator) creates files that belong to BUILTIN\Administrators, a
 * group. An ACL for the owner would then let every administrator of the computer read the vault and lock
 * out the same person when they next start Keyhaven without elevation (their token then lists
 * Administrators as deny-only). So when the owner is a group, the file is given to the current user
 * (owner and only entry) instead.
 */
final class WindowsOwnerOnly {

    /** Switches off inheritance for one file or folder. */
    @FunctionalInterface
    interface InheritanceSwitch {
        void switchOff(Path path) throws IOException;
    }

    private static final Duration ICACLS_WAIT = Duration.ofSeconds(30);

    private final Map<String, String> environment;
    private final UserPrincipalLookupService lookup;
    private final InheritanceSwitch inheritance;

    WindowsOwnerOnly(Map<String, String> environment, UserPrincipalLookupService lookup, InheritanceSwitch inheritance) {
        this.environment = environment;
        this.lookup = lookup;
        this.inheritance = inheritance;
    }

    static WindowsOwnerOnly ofThisProcess() {
        Map<String, String> environment = System.getenv();
        return new WindowsOwnerOnly(environment, FileSystems.getDefault().getUserPrincipalLookupService(),
                path -> icacls(environment, path));
    }

    void restrict(Path path, AclFileAttributeView acl) throws IOException {
        UserPrincipal grantee = grantee(acl);
        if (!grantee.equals(acl.getOwner())) {
            try {
                acl.setOwner(grantee);
            } catch (IOException notAllowed) {
                // the ACL below still grants only the current user; the group keeps only its owner's rights
            }
        }
        AclEntry.Builder only = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(grantee)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (Files.isDirectory(path)) {
            // files SQLite creates in the folder (journals) inherit the owner-only entry
            only.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        acl.setAcl(List.of(only.build()));
        inheritance.switchOff(path);
    }

    /** True when every entry of the ACL is for the person who should own {@code path}. */
    boolean isOwnerOnly(Path path, AclFileAttributeView acl) throws IOException {
        UserPrincipal grantee = grantee(acl);
        return acl.getAcl().stream().allMatch(entry -> entry.principal().equals(grantee));
    }

    /** The owner, or the current user when the owner is a group (files of an elevated process). */
    UserPrincipal grantee(AclFileAttributeView acl) throws IOException {
        UserPrincipal owner = acl.getOwner();
        if (!(owner instanceof GroupPrincipal)) {
            return owner;
        }
        UserPrincipal user = currentUser();
        return user == null ? owner : user;
    }

    /** DOMAIN\\user of this process, looked up the way Windows names accounts; null when unknown. */
    UserPrincipal currentUser() {
        String user = environment.getOrDefault("USERNAME", System.getProperty("user.name"));
        String domain = environment.get("USERDOMAIN");
        List<String> names = new ArrayList<>();
        if (domain != null && !domain.isBlank()) {
            names.add(domain + "\\" + user);
        }
        names.add(user);
        for (String name : names) {
            try {
                UserPrincipal found = lookup.lookupPrincipalByName(name);
                if (!(found instanceof GroupPrincipal)) {
                    return found;
                }
            } catch (IOException | UnsupportedOperationException unknown) {
                // try the next spelling
            }
        }
        return null;
    }

    /** Marks the ACL protected, so that nothing of the parent folder's permissions flows in. */
    static void icacls(Map<String, String> environment, Path path) throws IOException {
        icacls(environment, path, ICACLS_WAIT);
    }

    static void icacls(Map<String, String> environment, Path path, Duration wait) throws IOException {
        List<String> command = List.of(icaclsProgram(environment), forWin32(path.toAbsolutePath().toString()),
                "/inheritance:r", "/q");
        Process icacls = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!icacls.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                icacls.destroyForcibly();
                throw new IOException("icacls did not finish switching off inherited permissions of " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            icacls.destroyForcibly();
            throw new IOException("interrupted while switching off inherited permissions of " + path, e);
        }
        if (icacls.exitValue() != 0) {
            throw new IOException("icacls could not switch off inherited permissions of " + path
                    + " (exit code " + icacls.exitValue() + ")");
        }
    }

    /** icacls from the Windows folder itself, not whatever a PATH entry offers under that name. */
    static String icaclsProgram(Map<String, String> environment) {
        String windows = environment.getOrDefault("SystemRoot", environment.get("windir"));
        return windows == null ? "icacls.exe" : Path.of(windows, "System32", "icacls.exe").toString();
    }

    /** Paths past the old 260-character limit need the \\?\ prefix for tools that are not long-path aware. */
    static String forWin32(String absolute) {
        if (absolute.length() < 248 || absolute.startsWith("\\\\?\\")) {
            return absolute;
        }
        return absolute.startsWith("\\\\") ? "\\\\?\\UNC\\" + absolute.substring(2) : "\\\\?\\" + absolute;
    }
}
