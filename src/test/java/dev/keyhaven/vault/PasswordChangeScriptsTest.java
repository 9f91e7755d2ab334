package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: the change's confirmation tells of the scripts and bots that still pass the old password. */
class PasswordChangeScriptsTest {

    @TempDir
    Path folder;

    @Test
    void theNoticeNamesEveryWayABotPassesThePassword() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("keys.keyhaven"), TestKeys.password(), VaultOptions.forTests());
                Secret next = Secret.ofString("a much newer lantern orbit cactus")) {
            vault.add(TestKeys.draft("gridbot"));
            String notice = vault.changePassword(TestKeys.password(), next).notice();

            assertThat(notice).contains("KEYHAVEN_PASSWORD,").contains("KEYHAVEN_PASSWORD_FILE")
                    .contains("--password-stdin").contains("give them the new password");
        }
    }
}
