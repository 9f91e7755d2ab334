package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Letters typed into a number in Settings get a sentence beside the field and the last good value stays. */
class SettingsNumbersUiTest extends AppUiTest {

    @SuppressWarnings("unchecked")
    private Spinner<Integer> spinner(String id) {
        return lookup("#" + id).queryAs(Spinner.class);
    }

    private void type(String id, String text) {
        clickOn(spinner(id).getEditor());
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        write(text);
        press(KeyCode.TAB).release(KeyCode.TAB);
    }

    @Test
    void lettersInEveryNumberFieldKeepTheValueAndSaySo() {
        createVault();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#auto-lock-minutes"));

        for (String[] field : new String[][] {{"auto-lock-minutes", "minutes"}, {"clipboard-seconds", "seconds"},
                {"rotation-days", "days"}}) {
            String id = field[0];
            int before = spinner(id).getValue();
            type(id, "abc");
            waitUntil(() -> showing(this, "#" + id + "-message"));
            assertThat(text(this, "#" + id + "-message")).startsWith("Type a whole number of " + field[1] + ", ");
            assertThat(spinner(id).getValue()).isEqualTo(before);
            assertThat(spinner(id).getEditor().getText()).isEqualTo(Integer.toString(before));
            assertThat(lookup("Something went wrong").tryQuery()).isEmpty();

            type(id, Integer.toString(before));
            waitUntil(() -> !showing(this, "#" + id + "-message"));
        }
    }
}
