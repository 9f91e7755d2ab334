package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Vault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check all with a slow OKX (walks 22 and 23): Stop cancels the requests under way, so "Stopping…" ends
 * within about a second and no late answer is recorded next to a page that says "checked 0"; Esc stops and
 * goes back to the key whose page was open; the stopped rows say so in words that fit at 900x600.
 */
class CheckAllStopUiTest extends KeysAtFakeOkxUiTest {

    private static final Duration LATENCY = Duration.ofSeconds(4);
    /** "Stopping…" must end well before OKX's slow answer would have come. */
    private static final long STOPPING_AT_MOST_MS = 1500;

    private final List<Long> ids = new ArrayList<>();

    @Test
    void stopCancelsTheRequestsUnderWaySoNothingIsRecordedAfterItAndThePageAgreesWithTheList() throws Exception {
        startCheckingTwoKeysWithASlowOkx();

        long pressed = System.nanoTime();
        clickOn("#check-all-stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#check-all-title")).startsWith("Stopp");
        assertThat(lookup("#check-all-stop").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(states()).containsOnly("Not checked: stopped");
        waitUntil(() -> text(this, "#check-all-title").startsWith("Stopped: asked OKX about 0 of 2 keys at "));
        long stoppingMs = (System.nanoTime() - pressed) / 1_000_000;
        assertThat(stoppingMs).as("\"Stopping…\" lasted %d ms with OKX taking %s", stoppingMs, LATENCY)
                .isLessThan(STOPPING_AT_MOST_MS);

        // Past the time OKX would have answered: the requests were cancelled, nothing came and nothing was recorded.
        Thread.sleep(LATENCY.toMillis() + 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recordedChecks()).as("checks recorded after Stop").isZero();
        assertThat(states()).containsOnly("Not checked: stopped");
        assertThat(text(this, "#check-all-count")).isEqualTo("0 of 2 done");
        assertThat(text(this, "#check-all-title")).startsWith("Stopped: asked OKX about 0 of 2 keys at ");
    }

    @Test
    void escDuringTheChecksStopsThemAndGoesBackToTheKeyThatWasOpen() throws Exception {
        startCheckingTwoKeysWithASlowOkx();

        push(KeyCode.ESCAPE);
        waitUntil(() -> !showing(this, "#check-all-view") && showing(this, "#key-tabs"));
        assertThat(app.shell().keyList().selectedProperty().get().key().id()).isEqualTo(ids.get(0));
        // The toolbar's Check all waits for the stopped batch: it is back once the cancelled requests end.
        waitUntil(() -> !lookup("#check-all").queryAs(Button.class).isDisabled());

        Thread.sleep(LATENCY.toMillis() + 1000);
        assertThat(recordedChecks()).as("checks recorded after Esc").isZero();
    }

    @Test
    void theStoppedPageCutsNoWordShortAt900By600NorAt1100Wide() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        startCheckingTwoKeysWithASlowOkx();
        clickOn("#check-all-stop");
        waitUntil(() -> text(this, "#check-all-title").startsWith("Stopped: "));
        assertThat(layoutProblems()).as("at 900x600").isEmpty();
        interact(() -> stage.setWidth(1100));
        assertThat(layoutProblems()).as("at 1100x600").isEmpty();
    }

    private List<String> layoutProblems() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        interact(() -> found.addAll(LayoutProblems.inEveryWindow()));
        return found;
    }

    private void startCheckingTwoKeysWithASlowOkx() throws Exception {
        createVault();
        ids.add(storeKey("Alpha", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"))));
        ids.add(storeKey("Bravo", okx.add(FakeKey.builder().perm("read_only,trade"))));
        waitUntil(() -> app.shell().keyList().items().size() == 2);
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(ids.get(0)).orElseThrow()));
        waitUntil(() -> showing(this, "#key-tabs"));
        okx.latency(LATENCY);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view") && states().size() == 2
                && states().stream().allMatch(state -> state.contains("Checking")));
        assertThat(text(this, "#check-all-title")).isEqualTo("Checking 2 keys with OKX");
    }

    private long recordedChecks() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        long checks = 0;
        for (long id : ids) {
            checks += vault.history(id).stream().filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK).count();
        }
        return checks;
    }

    private List<String> states() {
        return lookup("#check-all-rows .check-all-state").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
    }
}
