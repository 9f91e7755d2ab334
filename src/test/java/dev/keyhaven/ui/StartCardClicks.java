package dev.keyhaven.ui;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.util.WaitForAsyncUtils;

/** What the start-card focus tests read and where they click. */
final class StartCardClicks {

    private StartCardClicks() {
    }

    static Node focusOwner(AppUiTest test) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> test.stage.getScene().getFocusOwner());
    }

    static Node field(AppUiTest test, String input) {
        return test.lookup(input).<SecretInput>query().field();
    }

    static String typed(AppUiTest test, String input) {
        try (Secret secret = test.lookup(input).<SecretInput>query().secret()) {
            return secret.reveal();
        }
    }

    /** A click on the card's own background: just inside its top-right corner, beside the brand. */
    static void clickCardBackground(AppUiTest test) {
        Node card = test.lookup(".start-card").query();
        Bounds onScreen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> card.localToScreen(card.getLayoutBounds()));
        test.clickOn(new Point2D(onScreen.getMaxX() - 8, onScreen.getMinY() + 8), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A click on the start screen around the card. */
    static void clickBesideCard(AppUiTest test) {
        Node card = test.lookup(".start-card").query();
        Bounds onScreen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> card.localToScreen(card.getLayoutBounds()));
        test.clickOn(new Point2D(onScreen.getMinX() - 20, onScreen.getMinY() + 20), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
