package dev.keyhaven.ui.keylist;

import dev.keyhaven.ui.controls.Badge;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left side of the main window: a filter field over the list of keys. */
public final class KeyListView extends VBox {

    private final ListView<KeyListItem> list = new ListView<>();
    private final TextField filter = new TextField();

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
        list.setCellFactory(view -> new KeyCell());
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
        getChildren().addAll(filter, list);
        javafx.application.Platform.runLater(list::requestFocus);
    }

    public ListView<KeyListItem> list() {
        return list;
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

    private static final class KeyCell extends ListCell<KeyListItem> {

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
            setGraphic(row);
            setAccessibleText(key.label() + ", " + key.purpose().displayName() + ", "
                    + key.environment().displayName() + ", " + item.status().text());
        }
    }
}
