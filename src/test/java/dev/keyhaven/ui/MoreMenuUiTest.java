package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
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
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** A key's More menu, at the right edge of the page, opens inside the window. */
class MoreMenuUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theMoreMenuOpensInsideTheWindowUnderTheButtonsRightEdge() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("1a2b3c4d-0000-1111-2222-333344445555"),
                Secret.ofString("0123456789ABCDEF0123456789ABCDEF"), Secret.ofString("Passphrase-1"))) {
            long id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    "http://127.0.0.1:9", "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault, id));
            waitUntil(() -> showing(this, "#key-tabs"));
        }

        clickWhenReady(this, "#key-more");
        waitUntil(() -> menu() != null && menu().isShowing());

        Bounds[] edges = new Bounds[2];
        interact(() -> {
            Node button = lookup("#key-more").query();
            edges[0] = button.localToScreen(button.getBoundsInLocal());
            Node content = menu().getSkin().getNode();
            edges[1] = content.localToScreen(content.getBoundsInLocal());
        });
        Bounds anchor = edges[0];
        Bounds shown = edges[1];
        assertThat(shown.getMaxX()).as("the menu's right edge").isLessThanOrEqualTo(stage.getX() + stage.getWidth())
                .isCloseTo(anchor.getMaxX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(stage.getX());
    }

    private ContextMenu menu() {
        Node button = lookup("#key-more").query();
        return Window.getWindows().stream().filter(ContextMenu.class::isInstance).map(ContextMenu.class::cast)
                .filter(menu -> menu.getOwnerNode() == button).findFirst().orElse(null);
    }
}
