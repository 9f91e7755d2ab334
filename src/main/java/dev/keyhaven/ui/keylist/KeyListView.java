package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.ui.controls.Badge;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The left side of the main window: a filter field over the list of keys. */
public final class KeyListView extends VBox {

    private final ListView<KeyListItem> list = new ListView<>();
    private final TextField filter = new TextField();
    private final Button archived = new Button();

    public KeyListView(KeyListViewModel model) {
        getStyleClass().add("key-list-pane");
        setSpacing(8);
        filter.setId("key-filter");
        filter.setPromptText("Filter keys");
        filter.setAccessibleText("Filter keys by label, purpose, environment or status");
        filter.textProperty().bindBidirectional(model.filterProperty());

        list.setId("key-list");
        list.getStyleClass().add("key-list");
        list.setItems(model.visibleItems());
        list.setCellFactory(view -> new KeyCell(model));
        Label empty = new Label("No keys yet.\nChoose \"Add key\" to store your first one.");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null || !model.visibleItems().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((observable, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        archived.setId("show-archived");
        archived.getStyleClass().addAll("flat", "archived-link");
        archived.setMnemonicParsing(false);
        archived.textProperty().bind(model.archivedCountProperty().asString("Archived keys (%d)"));
        archived.visibleProperty().bind(model.archivedCountProperty().greaterThan(0));
        archived.managedProperty().bind(archived.visibleProperty());
        archived.setTooltip(new Tooltip("Keys you replaced or revoked, with their history"));
        getChildren().addAll(filter, list, archived);
        javafx.application.Platform.runLater(list::requestFocus);
    }

    public ListView<KeyListItem> list() {
        return list;
    }

    /** "Archived keys (n)" under the list; the shell decides what it opens. */
    public Button archivedButton() {
        return archived;
    }

    public TextField filterField() {
        return filter;
    }

    /** The purpose badge's text, as the list and the detail header show it. */
    public static Badge purposeBadge(Purpose purpose) {
        return new Badge(purpose == Purpose.TRADING ? "Trading bot" : "Read only",
                purpose == Purpose.TRADING ? "badge-trading" : "badge-read-only");
    }

    public static Badge environmentBadge(Environment environment) {
        return new Badge(environment.displayName(), environment == Environment.LIVE ? "badge-live" : "badge-demo");
    }

    /** The rotation reminder: a clock icon and words, so it reads the same without colour. */
    public static Label rotationMark(RotationStatus rotation) {
        boolean overdue = rotation.state() == RotationStatus.State.OVERDUE;
        Label mark = new Label(overdue ? "Rotation overdue" : "Rotate soon");
        SVGPath clock = new SVGPath();
        clock.setContent("M7 1.5 A5.5 5.5 0 1 1 6.99 1.5 Z M7 4 L7 7.2 L9.3 8.6");
        clock.getStyleClass().add("rotation-icon");
        mark.setGraphic(clock);
        mark.getStyleClass().addAll("rotation-mark", overdue ? "rotation-overdue" : "rotation-due");
        mark.setTooltip(new Tooltip(rotation.summary()));
        mark.setMinWidth(USE_PREF_SIZE);
        return mark;
    }

    private static final class KeyCell extends ListCell<KeyListItem> {

        private final KeyListViewModel model;

        KeyCell(KeyListViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(KeyListItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            KeyRecord key = item.key();
            Label label = new Label(key.label());
            label.getStyleClass().add("key-label");
            label.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox badges = new HBox(6, purposeBadge(key.purpose()), environmentBadge(key.environment()), spacer,
                    new StatusMark(item.status()));
            badges.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(4, label, badges);
            row.getStyleClass().add("key-row");
            java.util.Optional<RotationStatus> rotation = model.rotationReminder(item);
            rotation.ifPresent(status -> row.getChildren().add(rotationMark(status)));
            setGraphic(row);
            setAccessibleText(key.label() + ", " + key.purpose().displayName() + ", "
                    + key.environment().displayName() + ", " + item.status().text()
                    + rotation.map(status -> ", " + status.summary()).orElse(""));
        }
    }
}
