package dev.keyhaven.ui.rotate;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.Rotation;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Replacing one stored key by a new one made on OKX. The new key is checked with OKX first
 * ({@link KeyLifecycle#rotateChecked}): a key OKX refuses is not installed, the old one stays active and
 * the trader reads why. The trader's ticks on the rotation checklist are kept on the old key while it is
 * current and move to the new key with the rotation; all of it runs off the JavaFX thread.
 */
public final class RotateViewModel {

    private final Vault vault;
    private final KeyRecord old;
    private final KeyLifecycle lifecycle;
    private final BackgroundWork work;
    private final Consumer<KeyRecord> onRotated;
    private final Set<String> rotationSteps;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Set<String> ticks;
    private boolean ticked;

    /**
     * @param rotationSteps the rotation checklist's step ids: the ticks that move to the new key
     * @param onRotated     told on the JavaFX thread with the new key, once the vault holds it
     */
    public RotateViewModel(Vault vault, KeyRecord old, KeyLifecycle lifecycle, BackgroundWork work,
            Collection<String> rotationSteps, Consumer<KeyRecord> onRotated) {
        this.rotationSteps = Set.copyOf(rotationSteps);
        this.vault = vault;
        this.old = old;
        this.lifecycle = lifecycle;
        this.work = work;
        this.onRotated = onRotated;
        this.ticks = old.checklistDone();
    }

    public KeyRecord oldKey() {
        return old;
    }

    /** What the new key takes over from the old one, in one sentence. */
    public String carriedOver() {
        return "The new key takes over \"" + old.label() + "\" (" + old.purpose().displayName() + ", "
                + old.environment().displayName() + ", " + old.region().displayName() + "), so bots and scripts"
                + " that use its name get the new one. Keyhaven checks the new key with OKX first: if OKX refuses it,"
                + " nothing changes. Then the old key is archived, not deleted, and can be restored.";
    }

    /** Stores the trader's ticks (GuideActions.onTicksChanged) on the old key. */
    public void ticksChanged(Set<String> current) {
        ticks = Set.copyOf(current);
        ticked = true;
        Set<String> stored = ticks;
        work.run(() -> {
            vault.setChecklistDone(old.id(), stored);
            return stored;
        }, done -> { }, this::failed);
    }

    /** True once the trader ticked or unticked a step on this page: the rotation is under way. */
    public boolean ticked() {
        return ticked;
    }

    /**
     * Saves the new key's three values in place of the old key's. The caller keeps and wipes the secrets;
     * spaces pasted around a value are removed, as the credentials form does.
     */
    public void rotate(Secret apiKey, Secret secretKey, Secret passphrase) {
        if (busy.get()) {
            return;
        }
        if (blank(apiKey) || blank(secretKey) || blank(passphrase)) {
            message.set("Paste the new key's API key, secret key and passphrase: Keyhaven needs all three.");
            return;
        }
        busy.set(true);
        message.set("Checking the new key with OKX before it replaces the old one…");
        Credentials given = new Credentials(apiKey.stripped(), secretKey.stripped(), passphrase.stripped());
        Set<String> carried = ticks.stream().filter(rotationSteps::contains).collect(Collectors.toSet());
        work.run(() -> {
            Rotation rotation;
            try (given) {
                rotation = lifecycle.rotateChecked(old.id(), given);
            }
            if (!rotation.done()) {
                return new Outcome(rotation.refusal(), null);
            }
            KeyRecord replacement = rotation.replacement().orElseThrow();
            if (!carried.isEmpty()) {
                Set<String> all = new LinkedHashSet<>(replacement.checklistDone());
                all.addAll(carried);
                vault.setChecklistDone(replacement.id(), all);
                replacement = vault.key(replacement.id()).orElse(replacement);
            }
            return new Outcome("", replacement);
        }, outcome -> {
            busy.set(false);
            message.set(outcome.refusal());
            if (outcome.replacement() != null) {
                onRotated.accept(outcome.replacement());
            }
        }, this::failed);
    }

    /** The replacement now in the vault, or why there is none. */
    private record Outcome(String refusal, KeyRecord replacement) {
    }

    private static boolean blank(Secret value) {
        try (Secret stripped = value.stripped()) {
            return stripped.isEmpty();
        }
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        message.set(ErrorReporter.sentenceFor(failure));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A blocking problem, progress or failure, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
