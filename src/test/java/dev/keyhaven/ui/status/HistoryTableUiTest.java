package dev.keyhaven.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.FxTest;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** History of checks at 900x600, beside the key list as on a key's page: several checks in view (walk20 §11). */
class HistoryTableUiTest extends FxTest {

    private static final String SUMMARY = "Could not check: Nothing answers at http://127.0.0.1:36947, an address on"
            + " this computer: Keyhaven could not connect to it, so OKX was not asked.";

    private TableView<StatusReport.HistoryRow> table;

    @Override
    public void start(Stage stage) {
        List<StatusReport.HistoryRow> rows = IntStream.range(0, 8)
                .mapToObj(i -> new StatusReport.HistoryRow("3 Dec 2026, 14:0" + i, "Could not check", SUMMARY))
                .toList();
        table = HistoryTable.of(rows);
        Region keyList = new Region();
        keyList.setMinWidth(380);
        VBox page = new VBox(table);
        page.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(keyList, scroll), 900, 600));
        stage.show();
    }

    @Test
    void severalChecksShowAtOnceWithTheSummaryGivenTheWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds box = table.localToScene(table.getLayoutBounds());
        long whole = lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.getItem() != null && row.isVisible())
                .filter(row -> {
                    Bounds shown = row.localToScene(row.getLayoutBounds());
                    return shown.getMinY() >= box.getMinY() && shown.getMaxY() <= box.getMaxY();
                })
                .count();

        assertThat(whole).as("checks wholly in view").isGreaterThanOrEqualTo(3);
        double time = table.getColumns().get(0).getWidth();
        double outcome = table.getColumns().get(1).getWidth();
        double summary = table.getColumns().get(2).getWidth();
        assertThat(summary).as("the summary is the widest column, with more than half the width")
                .isGreaterThan(time + outcome).isGreaterThan(0.55 * (time + outcome + summary));
    }
}
