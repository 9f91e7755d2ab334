package dev.keyhaven.ui.form;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/**
 * A note under a field that does not push the fields below it while the trader types: a note that would
 * appear or go away waits until typing stops (the field is left, or a value pasted); a note already shown
 * takes its new words at once. What is said stays right: the newest words are shown as soon as they may be.
 */
final class SteadyNote {

    private SteadyNote() {
    }

    /** A note (see {@link FormLayout#note}) that follows {@code source} but holds its place while {@code typing}. */
    static Label following(ObservableStringValue source, BooleanProperty typing, String styleClass) {
        Label note = FormLayout.note(styleClass);
        Runnable apply = () -> {
            String now = source.get() == null ? "" : source.get();
            boolean shown = !note.getText().isEmpty();
            if (!typing.get() || shown == !now.isEmpty()) {
                note.setText(now);
            }
        };
        source.addListener((observable, was, now) -> apply.run());
        typing.addListener((observable, was, now) -> apply.run());
        apply.run();
        return note;
    }
}
