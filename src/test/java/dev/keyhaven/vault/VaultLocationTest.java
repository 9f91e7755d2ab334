package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the vault goes on each system, with the operating system's name and the home folder given, so
 * that every system's rule runs on every system (paths are absolute on this system: a temporary folder).
 */
class VaultLocationTest {

    @TempDir
    Path home;

    @Test
    void theVariableWins() {
        Path chosen = home.resolve("data").resolve("my.vault");
        VaultLocation location = new VaultLocation(Map.of("KEYHAVEN_VAULT", chosen.toString()), "Linux", home);
        assertThat(location.defaultVault()).isEqualTo(chosen);
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "relative.vault"), "Linux", home).defaultVault())
                .isEqualTo(Path.of("relative.vault").toAbsolutePath());
    }

    @Test
    void quotesThatCmdKeepsInAVariableAreNotPartOfThePath() {
        Path chosen = home.resolve("My keys").resolve("vault.keyhaven");
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", " \"" + chosen + "\" "), "Windows 11", home)
                .defaultVault()).isEqualTo(chosen);
        assertThat(new VaultLocation(Map.of("APPDATA", "\"" + home.resolve("Roaming") + "\""), "Windows 11", home)
                .dataDirectory()).isEqualTo(home.resolve("Roaming").resolve("Keyhaven"));
    }

    @Test
    void linuxFollowsXdg() {
        Path xdgData = home.resolve("xdg").resolve("data");
        Path xdgConfig = home.resolve("xdg").resolve("config");
        assertThat(new VaultLocation(Map.of(), "Linux", home).defaultVault())
                .isEqualTo(home.resolve(".local/share/keyhaven/vault.keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_DATA_HOME", xdgData.toString()), "Linux", home).defaultVault())
                .isEqualTo(xdgData.resolve("keyhaven").resolve("vault.keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_DATA_HOME", "relative"), "Linux", home).dataDirectory())
                .isEqualTo(home.resolve(".local/share/keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_CONFIG_HOME", xdgConfig.toString()), "Linux", home)
                .configDirectory()).isEqualTo(xdgConfig.resolve("keyhaven"));
        assertThat(new VaultLocation(Map.of(), "Linux", home).configDirectory())
                .isEqualTo(home.resolve(".config").resolve("keyhaven"));
    }

    @Test
    void macKeepsVaultAndSettingsInApplicationSupport() {
        VaultLocation mac = new VaultLocation(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), "Mac OS X", home);
        Path applicationSupport = home.resolve("Library").resolve("Application Support").resolve("Keyhaven");
        assertThat(mac.defaultVault()).isEqualTo(applicationSupport.resolve("vault.keyhaven"));
        assertThat(mac.configDirectory()).isEqualTo(applicationSupport);
    }

    @Test
    void windowsUsesAppDataAndFallsBackToTheRoamingFolderOfTheHome() {
        Path appData = home.resolve("Roaming profile");
        VaultLocation windows = new VaultLocation(Map.of("APPDATA", appData.toString()), "Windows 11", home);
        assertThat(windows.dataDirectory()).isEqualTo(appData.resolve("Keyhaven"));
        assertThat(windows.configDirectory()).isEqualTo(appData.resolve("Keyhaven"));
        assertThat(new VaultLocation(Map.of("APPDATA", " "), "Windows 10", home).defaultVault())
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Keyhaven").resolve("vault.keyhaven"));
    }

    @Test
    @EnabledOnOs(value = OS.MAC, disabledReason = "the real macOS home and name: the rule itself is tested on every system above")
    void onThisMacTheFoldersAreUnderLibraryApplicationSupport() {
        VaultLocation thisMac = VaultLocation.ofThisUser();
        Path expected = Path.of(System.getProperty("user.home"), "Library", "Application Support", "Keyhaven");
        assertThat(thisMac.dataDirectory()).isEqualTo(expected);
        assertThat(thisMac.configDirectory()).isEqualTo(expected);
    }

    @Test
    @EnabledOnOs(value = OS.WINDOWS, disabledReason = "the real %APPDATA%: the rule itself is tested on every system above")
    void onThisWindowsTheFoldersAreInAppData() {
        VaultLocation thisWindows = VaultLocation.ofThisUser();
        assertThat(thisWindows.dataDirectory()).isEqualTo(Path.of(System.getenv("APPDATA"), "Keyhaven"));
        assertThat(thisWindows.dataDirectory()).isAbsolute();
    }
}
