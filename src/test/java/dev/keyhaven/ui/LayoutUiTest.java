package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its smallest supported size (900x600) cuts no sentence, button or verdict short: every
 * visible label shows all of its text, and the key list keeps its width.
 */
class LayoutUiTest extends AppUiTest {

    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each visible label whose displayed text differs from its own: "text shown as: displayed". */
    private List<String> truncated() {
        List<String> found = new ArrayList<>();
        interact(() -> collect(stage.getScene().getRoot(), found));
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.getWidth() > 0) {
            String wanted = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                    .map(child -> ((Text) child).getText())
                    .filter(shown -> !shown.equals(wanted))
                    .findFirst()
                    .ifPresent(shown -> found.add(wanted + "  shown as:  " + shown));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private void oneStoredKey() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Grid bot on the NAS", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                    0, credentials));
            long old = vault.add(new KeyDraft("Old tax journal key", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL,
                    null, "", 0, credentials)).record().id();
            vault.archive(old, null);
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
    }

    @Test
    void nothingIsCutShortAt900x600() throws Exception {
        size(900, 600);
        waitUntil(() -> showing(this, "#create-vault"));
        List<String> problems = new ArrayList<>();
        problems.addAll(prefixed("create vault", truncated()));
        createVault();
        oneStoredKey();
        problems.addAll(prefixed("empty", truncated()));
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));
        for (String tab : new String[] {"#tab-guide", "#tab-credentials", "#tab-status"}) {
            clickOn(tab);
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(prefixed(tab, truncated()));
        }
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));
        problems.addAll(prefixed("add key", truncated()));
        clickOn("#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        problems.addAll(prefixed("new key guide", truncated()));
        clickOn("#open-settings");
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(prefixed("settings", truncated()));
        clickOn("#show-archived");
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(prefixed("archive", truncated()));

        assertThat(problems).as("labels cut short at 900x600").isEmpty();
    }

    @Test
    void theKeyListKeepsItsWidthAcrossResizeAndUnlock() throws Exception {
        size(1100, 720);
        createVault();
        oneStoredKey();
        double before = lookup("#key-list").query().getBoundsInParent().getWidth();
        size(1600, 1000);
        size(900, 600);
        size(1100, 720);
        assertThat(lookup("#key-list").query().getBoundsInParent().getWidth()).isEqualTo(before);
        interact(() -> app.shell().lock());
        unlock();
        waitUntil(() -> lookup("#key-list").query().getBoundsInParent().getWidth() > 0);
        assertThat(lookup("#key-list").query().getBoundsInParent().getWidth()).isEqualTo(before);
    }

    private static List<String> prefixed(String where, List<String> found) {
        return found.stream().map(line -> where + ": " + line).toList();
    }
}
