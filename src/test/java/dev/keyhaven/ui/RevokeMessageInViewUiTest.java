package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** At 900x600 what Revoke says after the revoke (under its buttons, at the page's foot) scrolls into view whole. */
class RevokeMessageInViewUiTest extends AppWithFakeOkx {

    @Test
    void okxStillAcceptingTheRevokedKeyIsSaidInViewAt900x600() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        FakeKey leaked = okx.add(FakeKey.builder().perm("read_only"));
        unlock();
        storeKey("Tax journal", Purpose.READ_ONLY, Region.EEA, leaked);
        clickWhenReady(this, "#key-more");
        clickOn("This key may have leaked…");
        waitUntil(() -> showing(this, "#revoke-view"));
        ScrollPane page = lookup("#revoke-scroll").queryAs(ScrollPane.class);

        clickOn(focus(this, "#revoke-key"));
        waitUntil(() -> lookup("Revoke key").tryQuery().isPresent());
        clickOn("Revoke key");

        waitUntil(() -> text(this, "#revoke-message").contains("OKX still accepts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(RotateOpenFormUiTest.inView(page, lookup("#revoke-message").query()))
                .as("the warning that OKX still accepts the key, whole").isTrue();
    }
}
