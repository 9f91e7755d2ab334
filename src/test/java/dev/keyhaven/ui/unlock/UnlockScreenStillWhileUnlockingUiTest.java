package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While an unlock runs, nothing on the unlock screen changes by itself: any change inside the card repaints
 * all of it with its shadow, and on two cores that painting (pulsing dots, the caret blinking) took 0.5 to
 * 0.7 s of the renderer's processor time beside the key derivation, plus what the JIT spent compiling it.
 */
class UnlockScreenStillWhileUnlockingUiTest extends FxTest {

    private static final long CARET_BLINK_MILLIS = 500;

    private UnlockView view;
    private UnlockViewModel model;

    @Override
    public void start(Stage stage) throws Exception {
        java.nio.file.Path vaultFile = Files.createTempDirectory("keyhaven-still").resolve("vault.keyhaven");
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            Vault.create(vaultFile, password, VaultOptions.forTests()).close();
        }
        // The unlock's job never runs: the screen stays in its unlocking state as long as the test looks.
        BackgroundWork neverDone = new BackgroundWork(job -> { }, Platform::runLater);
        model = new UnlockViewModel(vaultFile, VaultOptions.forTests(), Clock.systemUTC(), neverDone, null, vault -> { });
        view = new UnlockView(model, null);
        stage.setScene(new Scene(view, 700, 560));
        stage.show();
    }

    @Test
    void theDotsAndTheCaretStayStillWhileTheKeyIsDerived() throws Exception {
        clickOn("#unlock-password .secret-field").write("lantern orbit velvet cactus");
        interact(() -> lookup("#unlock").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.busyProperty().get()).as("unlocking").isTrue();

        Label dots = lookup(".busy-sentence").queryAs(Label.class);
        Node caret = caretOf(lookup("#unlock-password .secret-field").query());
        List<String> seen = new ArrayList<>();
        long until = System.nanoTime() + 3 * CARET_BLINK_MILLIS * 1_000_000;
        while (System.nanoTime() < until) {
            interact(() -> seen.add("dots '" + dots.getText() + "', caret opacity " + caret.getOpacity()));
            Thread.sleep(40);
        }
        Set<String> distinct = new LinkedHashSet<>(seen);
        assertThat(distinct).as("what the unlocking screen showed over %d looks", seen.size()).hasSize(1);
        assertThat(caret.getOpacity()).as("no caret in the field while it waits for the unlock").isZero();
    }

    /** The text field skin's caret: the one shape whose opacity it binds to its blinking. */
    private static Node caretOf(Node field) {
        List<Node> caret = new ArrayList<>();
        collect(field, caret);
        assertThat(caret).as("the field's caret").hasSize(1);
        return caret.get(0);
    }

    private static void collect(Node node, List<Node> caret) {
        if (node instanceof Shape shape && shape.opacityProperty().isBound()) {
            caret.add(shape);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, caret));
        }
    }
}
