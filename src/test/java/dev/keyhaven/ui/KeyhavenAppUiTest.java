package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

class KeyhavenAppUiTest extends ApplicationTest {

    @Override
    public void start(Stage stage) throws Exception {
        new KeyhavenApp().start(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.hideStage();
    }

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
}
