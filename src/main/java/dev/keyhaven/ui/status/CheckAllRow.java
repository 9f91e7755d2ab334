package dev.keyhaven.ui.status;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.vault.KeyRecord;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One key's line in "Check all": where its check stands and, once done, the key's verdict (the same word
 * the key list shows) and its sentence.
 */
public final class CheckAllRow {

    public enum State {
        WAITING("Waiting"),
        CHECKING("Checking…"),
        /**
         * The check ended, answered by OKX or not: {@link #verdictProperty()} says how, in the verdict's own
         * words ("Could not check", "Rejected by OKX"), never as "Checked".
         */
        CHECKED("Done"),
        NOT_CHECKED("Not checked"),
        /** Stop was pressed before OKX answered for this key. */
        STOPPED("Not checked: stopped");

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
    private final ReadOnlyObjectWrapper<KeyVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");

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

    /** The key's verdict once checked; null before. */
    public ReadOnlyObjectProperty<KeyVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    void update(State next, String text) {
        state.set(next);
        detail.set(text);
    }

    void checked(KeyVerdict result, String text) {
        verdict.set(result);
        update(State.CHECKED, text);
    }
}
