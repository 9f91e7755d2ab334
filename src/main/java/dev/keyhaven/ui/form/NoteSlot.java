package dev.keyhaven.ui.form;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;

/**
 * The room under a field where its live notes appear, kept whether a note shows or not, so a note said while
 * the trader types pushes nothing down. With no note it shows what the field expects. The room is that of the
 * longest note said while typing, at the form's width now: no more, so the form reads tight at any width.
 */
final class NoteSlot {

    private NoteSlot() {
    }

    /** @param roomFor the notes said while typing whose room is kept (each as a warning note would draw it) */
    static Node of(javafx.beans.value.ObservableValue<String> hintText, String hintId, java.util.List<String> roomFor,
            Label... notes) {
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
        StackPane room = new StackPane();
        for (String sentence : roomFor) {
            // Never drawn: a warning note's size under another class, so no lookup takes it for a note said.
            Label measure = new Label(sentence);
            measure.setWrapText(true);
            measure.getStyleClass().addAll("note", "note-room");
            measure.setVisible(false);
            measure.setMaxWidth(Double.MAX_VALUE);
            room.getChildren().add(measure);
        }
        room.getChildren().add(slot);
        room.setAlignment(Pos.TOP_LEFT);
        room.getStyleClass().add("note-slot");
        return room;
    }
}
