package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.EditedHeader;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The copy kept before restoring from a header edited outside Keyhaven: its Settings row says so, and Settings
 * does not offer to re-encrypt or delete it as a backup made with an older master password.
 */
class SettingsHeaderChangedBackupUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        Backup good;
        try (Secret password = Secret.ofString(MASTER);
             Vault made = Vault.create(vault, password, VaultOptions.forTests())) {
            try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                    Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
                made.add(new KeyDraft("Gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                        credentials));
            }
            good = made.backups().now("manual");
        }
        EditedHeader.editTheSalt(vault);
        VaultFile.restore(vault, good, VaultOptions.forTests());
        return super.config(vault, configDirectory);
    }

    private List<String> rowTexts() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#backup-list .list-cell .label")
                .queryAllAs(Label.class).stream().map(Label::getText).filter(text -> text != null).toList());
    }

    @Test
    void theChangedCopyIsToldTruthfullyAndIsNotOfferedAsAnOldPasswordBackup() {
        unlock();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list")
                && rowTexts().stream().anyMatch(text -> text.contains("was changed outside Keyhaven")));

        assertThat(rowTexts()).as("the rows").noneMatch(text -> text.contains("older master password"))
                .anyMatch(text -> text.contains("your master password does not open it"));
        assertThat(showing(this, "#old-backup-choices")).as("the offer to re-encrypt or delete old-password backups")
                .isFalse();
    }
}
