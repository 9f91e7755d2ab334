package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.controls.SecretInput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rehearsals under the unlock screen (see {@code KeyPageRehearsalUiTest}) leave the window when an unlock
 * starts; when the password was wrong, the window waits again and lays them out again (review 26: they did not
 * come back, so the first key page and Check all of the session ran cold code).
 */
class RehearsalsAfterWrongPasswordUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theRehearsalsAWrongPasswordDroppedAreLaidOutAgain() {
        waitUntil(() -> keyPageRehearsed());

        interact(() -> {
            lookup("#unlock-password").queryAs(SecretInput.class).field().replaceText(0, 0, "not the password");
            lookup("#unlock").queryButton().fire();
            assertThat(KeyPageRehearsalUiTest.rehearsedTabs(stage)).as("dropped when the unlock starts").isEmpty();
        });
        waitUntil(() -> !lookup("#unlock").queryButton().isDisabled());
        assertThat(app.shell().isUnlocked()).isFalse();

        waitUntil(() -> keyPageRehearsed());
    }

    private boolean keyPageRehearsed() {
        return KeyPageRehearsalUiTest.rehearsedTabs(stage)
                .filter(tabs -> tabs.getTabs().stream().allMatch(tab -> tab.getContent() != null)).isPresent();
    }
}
