package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.SettingsStore;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

class KeyhavenAppUiTest extends AppUiTest {

    @Test
    void theMainWindowOpensWithTheProductName() {
        assertThat(listWindows()).anySatisfy(window -> {
            assertThat(window).isInstanceOf(Stage.class);
            assertThat(((Stage) window).getTitle()).isEqualTo("Keyhaven");
            assertThat(window.isShowing()).isTrue();
        });
        Window window = listWindows().get(0);
        assertThat(window.getScene().getRoot()).isNotNull();
    }

    @Test
    void closingTheWindowRemembersItsSizeForNextTime() throws Exception {
        interact(() -> {
            Stage stage = (Stage) listWindows().get(0);
            stage.setWidth(900);
            stage.setHeight(640);
            stage.hide();
        });
        AppSettings stored = new SettingsStore(folder.resolve("config")).load();
        assertThat(stored.window()).isNotNull();
        assertThat(stored.window().width()).isEqualTo(900);
        assertThat(stored.window().height()).isEqualTo(640);
    }

    @Test
    void withoutAVaultTheFirstRunScreenAsksForANewMasterPassword() {
        assertThat(lookup("#new-password").tryQuery()).isPresent();
        assertThat(lookup("#repeat-password").tryQuery()).isPresent();
        assertThat(lookup("#unlock-password").tryQuery()).isEmpty();
    }
}
