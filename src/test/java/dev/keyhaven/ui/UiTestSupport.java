package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers the desktop tests share. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Waits (up to 20 s: CI machines have 2 cores) until {@code condition} holds on the JavaFX thread. */
    /** Whether the JavaFX thread runs a posted task within 3 s: the window answers. */
    static boolean windowAnswers() throws Exception {
        CompletableFuture<Boolean> beat = new CompletableFuture<>();
        Platform.runLater(() -> beat.complete(true));
        try {
            return beat.get(3, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            return false;
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses the node (the form scrolls it into view, as for a keyboard user) so it can be clicked. */
    static String focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    /** Clicks {@code query} once it is laid out (a freshly shown screen has no size before its first pulse). */
    static void clickWhenReady(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && node.isVisible() && node.getLayoutBounds().getWidth() > 0)
                .orElse(false));
        robot.clickOn(query);
    }

    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node.isVisible() && node.getScene() != null).orElse(false);
    }

    static String text(FxRobot robot, String query) {
        assertThat(robot.lookup(query).tryQuery()).as(query).isPresent();
        return robot.lookup(query).<Labeled>query().getText();
    }
}
