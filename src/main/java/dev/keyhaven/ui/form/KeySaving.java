package dev.keyhaven.ui.form;

import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Saves or deletes the form's key in the background, one action at a time, and says how it went: the
 * busy flag, the sentence under the buttons, the warnings a save brought and the count of saves.
 */
final class KeySaving {

    private final Vault vault;
    private final KeyRecord editing;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final KeyDetails details;
    private final CredentialReview credentials;
    private final Consumer<SaveOutcome> onSaved;
    private final Runnable onDeleted;

    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty savedNotice = new SimpleStringProperty(this, "savedNotice", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper(this, "saves", 0);
    private final ReadOnlyIntegerWrapper apiKeyRefusals = new ReadOnlyIntegerWrapper(this, "apiKeyRefusals", 0);
    private boolean oddSecretKeyDeclined;

    KeySaving(Vault vault, KeyRecord editing, BackgroundWork work, Dialogs dialogs, KeyDetails details,
            CredentialReview credentials, Consumer<SaveOutcome> onSaved, Runnable onDeleted) {
        this.vault = vault;
        this.editing = editing;
        this.work = work;
        this.dialogs = dialogs;
        this.details = details;
        this.credentials = credentials;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
    }

    /**
     * Saves unless {@code blockingProblem} names a reason not to (said, and each field then says its own
     * through {@code sayAtTheFields}). {@code refusedOverApiKey} tells, after a failed save, whether the API
     * key typed was the reason. The caller keeps and wipes the three secrets.
     */
    void save(Secret apiKey, Secret secretKey, Secret passphrase, Supplier<Optional<String>> blockingProblem,
            Runnable sayAtTheFields, BooleanSupplier refusedOverApiKey) {
        oddSecretKeyDeclined = false;
        Optional<String> problem = blockingProblem.get();
        if (problem.isPresent()) {
            message.set(problem.get());
            sayAtTheFields.run();
            return;
        }
        if (busy.get() || !oddSecretKeyAccepted()) {
            return;
        }
        message.set("Saving\u2026");
        busy.set(true);
        KeyDraft draft = details.draft();
        Credentials given = new Credentials(apiKey.copy(), secretKey.copy(), passphrase.copy());
        work.run(() -> {
            try (given) {
                return editing == null
                        ? vault.add(draft.withCredentials(given))
                        : StoredCredentialsUpdate.save(vault, editing, draft, given);
            }
        }, outcome -> {
            // A new key's page comes next: the form stays as it is, saying so, until that page replaces it.
            busy.set(editing == null);
            message.set(editing == null ? "Saved. Opening the key\u2026" : "");
            details.takeAsStored();
            saves.set(saves.get() + 1);
            savedNotice.set(String.join("\n", outcome.warnings()));
            onSaved.accept(outcome);
        }, failure -> {
            failed(failure);
            if (refusedOverApiKey.getAsBoolean()) {
                apiKeyRefusals.set(apiKeyRefusals.get() + 1);
            }
        });
    }

    /**
     * OKX does not publish the secret key's shape, so one of another length may be saved, but never without
     * a word: a cut-short copy is the usual cause of "Invalid Sign" later.
     */
    private boolean oddSecretKeyAccepted() {
        Optional<String> warning = credentials.shapeWarning(CredentialField.SECRET_KEY);
        if (warning.isEmpty()) {
            return true;
        }
        boolean anyway = dialogs.confirm("Save this secret key anyway?", warning.get() + " Choose Cancel to paste"
                + " it again from OKX, or save it anyway if OKX showed it exactly like this.", "Save anyway");
        if (!anyway) {
            oddSecretKeyDeclined = true;
            message.set(warning.get());
        }
        return anyway;
    }

    /** True when the last save stopped because the trader declined an odd secret key, to paste it again. */
    boolean oddSecretKeyDeclined() {
        return oddSecretKeyDeclined;
    }

    /** Asks, then deletes the stored key and its history. */
    void delete() {
        if (editing == null || busy.get()) {
            return;
        }
        boolean sure = dialogs.confirmDestructive("Delete \"" + editing.label() + "\"?",
                "Keyhaven forgets this key and its history. The key itself keeps working on OKX:"
                        + " delete it there too, on OKX's API page, if nothing uses it any more.",
                "Delete key");
        if (!sure) {
            return;
        }
        busy.set(true);
        work.run(() -> {
            Optional<String> refused = KeyInUse.of(vault.history(editing.id()))
                    .refusesDeletion(editing.label(), ZoneId.systemDefault());
            if (refused.isEmpty()) {
                vault.delete(editing.id());
            }
            return refused;
        }, refused -> {
            busy.set(false);
            refused.ifPresentOrElse(message::set, onDeleted);
        }, this::failed);
    }

    /** Says a failure in one sentence (logged first unless it is the vault's own, already a sentence). */
    void failed(Exception failure) {
        busy.set(false);
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        message.set(ErrorReporter.sentenceFor(failure));
    }

    void say(String sentence) {
        message.set(sentence);
    }

    ReadOnlyStringProperty messageProperty() {
        return message;
    }

    StringProperty savedNoticeProperty() {
        return savedNotice;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyIntegerProperty savesProperty() {
        return saves.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty apiKeyRefusalsProperty() {
        return apiKeyRefusals.getReadOnlyProperty();
    }
}
