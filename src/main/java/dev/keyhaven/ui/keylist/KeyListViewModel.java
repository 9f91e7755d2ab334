package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The keys of the unlocked vault, their status marks, the filter and the selection. */
public final class KeyListViewModel {

    private final BackgroundWork work;
    private final Consumer<String> onError;
    private final ObservableList<KeyListItem> items = FXCollections.observableArrayList();
    private final FilteredList<KeyListItem> visibleItems = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<KeyListItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty archivedCount = new SimpleIntegerProperty(this, "archivedCount");
    private Supplier<RotationPolicy> rotationPolicy = () -> new RotationPolicy(java.time.Clock.systemUTC());
    /** Bumped by {@link #clear()}, so a read that finishes after a lock is dropped. */
    private int generation;
    private boolean refilling;
    /** Counts reloads asked for: only the newest one's result is shown. */
    private int reloads;
    /** The key a reload was asked to select: a newer reload that supersedes it selects it instead. */
    private Long wantedSelection;
    /** Reads the list again when a key shown in use would turn silent: a killed gateway writes nothing more. */
    private javafx.animation.PauseTransition silenceWatch;

    public KeyListViewModel(BackgroundWork work, Consumer<String> onError) {
        this.work = work;
        this.onError = onError;
        filter.addListener((observable, was, now) -> visibleItems.setPredicate(item -> item.matches(now)));
    }

    /** Reads the keys and their newest checks in the background; then selects {@code selectId} if given. */
    public void reload(Vault vault, Long selectId) {
        int started = generation;
        int request = ++reloads;
        if (selectId != null) {
            wantedSelection = selectId;
        }
        work.run(() -> new Loaded(read(vault, java.time.Instant.now()), vault.archivedKeys().size()), loaded -> {
            // A slower, older read (say the periodic one) must not bring back a list a newer one replaced.
            if (started != generation || request != reloads) {
                return;
            }
            Long keep = wantedSelection != null ? wantedSelection
                    : Optional.ofNullable(selected.get()).map(item -> item.key().id()).orElse(null);
            wantedSelection = null;
            archivedCount.set(loaded.archived());
            refilling = true;
            try {
                items.setAll(loaded.items());
            } finally {
                refilling = false;
            }
            selected.set(keep == null ? null : find(keep).orElse(null));
            watchForSilence(vault, loaded.items());
        }, failure -> {
            if (started != generation) {
                return;
            }
            if (request == reloads) {
                wantedSelection = null;
            }
            ErrorReporter.log(failure);
            onError.accept(ErrorReporter.sentenceFor(failure));
        });
    }

    private record Loaded(List<KeyListItem> items, int archived) {
    }

    static List<KeyListItem> read(Vault vault, java.time.Instant now) throws dev.keyhaven.vault.VaultException {
        List<KeyListItem> loaded = new ArrayList<>();
        for (KeyRecord key : vault.keys()) {
            List<HistoryEntry> history = vault.history(key.id());
            loaded.add(new KeyListItem(key, KeyStatus.of(key, history).verdict(), history.size(),
                    KeyInUse.of(history, now)));
        }
        return loaded;
    }

    /**
     * A running gateway writes every 30 s, and each write reloads the list; when the writes stop without a
     * stop record, nothing else would, so the list is read again once the newest in-use key turns silent.
     */
    private void watchForSilence(Vault vault, List<KeyListItem> loaded) {
        if (silenceWatch != null) {
            silenceWatch.stop();
        }
        loaded.stream().flatMap(item -> item.inUse().silentAt().stream()).min(java.util.Comparator.naturalOrder())
                .ifPresent(silentAt -> {
                    long millis = Math.max(0, java.time.Duration.between(java.time.Instant.now(), silentAt).toMillis());
                    if (silenceWatch == null) {
                        silenceWatch = new javafx.animation.PauseTransition();
                    }
                    silenceWatch.setDuration(javafx.util.Duration.millis(millis + 1_000));
                    silenceWatch.setOnFinished(event -> reload(vault, null));
                    silenceWatch.playFromStart();
                });
    }

    /** True while a reload refills the list: a selection the list view loses meanwhile is not the user's. */
    public boolean isRefilling() {
        return refilling;
    }

    public Optional<KeyListItem> find(long id) {
        return items.stream().filter(item -> item.key().id() == id).findFirst();
    }

    /** How rotation is judged: the shell passes the Settings' reminder days as the default. */
    public void setRotationPolicy(Supplier<RotationPolicy> policy) {
        rotationPolicy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /** The key's rotation when it is due soon or overdue; empty while it is fine. */
    public Optional<RotationStatus> rotationReminder(KeyListItem item) {
        return rotationPolicy.get().status(item.key())
                .filter(status -> status.state() != RotationStatus.State.OK);
    }

    /** Forgets every key (on lock). */
    public void clear() {
        generation++;
        if (silenceWatch != null) {
            silenceWatch.stop();
        }
        wantedSelection = null;
        archivedCount.set(0);
        selected.set(null);
        items.clear();
        filter.set("");
    }

    public ObservableList<KeyListItem> items() {
        return items;
    }

    public ObservableList<KeyListItem> visibleItems() {
        return visibleItems;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How many keys were replaced or revoked, for the "Archived keys" link. */
    public ReadOnlyIntegerProperty archivedCountProperty() {
        return archivedCount;
    }

    public ObjectProperty<KeyListItem> selectedProperty() {
        return selected;
    }
}
