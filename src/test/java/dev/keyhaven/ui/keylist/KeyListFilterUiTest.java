package dev.keyhaven.ui.keylist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.ui.FxTest;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The selection (and so the page beside the list) follows the filter; Esc empties the filter. */
class KeyListFilterUiTest extends FxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private KeyListViewModel model;
    private final AtomicInteger escapesBelow = new AtomicInteger();
    private final KeyListItem grid = item(1, "Grid bot");
    private final KeyListItem tax = item(2, "Tax journal");
    private final KeyListItem taxDemo = item(3, "Tax demo");

    @Override
    public void start(Stage stage) {
        model = new KeyListViewModel(BackgroundWork.inline(), message -> { });
        VBox window = new VBox(new KeyListView(model));
        window.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                escapesBelow.incrementAndGet();
            }
        });
        stage.setScene(new Scene(window, 320, 400));
        stage.show();
        model.items().setAll(grid, tax, taxDemo);
    }

    private static KeyListItem item(long id, String label) {
        return new KeyListItem(new KeyRecord(id, label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                NOW, NOW, 0, Set.of(), null, null), KeyVerdict.WORKS);
    }

    private void filter(String text) {
        interact(() -> model.filterProperty().set(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSelectedKeyTheFilterHidesGivesWayToTheFirstMatch() {
        interact(() -> model.selectedProperty().set(grid));

        filter("tax");

        assertThat(model.selectedProperty().get()).isSameAs(tax);
        assertThat(lookup("#key-list").queryListView().getSelectionModel().getSelectedItem()).isSameAs(tax);
    }

    @Test
    void whenNoKeyMatchesNoneIsSelected() {
        interact(() -> model.selectedProperty().set(grid));

        filter("nothing like it");

        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aSelectedKeyTheFilterKeepsStaysSelected() {
        interact(() -> model.selectedProperty().set(taxDemo));

        filter("tax");
        filter("");

        assertThat(model.selectedProperty().get()).isSameAs(taxDemo);
    }

    @Test
    void noSelectionStaysNone() {
        filter("tax");

        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void escEmptiesTheFilterAndASecondEscGoesOnAsBefore() {
        clickOn("#key-filter").write("tax");

        type(KeyCode.ESCAPE);
        assertThat(model.filterProperty().get()).isEmpty();
        assertThat(escapesBelow.get()).isZero();

        type(KeyCode.ESCAPE);
        assertThat(escapesBelow.get()).isEqualTo(1);
    }
}
