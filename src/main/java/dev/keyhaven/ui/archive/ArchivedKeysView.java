package dev.keyhaven.ui.archive;

import atlantafx.base.theme.Styles;
import dev.keyhaven.ui.common.OldKeyReminder;
import dev.keyhaven.ui.common.ReservedNote;
import dev.keyhaven.ui.controls.FocusSuccessor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The archive: one read-only card per replaced or revoked key. */
public final class ArchivedKeysView extends VBox {

    private final VBox cards = new VBox(12);
    private final ArchivedKeysViewModel model;
    private final Button close;

    private final java.util.function.Consumer<String> openUrl;

    /** @param openUrl opens OKX's API page in the browser (the "delete the old key on OKX" step) */
    public ArchivedKeysView(ArchivedKeysViewModel model, Runnable onClose, java.util.function.Consumer<String> openUrl) {
        super(12);
        this.model = model;
        this.openUrl = openUrl;
        setId("archived-keys");
        setPadding(new Insets(20, 24, 24, 24));

        Label title = new Label("Archived keys");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        close = new Button("Back to my keys");
        close.setId("archived-close");
        close.setOnAction(event -> onClose.run());
        HBox top = new HBox(10, title, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        String intro = "Keys you replaced, revoked or archived. Keyhaven keeps their record, values and"
                + " history for reference and never hands them to a bot. Make sure each is deleted on OKX too;"
                + " Restore brings one back to your keys.";

        Label problem = wrapped(new Label());
        problem.getStyleClass().add("error-note");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.visibleProperty().bind(problem.managedProperty());
        Label message = wrapped(new Label());
        message.setId("archived-message");
        message.getStyleClass().add("info-note");
        message.textProperty().bind(model.messageProperty());
        // In the intro's room, kept whether a note shows or not: a note (a copy, say) moves no card's buttons.
        StackPane introOrMessage = ReservedNote.of(intro, message);

        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        cards.setPadding(new Insets(2));

        getChildren().addAll(top, introOrMessage, problem, scroll);
        model.keys().addListener((ListChangeListener<ArchivedKey>) change -> show(model));
        show(model);
    }

    private void show(ArchivedKeysViewModel model) {
        // The cards are built anew: the control that had the focus (or its card's place) gets it back, so
        // the scene does not hand it to the key list's filter.
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        int cardAt = -1;
        for (int i = 0; i < cards.getChildren().size(); i++) {
            if (FocusSuccessor.isIn(focused, cards.getChildren().get(i))) {
                cardAt = i;
            }
        }
        boolean hadKeys = cards.lookup(".archived-card") != null;
        cards.getChildren().clear();
        if (model.keys().isEmpty()) {
            Label none = new Label(hadKeys ? "No archived keys left. A key you replace or revoke shows here."
                    : "No archived keys yet.");
            none.setId("archived-none");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            cards.getChildren().add(none);
        }
        model.keys().forEach(key -> cards.getChildren().add(card(key)));
        if (cardAt >= 0) {
            refocus(focused.getId(), cardAt);
        }
    }

    /** The same control when it is still there; else the first button of the card now in that place; else Back. */
    private void refocus(String id, int cardAt) {
        Node same = id == null ? null : cards.lookup("#" + id);
        if (same != null && same.isVisible() && !same.isDisabled()) {
            same.requestFocus();
            return;
        }
        java.util.List<Node> left = cards.getChildren().filtered(node -> node.getStyleClass().contains("archived-card"));
        if (left.isEmpty()) {
            close.requestFocus();
            return;
        }
        Node card = left.get(Math.min(cardAt, left.size() - 1));
        Node first = card.lookup(".archived-actions .button");
        (first != null ? first : card).requestFocus();
    }

    private Node card(ArchivedKey key) {
        // A long name wraps; the purpose beside it keeps its words.
        Label label = wrapped(new Label(key.label()));
        label.getStyleClass().add(Styles.TITLE_4);
        Label purpose = new Label(key.purpose());
        purpose.getStyleClass().add(Styles.TEXT_MUTED);
        purpose.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(10, label, purpose);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label archived = new Label(key.archived());
        archived.setId("archived-at-" + key.id());
        Label fate = wrapped(new Label(key.fate()));
        fate.setId("archived-fate-" + key.id());

        VBox lines = new VBox(4);
        key.history().forEach(line -> lines.getChildren().add(wrapped(new Label(line))));
        TitledPane history = new TitledPane("History (" + key.history().size() + ")", lines);
        history.setId("archived-history-" + key.id());
        history.setExpanded(false);

        // A narrow window moves Restore to the next line rather than push the card past the page's edge.
        FlowPane actions = new FlowPane(8, 8);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("archived-actions");
        for (ArchivedKeysViewModel.Value value : ArchivedKeysViewModel.Value.values()) {
            String name = value.inSentence();
            Button copy = new Button("Copy " + name);
            copy.setId("archived-copy-" + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + key.id());
            copy.setTooltip(new Tooltip("Copy the " + name + "; the clipboard is cleared again shortly"));
            copy.setMinWidth(Region.USE_PREF_SIZE);
            copy.setOnAction(event -> model.copy(key, value));
            actions.getChildren().add(copy);
        }
        Button restore = new Button("Restore…");
        restore.setId("archived-restore-" + key.id());
        restore.setTooltip(new Tooltip("Bring this key back to your keys"));
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.setOnAction(event -> model.restore(key));
        restore.disableProperty().bind(model.restoringProperty().isNotNull());
        actions.getChildren().add(restore);
        if (model.canAskOkx(key)) {
            // The alarm's next step ("then ask OKX again") is a button here too, not only on the revoke page.
            Button ask = new Button("Ask OKX again");
            ask.setId("archived-ask-okx-" + key.id());
            ask.setTooltip(new Tooltip("A signed check: does OKX still accept this revoked key?"));
            ask.setMinWidth(Region.USE_PREF_SIZE);
            ask.setOnAction(event -> model.askOkxAgain(key));
            actions.getChildren().add(ask);
        }

        Button delete = new Button("Delete for good\u2026");
        delete.setId("archived-delete-" + key.id());
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete this key and its history from Keyhaven; this cannot be undone"));
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(event -> model.deleteForGood(key));
        actions.getChildren().add(delete);

        VBox card = new VBox(6, heading, archived, fate, actions, history);
        if (!key.alarm().isEmpty()) {
            Label alarm = wrapped(new Label(key.alarm()));
            alarm.setId("archived-alarm-" + key.id());
            alarm.getStyleClass().addAll("error-note", "status-withdraw");
            card.getChildren().add(3, alarm);
        }
        key.deleteOnOkx().ifPresent(step ->
                card.getChildren().add(3, new OldKeyReminder(step, openUrl, () -> model.deletedOnOkx(key))));
        card.setId("archived-" + key.id());
        card.getStyleClass().addAll("archived-card", Styles.BORDER_DEFAULT, Styles.BG_DEFAULT);
        card.setPadding(new Insets(12, 14, 12, 14));
        return card;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
