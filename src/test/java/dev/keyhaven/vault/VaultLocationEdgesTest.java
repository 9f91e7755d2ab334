package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The edges of where Keyhaven keeps its files: blank and half-quoted values, missing variables. */
class VaultLocationEdgesTest {

    @TempDir
    Path home;

    private Path linuxDefault() {
        return home.resolve(".local").resolve("share").resolve("keyhaven").resolve("vault.keyhaven");
    }

    @Test
    @Tag("mutation-redundant")
    void aBlankVariableIsNoChoice() {
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "  "), "Linux", home).defaultVault()).isEqualTo(linuxDefault());
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", ""), "Linux", home).defaultVault()).isEqualTo(linuxDefault());
        assertThat(new VaultLocation(Map.of("XDG_DATA_HOME", " "), "Linux", home).defaultVault()).isEqualTo(linuxDefault());
        assertThat(new VaultLocation(Map.of("XDG_CONFIG_HOME", ""), "Linux", home).configDirectory())
                .isEqualTo(home.resolve(".config").resolve("keyhaven"));
    }

    @Test
    @Tag("mutation-redundant")
    void onlyAPairOfQuotesAroundTheWholeValueIsTakenOff() {
        Path chosen = home.resolve("vault.keyhaven");
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "\"" + chosen), "Linux", home).defaultVault())
                .isEqualTo(Path.of("\"" + chosen).toAbsolutePath());
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", chosen + "\""), "Linux", home).defaultVault())
                .isEqualTo(Path.of(chosen + "\"").toAbsolutePath());
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "\"  " + chosen + "  \""), "Linux", home).defaultVault())
                .isEqualTo(chosen);
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "\""), "Linux", home).defaultVault())
                .as("a lone quote is a (strange) name, not an empty pair").isEqualTo(Path.of("\"").toAbsolutePath());
    }

    @Test
    void aVariableSetToAnEmptyPairOfQuotesIsNoChoice() {
        // cmd.exe's  set KEYHAVEN_VAULT=""  keeps the quotes: it means no vault was chosen, not the current folder.
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", "\"\""), "Windows 11", home).defaultVault())
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Keyhaven").resolve("vault.keyhaven"));
        assertThat(new VaultLocation(Map.of("KEYHAVEN_VAULT", " \" \" "), "Linux", home).defaultVault())
                .isEqualTo(linuxDefault());
        assertThat(new VaultLocation(Map.of("APPDATA", "\"\""), "Windows 11", home).dataDirectory())
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Keyhaven"));
    }

    @Test
    @Tag("mutation-redundant")
    void windowsWithoutAppDataUsesTheRoamingFolderOfTheHome() {
        Path roaming = home.resolve("AppData").resolve("Roaming").resolve("Keyhaven");
        VaultLocation windows = new VaultLocation(Map.of(), "Windows Server 2022", home);
        assertThat(windows.dataDirectory()).isEqualTo(roaming);
        assertThat(windows.configDirectory()).isEqualTo(roaming);
        assertThat(new VaultLocation(Map.of("APPDATA", "  " + home.resolve("R") + " "), "WINDOWS 11", home).dataDirectory())
                .isEqualTo(home.resolve("R").resolve("Keyhaven"));
    }

    @Test
    @Tag("mutation-redundant")
    void onlyWindowsAndMacNamesLeaveXdg() {
        Map<String, String> xdg = Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString());
        assertThat(new VaultLocation(xdg, "FreeBSD", home).configDirectory()).isEqualTo(home.resolve("cfg").resolve("keyhaven"));
        assertThat(new VaultLocation(xdg, "Darwin windows", home).configDirectory())
                .as("the name must start with it").isEqualTo(home.resolve("cfg").resolve("keyhaven"));
        assertThat(new VaultLocation(xdg, "MAC OS X", home).configDirectory())
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("Keyhaven"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onThisLinuxTheUsersHomeIsUsed() {
        VaultLocation thisUser = VaultLocation.ofThisUser();
        String xdgData = System.getenv("XDG_DATA_HOME");
        String vaultVariable = System.getenv(VaultLocation.VAULT_VARIABLE);
        if (xdgData == null || xdgData.isBlank()) {
            assertThat(thisUser.dataDirectory())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "keyhaven"));
        }
        if (vaultVariable == null || vaultVariable.isBlank()) {
            assertThat(thisUser.defaultVault()).isEqualTo(thisUser.dataDirectory().resolve("vault.keyhaven"));
        }
    }
}
