package dev.keyhaven.ui.form;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The room under a field where its live notes appear, kept (three lines) whether a note shows or not, so a
 * note said while the trader types pushes nothing down. With no note it shows what the field expects.
 */
final class NoteSlot {

    static final int LINES = 3;
    private static final double LINE_SPACING = 1.7;

    private NoteSlot() {
    }

    static Node of(javafx.beans.value.ObservableValue<String> hintText, String hintId, Label... notes) {
        Label hint = new Label();
        hint.textProperty().bind(hintText);
        hint.setWrapText(true);
        hint.getStyleClass().addAll("note", "muted");
        hint.setId(hintId);
        BooleanBinding anyNote = Bindings.createBooleanBinding(() -> {
            for (Label note : notes) {
                if (!note.getText().isEmpty()) {
                    return true;
                }
            }
            return false;
        }, java.util.Arrays.stream(notes).map(Label::textProperty).toArray(javafx.beans.Observable[]::new));
        hint.visibleProperty().bind(anyNote.not());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox slot = new VBox(4, notes);
        slot.getChildren().add(0, hint);
        slot.getStyleClass().add("note-slot");
        slot.setMinHeight(LINES * LINE_SPACING * Font.getDefault().getSize());
        return slot;
    }
}
