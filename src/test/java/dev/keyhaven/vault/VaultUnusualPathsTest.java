package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real vault, its backup and a restore in the default folder of a user whose name has spaces and
 * letters beyond ASCII (Windows makes C:\Users\Zoë Müller-Østergård for such a user), with each system's
 * rule applied on this system's disk.
 */
class VaultUnusualPathsTest {

    static final String USER = "Zoë Müller-Østergård 李 (trader)";

    @TempDir
    Path temporary;

    private Path home;

    @BeforeEach
    void home() throws Exception {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        assumeTrue(System.getProperty("os.name").startsWith("Windows")
                || Charset.forName(jnu).newEncoder().canEncode(USER),
                "this JVM encodes file names as " + jnu + ", which cannot spell the user's name; run with a UTF-8 locale");
        home = Files.createDirectories(temporary.resolve("Users").resolve(USER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 11", "Mac OS X", "Linux"})
    void aVaultWorksInTheDefaultFolderOfAUserWithSpacesAndNonAsciiLetters(String osName) throws Exception {
        Map<String, String> environment = osName.startsWith("Windows")
                ? Map.of("APPDATA", home.resolve("AppData").resolve("Roaming").toString()) : Map.of();
        Path file = new VaultLocation(environment, osName, home).defaultVault();
        assertThat(file.toString()).contains(USER);

        Backup backup;
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Grid bot — BTC/€"));
            backup = vault.backups().now("manual");
            vault.add(TestKeys.draft("later"));
        }
        VaultFile.restore(file, backup);

        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("Grid bot — BTC/€");
        }
        assertThat(VaultFile.backups(file)).extracting(Backup::reason).contains("manual", "before restore");
        assertThat(FilePermissions.isOwnerOnly(file)).isTrue();
        assertThat(FilePermissions.isOwnerOnly(file.getParent())).isTrue();
        assertThat(file.getParent().getFileName().toString()).isEqualToIgnoringCase("keyhaven");
    }
}
