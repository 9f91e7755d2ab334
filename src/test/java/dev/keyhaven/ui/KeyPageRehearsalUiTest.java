package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

/**
 * While the window waits for the master password, a key's page for a made-up key is laid out once, hidden,
 * every tab built (issue #15: the first real key page after unlock ran its code and styles cold after the
 * click); it goes with the unlock screen.
 */
class KeyPageRehearsalUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void aMadeUpKeysPageIsLaidOutHiddenBehindTheUnlockScreenAndGoesWithIt() {
        waitUntil(() -> rehearsedTabs().filter(tabs -> tabs.getTabs().stream()
                .allMatch(tab -> tab.getContent() != null)).isPresent());
        TabPane tabs = rehearsedTabs().orElseThrow();
        assertThat(tabs.getScene()).isSameAs(stage.getScene());
        assertThat(hiddenAbove(tabs)).as("the rehearsal is never seen").isTrue();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Credentials");

        unlock();

        assertThat(rehearsedTabs()).as("the rehearsal went with the unlock screen").isEmpty();
    }

    private Optional<TabPane> rehearsedTabs() {
        return rehearsedTabs(stage);
    }

    /** The made-up key's page laid out under the unlock screen of {@code stage}, if there is one. */
    static Optional<TabPane> rehearsedTabs(javafx.stage.Stage stage) {
        return stage.getScene().getRoot().lookupAll(".detail-pane").stream()
                .filter(pane -> pane.lookup("#detail-title") instanceof Label title
                        && title.getText().startsWith("Rehearsal"))
                .map(pane -> pane.lookup(".tab-pane")).filter(TabPane.class::isInstance).map(TabPane.class::cast)
                .findFirst();
    }

    private static boolean hiddenAbove(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (!parent.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
