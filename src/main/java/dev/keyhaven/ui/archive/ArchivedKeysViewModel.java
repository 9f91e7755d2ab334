package dev.keyhaven.ui.archive;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The keys replaced in a rotation or revoked, read-only: what each was, when it left, and its history. */
public final class ArchivedKeysViewModel {

    private final Vault vault;
    private final BackgroundWork work;
    private final DateTimeFormatter when;
    private final ObservableList<ArchivedKey> keys = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ArchivedKeysViewModel(Vault vault, BackgroundWork work, ZoneId zone) {
        this.vault = vault;
        this.work = work;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
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
            read.add(new ArchivedKey(key.id(), key.label(), key.purpose().displayName(),
                    "Archived " + format(key.archivedAt()), fate(key), history));
        }
        return read;
    }

    private String fate(KeyRecord key) throws VaultException {
        if (key.replacedById() == null) {
            return "Revoked: not replaced.";
        }
        return vault.key(key.replacedById())
                .map(replacement -> "Replaced by \u201c" + replacement.label() + "\u201d"
                        + (replacement.archived() ? " (archived since)." : "."))
                .orElse("Replaced by a key no longer in the vault.");
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
