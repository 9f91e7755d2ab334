package dev.keyhaven.ui.form;

import dev.keyhaven.ui.common.SameApiKey;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.StoredValues;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.ArchivedApiKey;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The credentials form of one key, new or stored. The three credentials stay in the view's secret
 * fields; this model only ever sees them as {@link Secret}s lent for a moment, and reports about them
 * in sentences that never contain them.
 */
public final class CredentialsFormViewModel {

    private final Vault vault;
    private final KeyRecord editing;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Supplier<? extends java.util.Collection<String>> existingLabels;
    private final Consumer<SaveOutcome> onSaved;
    private final Runnable onDeleted;

    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose", Purpose.TRADING);
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment", Environment.LIVE);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region", Region.GLOBAL);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty labelProblem = new SimpleStringProperty(this, "labelProblem", "");
    private final StringProperty baseUrlProblem = new SimpleStringProperty(this, "baseUrlProblem", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty savedNotice = new SimpleStringProperty(this, "savedNotice", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final CredentialReview credentials;
    private final BooleanBinding complete;
    /** The form's values as last stored (or blank for a new key), to tell whether there is anything to lose. */
    private Snapshot stored;
    private boolean oddSecretKeyDeclined;
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper(this, "saves", 0);
    private final ReadOnlyIntegerWrapper apiKeyRefusals = new ReadOnlyIntegerWrapper(this, "apiKeyRefusals", 0);
    private final CopyAndShow copyAndShow;
    private final SameApiKeyWatch sameApiKey;

    /**
     * @param editing        the stored key, or null to add a new one
     * @param copier         puts a credential on the clipboard (the clipboard guard); the caller closes the secret
     * @param existingLabels the labels already in the vault, for the uniqueness check
     * @param clock          the app's clock and zone, for the days the form tells (an archived key's day)
     */
    public CredentialsFormViewModel(Vault vault, KeyRecord editing, BackgroundWork work, Dialogs dialogs,
            Consumer<Secret> copier, Supplier<? extends java.util.Collection<String>> existingLabels,
            Consumer<SaveOutcome> onSaved, Runnable onDeleted, Clock clock) {
        this.vault = vault;
        this.editing = editing;
        this.work = work;
        this.dialogs = dialogs;
        this.existingLabels = existingLabels;
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
        this.credentials = new CredentialReview(editing == null);
        this.sameApiKey = new SameApiKeyWatch(new SameApiKey(vault, work, editing == null ? null : editing.id(), clock));
        if (editing != null) {
            label.set(editing.label());
            purpose.set(editing.purpose());
            environment.set(editing.environment());
            region.set(editing.region());
            baseUrl.set(editing.customBaseUrl().orElse(""));
            notes.set(editing.notes());
        }
        stored = snapshot();
        copyAndShow = new CopyAndShow(editing, editing == null ? null
                : new StoredValues(vault, work, dialogs, message::set, this::failed), copier, message::set);
        label.addListener((observable, was, now) -> labelProblem.set(labelProblemOf(now).orElse("")));
        baseUrl.addListener((observable, was, now) -> baseUrlProblem.set(BaseUrlRule.problem(now).orElse("")));
        complete = Bindings.createBooleanBinding(this::isComplete, label, baseUrl,
                credentials.filledProperty(CredentialField.API_KEY),
                credentials.filledProperty(CredentialField.SECRET_KEY),
                credentials.filledProperty(CredentialField.PASSPHRASE));
    }

    /** Counts successful saves: the view then empties its secret fields, whose values are stored now. */
    public ReadOnlyIntegerProperty savesProperty() {
        return saves.getReadOnlyProperty();
    }

    /** True when the label, purpose, place, address or notes differ from what is stored (the view adds the secrets). */
    public boolean hasUnsavedChanges() {
        return !snapshot().equals(stored);
    }

    /** Takes the values shown as the starting point: suggestions filled in for the trader are not their changes. */
    public void takeAsUnchanged() {
        stored = snapshot();
    }

    private Snapshot snapshot() {
        return new Snapshot(label.get(), purpose.get(), environment.get(), region.get(), baseUrl.get(), notes.get());
    }

    private record Snapshot(String label, Purpose purpose, Environment environment, Region region, String baseUrl,
                            String notes) {
    }

    public boolean isNew() {
        return editing == null;
    }

    public Optional<KeyRecord> editing() {
        return Optional.ofNullable(editing);
    }

    /**
     * Reviews a credential as typed or pasted. Leading or trailing white space is never part of an OKX
     * value: the result then holds the trimmed value for the field (the caller puts it back and closes
     * it) and a notice says so. Unusual shapes only warn.
     */
    public Optional<Secret> review(CredentialField field, Secret value) {
        lookForSameApiKey(field, value);
        return credentials.review(field, value);
    }

    /** Reviews a credential on every change while it is typed: its notes are said and cleared at once. */
    public void reviewWhileTyping(CredentialField field, Secret value) {
        lookForSameApiKey(field, value);
        credentials.reviewWhileTyping(field, value);
    }

    private void lookForSameApiKey(CredentialField field, Secret value) {
        if (field == CredentialField.API_KEY) {
            sameApiKey.look(value);
        }
    }

    /** Whether the API key typed is saved as another key already, and the way to that key. */
    /** True when Save is refused now: the API key typed is a revoked key's (it may have leaked, or OKX deleted it). */
    public boolean saveRefusedOverApiKey() {
        KeyRecord other = sameApiKey.found();
        return other != null && ArchivedApiKey.revoked(other);
    }

    public SameApiKeyWatch sameApiKey() {
        return sameApiKey;
    }

    /** Counts saves refused over the API key (a revoked key's): the view takes the caret there each time. */
    public ReadOnlyIntegerProperty apiKeyRefusalsProperty() {
        return apiKeyRefusals.getReadOnlyProperty();
    }

    /** What blocks saving, as one sentence; empty when the form can be saved. */
    public Optional<String> blockingProblem() {
        Optional<String> labelIssue = labelProblemOf(label.get());
        if (labelIssue.isPresent()) {
            return labelIssue;
        }
        Optional<String> urlIssue = BaseUrlRule.problem(baseUrl.get());
        if (urlIssue.isPresent()) {
            return urlIssue;
        }
        return credentials.blockingProblem();
    }

    /** The first field, top to bottom, that stops a save; empty when the form can be saved. */
    public Optional<FormPart> firstInvalid() {
        if (labelProblemOf(label.get()).isPresent()) {
            return Optional.of(FormPart.LABEL);
        }
        if (BaseUrlRule.problem(baseUrl.get()).isPresent()) {
            return Optional.of(FormPart.BASE_URL);
        }
        return credentials.firstInvalid().map(FormPart::of);
    }

    /**
     * The field to go back to after a save that did not happen: the first invalid one, or the secret key
     * when the trader cancelled "Save this secret key anyway?" to paste it again.
     */
    public Optional<FormPart> stoppedAt() {
        Optional<FormPart> invalid = firstInvalid();
        return invalid.isPresent() || !oddSecretKeyDeclined ? invalid : Optional.of(FormPart.SECRET_KEY);
    }

    /**
     * Saves the form. The caller keeps and wipes the three secrets; on an edit, an empty one keeps
     * the stored value.
     */
    public void save(Secret apiKey, Secret secretKey, Secret passphrase) {
        oddSecretKeyDeclined = false;
        Optional<String> problem = blockingProblem();
        if (problem.isPresent()) {
            message.set(problem.get());
            sayAtTheFields();
            return;
        }
        if (busy.get() || !oddSecretKeyAccepted()) {
            return;
        }
        busy.set(true);
        message.set("Saving\u2026");
        KeyDraft draft = new KeyDraft(label.get().strip(), purpose.get(), environment.get(), region.get(),
                baseUrl.get().isBlank() ? null : baseUrl.get().strip(), notes.get(),
                editing == null ? 0 : editing.rotationDays(), null);
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
            stored = snapshot();
            saves.set(saves.get() + 1);
            savedNotice.set(String.join("\n", outcome.warnings()));
            onSaved.accept(outcome);
        }, failure -> {
            failed(failure);
            if (saveRefusedOverApiKey()) {
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

    /** After a refused save, each field that stopped it says why under itself. */
    private void sayAtTheFields() {
        labelProblemOf(label.get()).ifPresent(labelProblem::set);
        credentials.sayMissing();
    }

    /**
     * Copies a credential through the clipboard guard: what the field holds, or else the stored value
     * (decrypted just for this and wiped at once; a secret only after the master password, as Show asks).
     * The caller keeps and wipes {@code inField}.
     */
    public void copy(CredentialField field, Secret inField) {
        copyAndShow.copy(field, inField);
    }

    /**
     * Shows a stored value (the Show button of an empty field on a saved key): the API key at once; the
     * secret key and the passphrase after the master password is typed again, once for this form.
     * {@code show} draws the value and must not keep it (it is closed after); {@code checking} is told once
     * the master password was typed, while it is checked; {@code refused} is told when nothing is shown.
     */
    public void revealStored(CredentialField field, Consumer<Secret> show, Runnable checking, Runnable refused) {
        copyAndShow.revealStored(field, show, checking, refused);
    }

    /** Asks, then deletes the stored key and its history. */
    public void delete() {
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
            vault.delete(editing.id());
            return editing.id();
        }, deleted -> {
            busy.set(false);
            onDeleted.run();
        }, this::failed);
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        message.set(ErrorReporter.sentenceFor(failure));
    }

    private Optional<String> labelProblemOf(String value) {
        return LabelRule.problem(value, editing == null ? null : editing.label(), existingLabels.get());
    }

    private boolean isComplete() {
        return blockingProblem().isEmpty();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty labelProblemProperty() {
        return labelProblem;
    }

    public ReadOnlyStringProperty baseUrlProblemProperty() {
        return baseUrlProblem;
    }

    /** The outcome of the last action (a blocking problem, a copy, a failure). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Warnings that came with the last save, such as the same API key stored twice. */
    public StringProperty savedNoticeProperty() {
        return savedNotice;
    }

    public ReadOnlyStringProperty trimNoticeProperty(CredentialField field) {
        return credentials.trimNoticeProperty(field);
    }

    public ReadOnlyStringProperty shapeWarningProperty(CredentialField field) {
        return credentials.shapeWarningProperty(field);
    }

    /** Why the field stops a save, said under it ("" when it does not). */
    public ReadOnlyStringProperty credentialProblemProperty(CredentialField field) {
        return credentials.problemProperty(field);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True when nothing blocks a save. */
    public BooleanBinding completeBinding() {
        return complete;
    }
}
