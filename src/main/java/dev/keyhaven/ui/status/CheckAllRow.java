package dev.keyhaven.ui.status;

import dev.keyhaven.vault.KeyRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One key's line in "Check all": where its check stands and, once done, its summary. */
public final class CheckAllRow {

    public enum State {
        WAITING("Waiting"),
        CHECKING("Checking…"),
        WORKS("Works"),
        WARNINGS("Works with warnings"),
        FAILING("Failing"),
        NOT_CHECKED("Not checked");

        private final String text;

        State(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean done() {
            return this != WAITING && this != CHECKING;
        }
    }

    private final KeyRecord key;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    CheckAllRow(KeyRecord key) {
        this.key = key;
    }

    public KeyRecord key() {
        return key;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The check's summary, or why the key was not checked. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void update(State next, String text) {
        state.set(next);
        detail.set(text);
    }
}
