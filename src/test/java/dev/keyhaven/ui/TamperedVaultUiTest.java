package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A key row edited with SQL on the closed file: Unlock says so and only offers the newest whole backup. */
class TamperedVaultUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault created = Vault.create(vault, password, VaultOptions.forTests())) {
            created.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                    new Credentials(Secret.ofString("apikey-grid"), Secret.ofString("secret-grid"),
                            Secret.ofString("passphrase-grid"))));
            created.backups().now("test");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + vault.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE keys SET secret_key = api_key");
        }
        return super.config(vault, configDirectory);
    }

    private void typePassword() {
        clickOn("#unlock-password .secret-field").write(MASTER);
        type(KeyCode.ENTER);
    }

    private Button dialogButton(String label) {
        return lookup(".dialog-pane .button").queryAll().stream().map(Button.class::cast)
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theChangeIsToldApartAndTheBackupRestoredOnlyWhenChosen() {
        typePassword();
        waitUntil(() -> lookup("Restore backup").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("changed outside Keyhaven").contains("newest whole backup is from");
        clickOn(dialogButton("Cancel"));

        waitUntil(() -> showing(this, "#unlock-message"));
        assertThat(text(this, "#unlock-message")).contains("changed outside Keyhaven")
                .contains("rotate your OKX keys").doesNotContain("does not open this vault");
        assertThat(app.shell().isUnlocked()).isFalse();

        typePassword();
        waitUntil(() -> lookup("Restore backup").tryQuery().isPresent());
        clickOn(dialogButton("Restore backup"));
        waitUntil(() -> text(this, "#unlock-notice-after").startsWith("Restored the backup from"));
        assertThat(lookup("#unlock-notice-after").query().getStyleClass()).as("good news, not an error")
                .contains("info-note").doesNotContain("error-note");
        assertThat(showing(this, "#unlock-message")).as("no error box").isFalse();

        unlock();
        assertThat(app.shell().isUnlocked()).isTrue();
    }
}
