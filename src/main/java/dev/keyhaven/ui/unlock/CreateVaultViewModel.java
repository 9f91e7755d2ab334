package dev.keyhaven.ui.unlock;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.PasswordStrength;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: choose a master password and create the vault (the key derivation is calibrated meanwhile). */
public final class CreateVaultViewModel {

    private final Path vaultFile;
    private final VaultOptions options;
    private final BackgroundWork work;
    private final Consumer<Vault> onCreated;

    private final IntegerProperty score = new SimpleIntegerProperty(this, "score", 0);
    private final StringProperty rating = new SimpleStringProperty(this, "rating", "");
    private final StringProperty advice = new SimpleStringProperty(this, "advice", PasswordStrength.RULE);
    private final BooleanProperty strongEnough = new SimpleBooleanProperty(this, "strongEnough", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty matching = new SimpleBooleanProperty(this, "matching", false);
    private final StringProperty matchHint = new SimpleStringProperty(this, "matchHint", "");

    public CreateVaultViewModel(Path vaultFile, VaultOptions options, BackgroundWork work, Consumer<Vault> onCreated) {
        this.vaultFile = vaultFile;
        this.options = options;
        this.work = work;
        this.onCreated = onCreated;
    }

    public Path vaultFile() {
        return vaultFile;
    }

    /** Rates the password being typed; the caller keeps and wipes it. */
    public void passwordChanged(Secret password) {
        PasswordStrength strength = PasswordStrength.of(password);
        score.set(strength.score());
        rating.set(strength.rating());
        advice.set(strength.advice());
        strongEnough.set(strength.acceptable());
        error.set("");
    }

    /**
     * Compares the two entries as they are typed: Create stays off until they match, and as soon as the
     * second entry has input a hint says why Create is still off. A stale error goes. The caller wipes both.
     */
    public void entriesChanged(Secret password, Secret repeated) {
        boolean same = !password.isEmpty() && password.contentEquals(repeated);
        matching.set(same);
        matchHint.set(whyNotReady(password, repeated, same));
        error.set("");
    }

    private String whyNotReady(Secret password, Secret repeated, boolean same) {
        if (repeated.isEmpty()) {
            return "";
        }
        if (password.isEmpty()) {
            return "Type the master password in the first field too.";
        }
        if (!same && repeated.length() < password.length() && startsTheSame(password, repeated)) {
            return "Create is off: the second entry is shorter than the first so far. Type the rest of it.";
        }
        if (!same) {
            return "Create is off: the two passwords differ. Type the same password in both fields.";
        }
        return strongEnough.get() ? "" : "Create is off: the password is not strong enough yet. " + PasswordStrength.RULE;
    }

    private static boolean startsTheSame(Secret password, Secret repeated) {
        return password.apply(first -> repeated.apply(second -> {
            int difference = 0;
            for (int i = 0; i < second.length; i++) {
                difference |= first[i] ^ second[i];
            }
            return difference == 0;
        }));
    }

    /** True when both entries are filled in and the same. */
    public ReadOnlyBooleanProperty matchingProperty() {
        return matching;
    }

    /** Why Create is off while the second entry has input (differs, unfinished, too weak); empty otherwise. */
    public ReadOnlyStringProperty matchHintProperty() {
        return matchHint;
    }

    /** True when Create may be pressed: a Good password, typed twice the same, and nothing under way. */
    public javafx.beans.binding.BooleanBinding readyBinding() {
        return strongEnough.and(matching).and(busy.not());
    }

    /**
     * Creates the vault when both entries match and the password is strong enough. The caller keeps
     * and wipes both secrets; the view model works on its own copy.
     */
    public void create(Secret password, Secret repeated) {
        if (busy.get()) {
            return;
        }
        if (!password.contentEquals(repeated)) {
            error.set("The two passwords differ. Type the same password in both fields.");
            return;
        }
        PasswordStrength strength = PasswordStrength.of(password);
        if (!strength.acceptable()) {
            error.set("This password is not strong enough yet. " + PasswordStrength.RULE);
            return;
        }
        error.set("");
        busy.set(true);
        Secret copy = password.copy();
        work.run(() -> {
            try (copy) {
                return Vault.create(vaultFile, copy, options);
            }
        }, vault -> {
            busy.set(false);
            onCreated.accept(vault);
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof dev.keyhaven.vault.VaultException)) {
                ErrorReporter.log(failure);
            }
            error.set(ErrorReporter.sentenceFor(failure));
        });
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score;
    }

    public ReadOnlyStringProperty ratingProperty() {
        return rating;
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice;
    }

    public ReadOnlyBooleanProperty strongEnoughProperty() {
        return strongEnough;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
