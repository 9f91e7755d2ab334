package dev.keyhaven.ui.archive;

import dev.keyhaven.keys.ArchiveReason;
import dev.keyhaven.keys.DeleteForGood;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.OldKeyOnOkx;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.StoredValues;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The keys replaced in a rotation or revoked: what each was, when it left, and its history. Their values
 * can be copied (to delete a key on OKX, say), and a key can be restored to the active keys.
 */
public final class ArchivedKeysViewModel {

    /** The three values of a key, as the copy buttons name them. */
    public enum Value {
        API_KEY(StoredValues.Value.API_KEY), SECRET_KEY(StoredValues.Value.SECRET_KEY),
        PASSPHRASE(StoredValues.Value.PASSPHRASE);

        private final StoredValues.Value stored;

        Value(StoredValues.Value stored) {
            this.stored = stored;
        }

        public String inSentence() {
            return stored.inSentence();
        }
    }

    private final Vault vault;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<Secret> copier;
    private final Consumer<Long> onRestored;
    private final StoredValues storedValues;
    private final Clock clock;
    private final DateTimeFormatter when;
    private final ObservableList<ArchivedKey> keys = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The key being restored, from the click until its page opens or the restore stops; null otherwise. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Long> restoring =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "restoring");
    private KeyService checks;
    private Runnable onArchiveChanged = () -> { };

    /**
     * @param copier     puts a value on the clipboard (the clipboard guard); the caller closes the secret
     * @param onRestored told the id of a key restored to the active keys
     */
    public ArchivedKeysViewModel(Vault vault, BackgroundWork work, ZoneId zone, Dialogs dialogs,
            Consumer<Secret> copier, Consumer<Long> onRestored) {
        this.vault = vault;
        this.work = work;
        this.dialogs = dialogs;
        this.copier = copier;
        this.onRestored = onRestored;
        this.clock = Clock.system(zone);
        this.storedValues = new StoredValues(vault, work, dialogs, message::set, this::failed);
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
    }

    /**
     * Copies one of an archived key's values through the clipboard guard, decrypted just for this; a secret
     * only after the master password, as for an active key.
     */
    public void copy(ArchivedKey key, Value value) {
        storedValues.release(key.id(), key.label(), value.stored, StoredValues.Use.COPY, secret -> {
            copier.accept(secret);
            problem.set("");
            message.set("Copied the " + value.inSentence() + " of \u201c" + key.label()
                    + "\u201d. Keyhaven clears the clipboard again shortly.");
        }, () -> { });
    }

    /**
     * Told when a key leaves the archive (deleted for good, restored), so that what counts archived keys
     * elsewhere (the link under the key list) follows at once.
     */
    public void setOnArchiveChanged(Runnable onArchiveChanged) {
        this.onArchiveChanged = java.util.Objects.requireNonNull(onArchiveChanged, "onArchiveChanged");
    }

    /** The checks that ask OKX about a revoked key; without them, {@link #askOkxAgain} is not offered. */
    public void setChecks(KeyService keyService) {
        this.checks = keyService;
    }

    /** True when {@code key} was revoked and OKX can be asked whether it still accepts it. */
    public boolean canAskOkx(ArchivedKey key) {
        return (key.revoked() || key.deleteOnOkx().isPresent()) && checks != null;
    }

    /**
     * Asks OKX whether the revoked {@code key} still works, as the revoke page does: only a key OKX no longer
     * knows is really gone. The card's alarm follows the answer.
     */
    public void askOkxAgain(ArchivedKey key) {
        if (!canAskOkx(key)) {
            return;
        }
        problem.set("");
        message.set("Asking OKX whether \u201c" + key.label() + "\u201d still works\u2026");
        work.run(() -> new KeyLifecycle(vault, clock, checks).confirmRevoked(key.id()), confirmation -> {
            message.set(key.revoked() || confirmation.goneOnOkx() ? confirmation.sentence()
                    : "OKX did not say that \u201c" + key.label() + "\u201d is deleted: delete it on OKX as its card"
                            + " says, then ask OKX again.");
            load();
        }, this::failed);
    }

    /** The trader deleted the replaced {@code key} on OKX: its reminder goes. */
    public void deletedOnOkx(ArchivedKey key) {
        work.run(() -> OldKeyOnOkx.markDeleted(vault, key.id()), refused -> {
            if (refused.isPresent()) {
                problem.set(refused.get());
                return;
            }
            message.set("Noted: \u201c" + key.label() + "\u201d is deleted on OKX.");
            load();
        }, this::failed);
    }

    /** Asks, then deletes the archived {@code key} and its history from the vault for good. */
    public void deleteForGood(ArchivedKey key) {
        work.run(() -> DeleteForGood.consequence(vault.history(key.id()), clock.getZone()), consequence -> confirmDelete(key,
                consequence), this::failed);
    }

    private void confirmDelete(ArchivedKey key, String consequence) {
        if (!dialogs.confirmDestructive(DeleteForGood.question(key.label()), consequence, "Delete for good")) {
            return;
        }
        work.run(() -> {
            vault.delete(key.id());
            return key.id();
        }, deleted -> {
            problem.set("");
            message.set("Deleted \u201c" + key.label() + "\u201d for good.");
            keys.removeIf(archived -> archived.id() == deleted);
            onArchiveChanged.run();
        }, this::failed);
    }

    /** Asks, then brings {@code key} back to the active keys. */
    public void restore(ArchivedKey key) {
        if (restoring.get() != null) {
            return;
        }
        restoring.set(key.id());
        work.run(() -> ArchiveReason.goneOnOkx(vault.history(key.id()), clock.getZone()),
                gone -> confirmRestore(key, gone.map(sentence -> " " + sentence)), this::failed);
    }

    /** The id of the key being restored (its Restore is not offered again meanwhile), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Long> restoringProperty() {
        return restoring.getReadOnlyProperty();
    }

    private void confirmRestore(ArchivedKey key, Optional<String> goneOnOkx) {
        String warning = goneOnOkx.orElse(key.revoked()
                ? " It was revoked because it may have leaked: restore it only if it did not, and check it"
                        + " with OKX at once. If it did leak, make a new key instead."
                : " Keyhaven checks it like any other key; OKX refuses it if you deleted it there.");
        if (!dialogs.confirm("Restore \u201c" + key.label() + "\u201d?",
                "The key goes back to your keys." + warning, "Restore key")) {
            restoring.set(null);
            return;
        }
        problem.set("");
        message.set("Restoring \u201c" + key.label() + "\u201d\u2026");
        work.run(() -> {
            new KeyLifecycle(vault, clock).restore(key.id());
            return key.id();
        }, restored -> {
            problem.set("");
            message.set("Restored \u201c" + key.label() + "\u201d to your keys. Opening its page\u2026");
            restoring.set(null);
            keys.removeIf(archived -> archived.id() == restored);
            onArchiveChanged.run();
            onRestored.accept(restored);
        }, this::failed);
    }

    private void failed(Exception failure) {
        restoring.set(null);
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        message.set("");
        problem.set(ErrorReporter.sentenceFor(failure));
    }

    /** What the last copy did; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the archived keys and their histories in the background. */
    public void load() {
        work.run(this::read, keys::setAll, failure -> {
            if (!(failure instanceof VaultException)) {
                ErrorReporter.log(failure);
            }
            problem.set(ErrorReporter.sentenceFor(failure));
        });
    }

    private List<ArchivedKey> read() throws VaultException {
        List<ArchivedKey> read = new ArrayList<>();
        for (KeyRecord key : vault.archivedKeys()) {
            List<String> history = vault.history(key.id()).stream()
                    .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                    .map(entry -> format(entry.at()) + "  " + entry.summary())
                    .toList();
            String alarm = vault.history(key.id()).stream()
                    .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                    .max(Comparator.comparing(HistoryEntry::at))
                    .map(HistoryEntry::summary)
                    .filter(summary -> summary.startsWith(dev.keyhaven.keys.RevokeConfirmation.STILL_ACCEPTED))
                    .orElse("");
            read.add(new ArchivedKey(key.id(), key.label(), key.purpose().displayName(),
                    "Archived " + format(key.archivedAt()), fate(key), revoked(key), history, alarm,
                    OldKeyOnOkx.due(vault, key.id())));
        }
        return read;
    }

    /** Revoked or gone: neither replaced nor archived by a trader who only stopped using it. */
    private boolean revoked(KeyRecord key) throws VaultException {
        return key.replacedById() == null && !ArchiveReason.of(vault, key).word().equals("archived");
    }

    private String fate(KeyRecord key) throws VaultException {
        ArchiveReason reason = ArchiveReason.of(vault, key);
        if (reason.word().equals("gone")) {
            return reason.sentence();
        }
        return ArchiveReason.confirmedGone(vault.history(key.id()), clock.getZone())
                .map(confirmed -> reason.sentence() + " " + confirmed).orElse(reason.sentence());
    }

    private String format(Instant instant) {
        return when.format(instant);
    }

    public ObservableList<ArchivedKey> keys() {
        return keys;
    }

    /** A sentence with the next step when the archive could not be read; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
