package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.VaultFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;

/** Settings → change the master password: the notice, then deleting the backups the old password opens. */
class PasswordChangeUiTest extends AppUiTest {

    private static final String NEXT = "meadow quartz falcon tide";

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theNoticeIsShownAndDeleteRemovesTheOldBackups() throws Exception {
        unlock();
        clickWhenReady(this, "#open-settings");
        clickOn(focus(this, "#current-password .secret-field")).write(MASTER);
        clickOn(focus(this, "#changed-password .secret-field")).write(NEXT);
        clickOn(focus(this, "#changed-password-repeat .secret-field")).write(NEXT);
        clickOn(focus(this, "#change-password"));

        waitUntil(() -> showing(this, "#old-backup-choices"));
        assertThat(text(this, "#password-message")).contains("still open").contains("with the old password");
        List<Path> before = VaultFile.backups(vaultFile()).stream().map(Backup::file).toList();
        assertThat(before).as("at least the backup made just before the change").isNotEmpty();

        clickOn(focus(this, "#delete-old-backups"));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Node confirm = lookup(".dialog-pane .button").queryAll().stream()
                .filter(node -> ((Button) node).getText().startsWith("Delete")).findFirst().orElseThrow();
        clickOn(confirm);

        waitUntil(() -> text(this, "#password-message").startsWith("Deleted"));
        assertThat(before).allSatisfy(file -> assertThat(Files.exists(file)).as(file.toString()).isFalse());
        assertThat(showing(this, "#old-backup-choices")).isFalse();
    }

    @Test
    void aWrongCurrentPasswordClearsOnlyItAndPutsTheCaretThere() throws Exception {
        unlock();
        clickWhenReady(this, "#open-settings");
        clickOn(focus(this, "#current-password .secret-field")).write("not the master password");
        clickOn(focus(this, "#changed-password .secret-field")).write(NEXT);
        clickOn(focus(this, "#changed-password-repeat .secret-field")).write(NEXT);
        clickOn(focus(this, "#change-password"));

        waitUntil(() -> text(this, "#password-message").startsWith("The current master password is not right"));
        waitUntil(() -> secretLength("#current-password") == 0);
        assertThat(secretLength("#changed-password")).as("the new password typed once").isEqualTo(NEXT.length());
        assertThat(secretLength("#changed-password-repeat")).as("and twice").isEqualTo(NEXT.length());
        waitUntil(() -> lookup("#current-password .secret-field").query().isFocused());
    }

    private int secretLength(String field) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(field)
                .queryAs(dev.keyhaven.ui.controls.SecretInput.class).field().secretLengthProperty().get());
    }

    private void put(String field, String value) {
        interact(() -> {
            try (dev.keyhaven.secret.Secret typed = dev.keyhaven.secret.Secret.ofString(value)) {
                lookup(field).queryAs(dev.keyhaven.ui.controls.SecretInput.class).setSecret(typed);
            }
        });
    }

    private boolean changeOff() {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#change-password").query().isDisabled());
    }

    @Test
    void theNewPasswordHasCreateVaultsMeterAndChangeStaysOffUntilItRatesGoodAndBothMatch() throws Exception {
        unlock();
        clickWhenReady(this, "#open-settings");
        clickOn(focus(this, "#current-password .secret-field")).write(MASTER);
        clickOn(focus(this, "#changed-password .secret-field")).write("password1");
        clickOn(focus(this, "#changed-password-repeat .secret-field")).write("password1");

        assertThat(showing(this, "#strength-meter")).isTrue();
        assertThat(text(this, "#strength-rating")).isNotEmpty().isNotIn("Good", "Strong");
        assertThat(text(this, "#changed-password-advice")).isNotEmpty();
        assertThat(changeOff()).as("Change, with a weak password typed twice").isTrue();

        put("#changed-password", NEXT);
        put("#changed-password-repeat", NEXT + "x");
        assertThat(text(this, "#strength-rating")).isIn("Good", "Strong");
        assertThat(changeOff()).as("Change, with a Good password typed differently").isTrue();

        put("#changed-password-repeat", NEXT);
        waitUntil(() -> !changeOff());
    }

    private String reason() {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.control.Label reason = lookup("#change-password-reason").queryAs(javafx.scene.control.Label.class);
            return reason.isVisible() ? reason.getText() : "";
        });
    }

    @Test
    void besideTheGreyedChangeItSaysWhatIsMissingAsTheUserTypes() throws Exception {
        unlock();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#change-password"));
        assertThat(reason()).isEqualTo("Change is off: type your current password and a new one that rates Good, twice.");
        put("#current-password", MASTER);
        put("#changed-password", "Password2026!");
        put("#changed-password-repeat", "Password2026!");
        assertThat(reason()).as("a Fair password twice").contains("not strong enough yet");
        put("#changed-password", NEXT);
        put("#changed-password-repeat", NEXT + "x");
        assertThat(reason()).as("a Good password, the repeat differing").contains("the two new passwords differ");
        put("#changed-password-repeat", NEXT);
        waitUntil(() -> !changeOff());
        assertThat(reason()).as("once Change is on").isEmpty();
        put("#current-password", "");
        assertThat(changeOff()).as("Change without the current password").isTrue();
        assertThat(reason()).isEqualTo("Change is off: type your current password.");
    }
}
