package dev.keyhaven.ui.status;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * The key's checks, newest first. A summary wraps onto several lines, so the box is sized for rows of
 * a few lines each and the summary gets the width the time and the outcome do not need.
 */
final class HistoryTable {

    /** Tall enough for a summary of three wrapped lines. */
    static final double ROW_HEIGHT = 64;
    static final int ROWS_SHOWN = 5;

    private HistoryTable() {
    }

    static TableView<StatusReport.HistoryRow> of(List<StatusReport.HistoryRow> rows) {
        TableView<StatusReport.HistoryRow> table = new TableView<>();
        table.setId("status-history");
        table.getStyleClass().add(Styles.DENSE);
        Label none = new Label("No checks yet.");
        none.getStyleClass().add("muted");
        table.setPlaceholder(none);
        table.getColumns().add(column("Time", "time", 112));
        table.getColumns().add(column("Outcome", "outcome", 104));
        table.getColumns().add(column("Summary", "summary", 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(rows);
        table.setPrefHeight(36 + ROW_HEIGHT * Math.max(2, Math.min(rows.size(), ROWS_SHOWN)));
        table.setMinHeight(Math.min(table.getPrefHeight(), 36 + ROW_HEIGHT * 3));
        return table;
    }

    private static TableColumn<StatusReport.HistoryRow, String> column(String title, String property, double width) {
        TableColumn<StatusReport.HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(switch (property) {
            case "time" -> cell.getValue().time();
            case "outcome" -> cell.getValue().outcome();
            default -> cell.getValue().summary();
        }));
        // A long outcome or summary wraps onto more lines of its row rather than end in "...".
        column.setCellFactory(cells -> new WrappingCell(column));
        column.setPrefWidth(width);
        if (!"summary".equals(property)) {
            // A narrow window shortens the summary, never the time or the outcome.
            column.setMinWidth(width);
        }
        column.setSortable(false);
        return column;
    }

    private static final class WrappingCell extends TableCell<StatusReport.HistoryRow, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<StatusReport.HistoryRow, String> column) {
            text.getStyleClass().add("history-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty || item == null ? null : text);
        }
    }
}
