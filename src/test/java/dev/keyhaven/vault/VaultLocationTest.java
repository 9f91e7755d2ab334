package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultLocationTest {

    private final Path home = Path.of("/home/trader");

    @Test
    void theVariableWins() {
        VaultLocation location = new VaultLocation(Map.of("KEYHAVEN_VAULT", "/data/my.vault"), "Linux", home);
        assertThat(location.defaultVault()).isEqualTo(Path.of("/data/my.vault"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(new VaultLocation(Map.of(), "Linux", home).defaultVault())
                .isEqualTo(Path.of("/home/trader/.local/share/keyhaven/vault.keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", home).defaultVault())
                .isEqualTo(Path.of("/xdg/data/keyhaven/vault.keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_DATA_HOME", "relative"), "Linux", home).dataDirectory())
                .isEqualTo(Path.of("/home/trader/.local/share/keyhaven"));
        assertThat(new VaultLocation(Map.of("XDG_CONFIG_HOME", "/xdg/config"), "Linux", home).configDirectory())
                .isEqualTo(Path.of("/xdg/config/keyhaven"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(new VaultLocation(Map.of(), "Mac OS X", home).defaultVault())
                .isEqualTo(Path.of("/home/trader/Library/Application Support/Keyhaven/vault.keyhaven"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(new VaultLocation(Map.of("APPDATA", "/c/Users/t/AppData/Roaming"), "Windows 11", home)
                .dataDirectory()).isEqualTo(Path.of("/c/Users/t/AppData/Roaming/Keyhaven"));
    }
}
