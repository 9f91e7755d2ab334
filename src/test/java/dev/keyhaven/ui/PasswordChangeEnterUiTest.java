package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Settings → master password: Enter in a field presses Change when it is on; when it is off, the reason is said
 * and the caret goes to the field that stops it.
 */
class PasswordChangeEnterUiTest extends AppUiTest {

    private static final String NEXT = "meadow quartz falcon tide";

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private void put(String field, String value) {
        interact(() -> {
            try (Secret typed = Secret.ofString(value)) {
                lookup(field).queryAs(SecretInput.class).setSecret(typed);
            }
        });
    }

    private boolean caretIn(String field) {
        return lookup(field + " .secret-field").query().isFocused();
    }

    @Test
    void enterWhileChangeIsOffPutsTheCaretWhereTheProblemIsThenEnterChanges() {
        unlock();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#current-password"));
        put("#changed-password", NEXT);
        put("#changed-password-repeat", NEXT);
        clickOn(focus(this, "#changed-password-repeat .secret-field"));
        push(KeyCode.ENTER);
        waitUntil(() -> caretIn("#current-password"));
        assertThat(text(this, "#change-password-reason")).isEqualTo("Change is off: type your current password.");

        put("#current-password", MASTER);
        put("#changed-password-repeat", NEXT + "x");
        push(KeyCode.ENTER);
        waitUntil(() -> caretIn("#changed-password-repeat"));
        assertThat(text(this, "#change-password-reason")).contains("the two new passwords differ");

        put("#changed-password-repeat", NEXT);
        push(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#old-backup-choices"));
        assertThat(text(this, "#password-message")).contains("with the old password");
    }
}
