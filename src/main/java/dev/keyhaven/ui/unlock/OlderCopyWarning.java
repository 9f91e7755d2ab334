package dev.keyhaven.ui.unlock;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.Vault;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * After unlock: the vault file came back older than the one Keyhaven last saw (an older copy put in its
 * place). The warning stays in view until the user says they restored it themselves; it comes back at the
 * next unlock until then, because the vault keeps reporting it.
 */
public final class OlderCopyWarning {

    private final Vault vault;
    private final BackgroundWork work;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    private OlderCopyWarning(Vault vault, BackgroundWork work, String warning) {
        this.vault = vault;
        this.work = work;
        text.set(warning);
    }

    /** The warning for {@code vault}, when it has one. */
    public static Optional<OlderCopyWarning> of(Vault vault, BackgroundWork work) {
        return vault.olderCopyWarning().map(warning -> new OlderCopyWarning(vault, work, warning));
    }

    /** "I restored it myself": the vault remembers this copy as current and the warning ends. */
    public void accept() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        work.run(() -> {
            vault.acceptOlderCopy();
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            text.set("");
        }, failure -> {
            busy.set(false);
            ErrorReporter.log(failure);
            problem.set(ErrorReporter.sentenceFor(failure));
        });
    }

    /** The warning while it holds; empty once accepted. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** Why accepting failed, if it did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public boolean showing() {
        return !text.get().isEmpty();
    }
}
