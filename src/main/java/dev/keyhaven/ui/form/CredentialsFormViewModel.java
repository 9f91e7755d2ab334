package dev.keyhaven.ui.form;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.SameApiKey;
import dev.keyhaven.ui.common.StoredValues;
import dev.keyhaven.vault.ArchivedApiKey;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The credentials form of one key, new or stored. The three credentials stay in the view's secret
 * fields; this model only ever sees them as {@link Secret}s lent for a moment, and reports about them
 * in sentences that never contain them.
 */
public final class CredentialsFormViewModel {

    private final KeyRecord editing;
    private final KeyDetails details;
    private final CredentialReview credentials;
    private final KeySaving saving;
    private final BooleanBinding complete;
    private final CopyAndShow copyAndShow;
    private final SameApiKeyWatch sameApiKey;
    private final javafx.beans.property.BooleanProperty canWithdraw =
            new javafx.beans.property.SimpleBooleanProperty(this, "canWithdraw");

    /**
     * @param editing        the stored key, or null to add a new one
     * @param copier         puts a credential on the clipboard (the clipboard guard); the caller closes the secret
     * @param existingLabels the labels already in the vault, for the uniqueness check
     * @param clock          the app's clock and zone, for the days the form tells (an archived key's day)
     */
    public CredentialsFormViewModel(Vault vault, KeyRecord editing, BackgroundWork work, Dialogs dialogs,
            Consumer<Secret> copier, Supplier<? extends java.util.Collection<String>> existingLabels,
            Consumer<SaveOutcome> onSaved, Runnable onDeleted, Clock clock) {
        this.editing = editing;
        this.details = new KeyDetails(editing, existingLabels);
        this.credentials = new CredentialReview(editing == null);
        this.saving = new KeySaving(vault, editing, work, dialogs, details, credentials, onSaved, onDeleted);
        this.sameApiKey = new SameApiKeyWatch(new SameApiKey(vault, work, editing == null ? null : editing.id(), clock));
        copyAndShow = new CopyAndShow(editing, editing == null ? null
                : new StoredValues(vault, work, dialogs, saving::say, saving::failed), copier, saving::say);
        complete = Bindings.createBooleanBinding(this::isComplete, details.labelProperty(), details.baseUrlProperty(),
                credentials.filledProperty(CredentialField.API_KEY),
                credentials.filledProperty(CredentialField.SECRET_KEY),
                credentials.filledProperty(CredentialField.PASSPHRASE));
    }

    /** Counts successful saves: the view then empties its secret fields, whose values are stored now. */
    public ReadOnlyIntegerProperty savesProperty() {
        return saving.savesProperty();
    }

    /** True when the label, purpose, place, address or notes differ from what is stored (the view adds the secrets). */
    public boolean hasUnsavedChanges() {
        return details.changedSinceStored();
    }

    /** Takes the values shown as the starting point: suggestions filled in for the trader are not their changes. */
    public void takeAsUnchanged() {
        details.takeAsStored();
    }

    public boolean isNew() {
        return editing == null;
    }

    /**
     * True when OKX's newest known answer says this key can withdraw (its verdict is "Can withdraw!"): the form's
     * Withdraw advice is then an alarm, not a note. Set by the page that knows the key's verdict.
     */
    public javafx.beans.property.BooleanProperty canWithdrawProperty() {
        return canWithdraw;
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

    /** True when Save is refused now: the API key typed is a revoked key's (it may have leaked, or OKX deleted it). */
    public boolean saveRefusedOverApiKey() {
        KeyRecord other = sameApiKey.found();
        return other != null && ArchivedApiKey.revoked(other);
    }

    /** Whether the API key typed is saved as another key already, and the way to that key. */
    public SameApiKeyWatch sameApiKey() {
        return sameApiKey;
    }

    /** Counts saves refused over the API key (a revoked key's): the view takes the caret there each time. */
    public ReadOnlyIntegerProperty apiKeyRefusalsProperty() {
        return saving.apiKeyRefusalsProperty();
    }

    /** What blocks saving, as one sentence; empty when the form can be saved. */
    public Optional<String> blockingProblem() {
        Optional<String> labelIssue = details.labelProblem();
        if (labelIssue.isPresent()) {
            return labelIssue;
        }
        Optional<String> urlIssue = details.baseUrlProblem();
        if (urlIssue.isPresent()) {
            return urlIssue;
        }
        return credentials.blockingProblem();
    }

    /** The first field, top to bottom, that stops a save; empty when the form can be saved. */
    public Optional<FormPart> firstInvalid() {
        if (details.labelProblem().isPresent()) {
            return Optional.of(FormPart.LABEL);
        }
        if (details.baseUrlProblem().isPresent()) {
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
        return invalid.isPresent() || !saving.oddSecretKeyDeclined() ? invalid : Optional.of(FormPart.SECRET_KEY);
    }

    /**
     * Saves the form. The caller keeps and wipes the three secrets; on an edit, an empty one keeps
     * the stored value.
     */
    public void save(Secret apiKey, Secret secretKey, Secret passphrase) {
        saving.save(apiKey, secretKey, passphrase, this::blockingProblem, this::sayAtTheFields,
                this::saveRefusedOverApiKey);
    }

    /** After a refused save, each field that stopped it says why under itself. */
    private void sayAtTheFields() {
        details.sayLabelProblem();
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
        saving.delete();
    }

    private boolean isComplete() {
        return blockingProblem().isEmpty();
    }

    public StringProperty labelProperty() {
        return details.labelProperty();
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return details.purposeProperty();
    }

    public ObjectProperty<Environment> environmentProperty() {
        return details.environmentProperty();
    }

    public ObjectProperty<Region> regionProperty() {
        return details.regionProperty();
    }

    public StringProperty baseUrlProperty() {
        return details.baseUrlProperty();
    }

    public StringProperty notesProperty() {
        return details.notesProperty();
    }

    public ReadOnlyStringProperty labelProblemProperty() {
        return details.labelProblemProperty();
    }

    public ReadOnlyStringProperty baseUrlProblemProperty() {
        return details.baseUrlProblemProperty();
    }

    /** The outcome of the last action (a blocking problem, a copy, a failure). */
    public ReadOnlyStringProperty messageProperty() {
        return saving.messageProperty();
    }

    /** Warnings that came with the last save, such as the same API key stored twice. */
    public StringProperty savedNoticeProperty() {
        return saving.savedNoticeProperty();
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
        return saving.busyProperty();
    }

    /** True when nothing blocks a save. */
    public BooleanBinding completeBinding() {
        return complete;
    }
}
