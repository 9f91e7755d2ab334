package dev.keyhaven.ui.unlock;

import dev.keyhaven.ui.controls.SecretInput;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The calm, centred card the create and unlock screens share. */
abstract class StartCard extends StackPane {

    private final VBox card = new VBox(10);
    private final ScrollPane scroll;
    /** Room kept in view under a line that appears at the card's foot (the card's own bottom padding). */
    private static final double FOOT_ROOM = 28;
    /** The .start-centre padding of app.css, around the card inside the scrolling area. */
    private static final double CENTRE_PADDING = 32;
    private List<SecretInput> fields = List.of();

    protected StartCard(String title, String subtitle) {
        getStyleClass().add("start-screen");
        card.getStyleClass().add("start-card");
        card.setMaxWidth(460);
        card.setMaxHeight(USE_PREF_SIZE);
        Label brand = new Label("Keyhaven");
        brand.getStyleClass().add("brand");
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label lead = new Label(subtitle);
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().addAll(brand, heading, lead);
        // On a low window the card scrolls instead of squeezing its sentences into "...".
        StackPane centre = new StackPane(card);
        // Centred as it first shows; a message or the busy line that comes later grows it downwards only, so the
        // field the trader types in stays where it was.
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add("start-centre");
        scroll = new ScrollPane(centre) {
            // A click on the card, its words or the screen around it asks the scroll pane for the focus; the
            // caret stays in a field instead, so the password typed next is not lost.
            @Override
            public void requestFocus() {
                keepTypingInAField();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("edge-to-edge", "start-scroll");
        setAlignment(Pos.CENTER);
        getChildren().add(scroll);
        scroll.viewportBoundsProperty().addListener((observable, was, now) -> placeCard());
        card.heightProperty().addListener((observable, was, now) -> placeCard());
    }

    /** Puts the card's top where it would be if the card were centred without its passing lines. */
    private void placeCard() {
        // From preferred heights: the card is resized before it lays out the line that just appeared.
        double width = card.getWidth() - card.getInsets().getLeft() - card.getInsets().getRight();
        double resting = card.getHeight();
        for (Node child : card.getChildren()) {
            if (child.isManaged() && isPassing(child)) {
                resting -= child.prefHeight(width) + card.getSpacing();
            }
        }
        double room = scroll.getViewportBounds().getHeight() - CENTRE_PADDING * 2;
        double top = Math.max(0, Math.floor((room - resting) / 2));
        Insets now = StackPane.getMargin(card);
        if (now == null || Math.abs(now.getTop() - top) >= 1) {
            StackPane.setMargin(card, new Insets(top, 0, 0, 0));
        }
    }

    /** A line that comes and goes after the card is shown: a wrong password's message, the busy line. */
    private static boolean isPassing(Node child) {
        return child.getStyleClass().contains("busy-row") || child.getStyleClass().contains("error-note");
    }

    void add(Node... nodes) {
        card.getChildren().addAll(nodes);
        for (Node node : nodes) {
            if (node.getStyleClass().contains("busy-row")) {
                node.visibleProperty().addListener((observable, was, now) -> {
                    if (now) {
                        Platform.runLater(() -> reveal(node));
                    }
                });
            }
        }
    }

    /**
     * Scrolls just far enough that {@code node}, which appeared under the card's button, is in view with room
     * under it: on a low window it would sit on the window's bottom edge, or below it.
     */
    private void reveal(Node node) {
        scroll.layout();
        Node content = scroll.getContent();
        double overflow = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (overflow <= 0 || node.getScene() == null) {
            return;
        }
        double bottom = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY() + FOOT_ROOM;
        double top = scroll.getVvalue() * overflow;
        double wanted = bottom - scroll.getViewportBounds().getHeight();
        if (wanted > top) {
            scroll.setVvalue(Math.min(1, wanted / overflow));
        }
    }

    /** The fields typed into on this card, in order: a click elsewhere on the card leaves the caret in one. */
    void typedInto(SecretInput... inputs) {
        fields = List.of(inputs);
    }

    /** Keeps the field that has the caret; otherwise puts it in the first empty field (or the first field). */
    private void keepTypingInAField() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (fields.isEmpty() || fields.stream().anyMatch(input -> input.field() == owner)) {
            return;
        }
        fields.stream().map(SecretInput::field)
                .filter(field -> !field.isDisabled() && field.secretLengthProperty().get() == 0)
                .findFirst()
                .orElse(fields.get(0).field())
                .requestFocus();
    }

    static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return label;
    }

    /**
     * A sentence that says it is working ("Unlocking…"), shown while {@code busy} holds (the slow, deliberate key
     * derivation); no "..." beside it, which said the same again. Still, not pulsing nor a spinner: any change inside the card repaints all of it with its shadow (the
     * scroll pane caches its content as one image), and on a two-core machine that painting took the
     * processor the key derivation needs (pulsing dots and the caret's blinking: 0.5 to 0.7 s of the
     * renderer's time and 0.3 s of the JIT's during an unlock at load 20, README "Benchmarks").
     */
    static HBox busyRow(String sentence, ObservableBooleanValue busy) {
        Label working = new Label(sentence);
        working.setWrapText(true);
        working.setMinHeight(Region.USE_PREF_SIZE);
        working.getStyleClass().addAll("busy-sentence", "muted");
        HBox row = new HBox(10, working);
        row.getStyleClass().add("busy-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(busy);
        row.managedProperty().bind(busy);
        return row;
    }

    static Label note(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("note");
        label.getStyleClass().addAll(styleClasses);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
