package dev.keyhaven.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The room of a note that appears while the trader types or pastes (and what goes with it, a button say),
 * kept whether the note shows or not, so its coming and going moves nothing on the page. With no note the
 * room shows a hint. The room is that of {@link #LINES} lines of note, as the credentials form keeps.
 */
public final class ReservedNote {

    public static final int LINES = 3;
    private static final double LINE_SPACING = 1.7;

    private ReservedNote() {
    }

    /** {@code note} (empty: not shown) and {@code withNote} under it, or {@code hintText} in the same room. */
    public static StackPane of(String hintText, Label note, Node... withNote) {
        note.setWrapText(true);
        note.setMinHeight(LINES * LINE_SPACING * Font.getDefault().getSize());
        note.setAlignment(Pos.TOP_LEFT);
        VBox shown = new VBox(6, note);
        shown.getChildren().addAll(withNote);
        shown.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(shown.visibleProperty());
        Label hint = new Label(hintText);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("note", "muted");
        hint.visibleProperty().bind(shown.visibleProperty().not());
        StackPane room = new StackPane(hint, shown);
        room.setAlignment(Pos.TOP_LEFT);
        room.getStyleClass().add("reserved-note");
        return room;
    }
}
