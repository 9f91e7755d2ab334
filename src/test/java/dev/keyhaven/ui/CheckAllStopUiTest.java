package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check all with a slow OKX (walk 22): Esc stops at once and says so, late answers do not turn the page back
 * into "Checked 2 keys", a second Esc leaves for the key whose page was open before.
 */
class CheckAllStopUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void escStopsAtOnceLateAnswersDoNotUndoItAndASecondEscGoesBackToTheKey() throws Exception {
        createVault();
        long alpha = storeKey("Alpha", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        storeKey("Bravo", okx.add(FakeKey.builder().perm("read_only,trade")));
        waitUntil(() -> app.shell().keyList().items().size() == 2);
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(alpha).orElseThrow()));
        waitUntil(() -> showing(this, "#key-tabs"));
        okx.latency(Duration.ofSeconds(3));

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view")
                && lookup("#check-all-rows .check-all-state").queryAll().size() == 2);
        assertThat(text(this, "#check-all-title")).isEqualTo("Checking 2 keys with OKX");

        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#check-all-title")).isEqualTo("Stopping…");
        assertThat(lookup("#check-all-stop").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(showing(this, "#check-all-view")).as("the first Esc stops, it does not leave").isTrue();
        assertThat(states()).containsOnly("Not checked (stopped)");

        // The requests already sent are answered after the latency: recorded for their keys, not on this page.
        waitUntil(() -> text(this, "#check-all-title").startsWith("Stopped: checked 0 of 2 keys with OKX at "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(states()).containsOnly("Not checked (stopped)");
        assertThat(text(this, "#check-all-count")).startsWith("0 of 2 done");

        push(KeyCode.ESCAPE);
        waitUntil(() -> !showing(this, "#check-all-view"));
        waitUntil(() -> showing(this, "#key-tabs"));
        assertThat(app.shell().keyList().selectedProperty().get().key().id()).isEqualTo(alpha);
    }

    private List<String> states() {
        return lookup("#check-all-rows .check-all-state").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
    }
}
