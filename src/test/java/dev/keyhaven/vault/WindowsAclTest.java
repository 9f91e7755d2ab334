package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Windows itself stores for the vault, its journal, its lock file and its backups, read back by
 * PowerShell's Get-Acl (Java cannot see whether an entry is inherited or the ACL protected). The user of
 * GitHub's Windows runners is an administrator: where an elevated process creates files owned by
 * BUILTIN\Administrators, this also proves that they are given to the user.
 */
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "ACLs, inheritance and Get-Acl exist on Windows only; "
        + "WindowsOwnerOnlyTest covers the logic on every system")
class WindowsAclTest {

    /** One line per path: index|protected|owner SID|identity SID=inherited,... and a first line with the user's SID. */
    private static final String READ_ACLS = String.join("\n",
            "$ErrorActionPreference = 'Stop'",
            "$ProgressPreference = 'SilentlyContinue'",
            "$sid = [System.Security.Principal.SecurityIdentifier]",
            "'me|' + [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value",
            "$paths = $env:KEYHAVEN_ACL_PATHS -split \"`n\"",
            "for ($i = 0; $i -lt $paths.Count; $i++) {",
            "  if ($paths[$i] -eq '') { continue }",
            "  $acl = Get-Acl -LiteralPath $paths[$i]",
            "  $rules = $acl.GetAccessRules($true, $true, $sid) | ForEach-Object {",
            "    $_.IdentityReference.Value + '=' + $_.IsInherited + '=' + $_.AccessControlType }",
            "  \"$i|$($acl.AreAccessRulesProtected)|$($acl.GetOwner($sid).Value)|\" + ($rules -join ',')",
            "}");

    record Acl(boolean isProtected, String owner, List<String> entries) {
    }

    @TempDir
    Path folder;

    @Test
    void theVaultItsFolderLockAndBackupsHaveOnlyTheUserAndNothingInherited() throws Exception {
        Path vaultFolder = folder.resolve("Keyhaven");
        Path file = vaultFolder.resolve("vault.keyhaven");
        Path journal = vaultFolder.resolve("vault.keyhaven-journal");
        Map<Path, Acl> acls;
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("bot"));
            vault.backups().now("manual");
            try (RawVaultFile raw = new RawVaultFile(file)) {
                raw.execute("BEGIN IMMEDIATE");
                raw.execute("UPDATE keys SET updated_at = updated_at + 1");
                assertThat(journal).exists();
                List<Path> paths = new ArrayList<>(List.of(vaultFolder, file, journal));
                paths.addAll(everythingUnder(vaultFolder));
                acls = readAcls(paths);
                raw.execute("ROLLBACK");
            }
        }
        String me = acls.remove(Path.of("me")).owner();

        assertThat(acls.keySet()).contains(vaultFolder, file, journal, vaultFolder.resolve("vault.keyhaven.lock"),
                vaultFolder.resolve("vault.keyhaven.backups"));
        assertThat(acls.keySet()).anyMatch(path -> path.getFileName().toString().endsWith(".manual.khbackup"));
        acls.forEach((path, acl) -> {
            assertThat(acl.entries()).as("%s", path).containsExactly(allow(me, path.equals(journal)));
            if (!path.equals(journal)) {
                assertThat(acl.isProtected()).as("%s inherits nothing", path).isTrue();
                assertThat(acl.owner()).as("%s belongs to the user", path).isEqualTo(me);
            }
        });
        // SQLite creates the journal itself: it inherits the folder's one owner-only entry and nothing else.
        assertThat(FilePermissions.isOwnerOnly(file)).isTrue();
    }

    @Test
    void anExistingFileIsTightenedAndProtected() throws Exception {
        Path loose = Files.writeString(folder.resolve("settings.properties"), "theme=dark");
        assertThat(readAcls(List.of(loose)).get(loose).isProtected()).isFalse();

        OwnerOnlyFiles.restrict(loose);

        Map<Path, Acl> acls = readAcls(List.of(loose));
        String me = acls.get(Path.of("me")).owner();
        assertThat(acls.get(loose)).isEqualTo(new Acl(true, me, List.of(allow(me, false))));
    }

    @Test
    void longPathsPastTheOld260CharacterLimitWork() throws Exception {
        Path deep = folder;
        while (deep.toString().length() < 300) {
            deep = deep.resolve("a folder with a long name for the path test");
        }
        Path file = deep.resolve("vault.keyhaven");
        assertThat(file.toString().length()).isGreaterThan(260);

        OwnerOnlyFiles.ensureFolder(deep);
        FilePermissions.createOwnerOnlyFile(file);
        Path replacement = deep.resolve("replacement.tmp");
        FilePermissions.createOwnerOnlyFile(replacement);
        Files.writeString(replacement, "restored");
        AtomicRename.replace(replacement, file);

        // icacls ran on both without an error (it throws otherwise); Get-Acl of Windows PowerShell 5 cannot
        // reliably read such paths, so Java reads the entries back here.
        assertThat(file).hasContent("restored");
        for (Path path : List.of(deep, file)) {
            AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
            UserPrincipal user = WindowsOwnerOnly.ofThisProcess().grantee(view);
            assertThat(view.getAcl()).as("%s", path).extracting(AclEntry::principal).containsExactly(user);
            assertThat(FilePermissions.isOwnerOnly(path)).isTrue();
        }
    }

    private static String allow(String sid, boolean inherited) {
        return sid + "=" + (inherited ? "True" : "False") + "=Allow";
    }

    private static List<Path> everythingUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root)).toList();
        }
    }

    private static Map<Path, Acl> readAcls(List<Path> paths) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(READ_ACLS.getBytes(StandardCharsets.UTF_16LE));
        Path errors = Files.createTempFile("keyhaven-get-acl", ".txt");
        ProcessBuilder builder = new ProcessBuilder("powershell.exe", "-NoProfile", "-NonInteractive",
                "-EncodedCommand", encoded).redirectError(errors.toFile());
        StringBuilder joined = new StringBuilder();
        for (Path path : paths) {
            String absolute = path.toAbsolutePath().toString();
            joined.append(absolute).append('\n');
        }
        builder.environment().put("KEYHAVEN_ACL_PATHS", joined.toString());
        Process powershell = builder.start();
        powershell.getOutputStream().close();
        String output = new String(powershell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(powershell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String problems = new String(Files.readAllBytes(errors), StandardCharsets.ISO_8859_1);
        Files.delete(errors);
        assertThat(powershell.exitValue()).as(output + problems).isZero();
        Map<Path, Acl> acls = new LinkedHashMap<>();
        for (String line : output.strip().split("\\R")) {
            if (!line.strip().matches("(me|\\d+)\\|.*")) {
                continue;
            }
            String[] parts = line.strip().split("\\|", -1);
            if (parts[0].equals("me")) {
                acls.put(Path.of("me"), new Acl(false, parts[1], List.of()));
            } else {
                List<String> entries = parts[3].isEmpty() ? List.of() : List.of(parts[3].split(","));
                acls.put(paths.get(Integer.parseInt(parts[0])), new Acl(Boolean.parseBoolean(parts[1]), parts[2],
                        entries));
            }
        }
        return acls;
    }
}
