package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.ui.common.FxTimer;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
    /** True once a reload since the unlock has finished: only then can an empty list say "No keys yet". */
    private final javafx.beans.property.ReadOnlyBooleanWrapper read =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "read");
    /** True while a reload is under way: the rows shown may be older than the vault. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper reading =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "reading");
    private int readsUnderWay;
    private Supplier<RotationPolicy> rotationPolicy = () -> new RotationPolicy(java.time.Clock.systemUTC());
    /** Bumped by {@link #clear()}, so a read that finishes after a lock is dropped. */
    private int generation;
    /** Written by the unlock's thread, taken by the JavaFX thread's first reload. */
    private volatile ListReadAhead readAhead;
    private boolean refilling;
    /** Counts reloads asked for: only the newest one's result is shown. */
    private int reloads;
    /** The key a reload was asked to select: a newer reload that supersedes it selects it instead. */
    private Long wantedSelection;
    /** While a key shows in use: asks whether its gateway's process still runs (a killed one writes nothing). */
    private FxTimer inUseWatch;
    static final java.time.Duration IN_USE_RECHECK = java.time.Duration.ofSeconds(5);

    public KeyListViewModel(BackgroundWork work, Consumer<String> onError) {
        this.work = work;
        this.onError = onError;
        filter.addListener((observable, was, now) -> applyFilter(now));
    }

    /**
     * Shows the keys that match {@code text}. A selected key the filter hides gives way to the first key
     * that matches (or to none), so the page beside the list never shows a key the list does not.
     */
    private void applyFilter(String text) {
        KeyListItem before = selected.get();
        visibleItems.setPredicate(item -> item.matches(text));
        if (before != null && !visibleItems.contains(before)) {
            selected.set(visibleItems.isEmpty() ? null : visibleItems.get(0));
        } else if (before != null && selected.get() != before) {
            selected.set(before);
        }
    }

    /** Reads the keys and their newest checks in the background; then selects {@code selectId} if given. */
    public void reload(Vault vault, Long selectId) {
        reload(vault, selectId, () -> { });
    }

    /**
     * Reads the list of a vault just opened, on the unlock's own thread, for the reload that follows: the unlocked
     * window then shows its keys in its first frame, without a trip through the background and a frame of an
     * empty list. Never throws: should the read fail, that reload reads again and says what went wrong.
     */
    public void readAhead(Vault vault) {
        try {
            readAhead = new ListReadAhead(new java.lang.ref.WeakReference<>(vault),
                    new Loaded(read(vault), vault.archivedKeys().size()));
        } catch (Exception failed) {
            readAhead = null;
        }
    }

    /** Drops the list read ahead from {@code vault} (its unlock was abandoned): nothing read from it stays. */
    public void forgetReadAhead(Vault vault) {
        ListReadAhead ready = readAhead;
        if (ready != null && ready.vault().get() == vault) {
            readAhead = null;
        }
    }

    /** As {@link #reload(Vault, Long)}; {@code then} runs once the read is shown, failed or superseded. */
    public void reload(Vault vault, Long selectId, Runnable then) {
        int started = generation;
        int request = ++reloads;
        if (selectId != null) {
            wantedSelection = selectId;
        }
        readsUnderWay++;
        reading.set(true);
        ListReadAhead ready = readAhead;
        readAhead = null;
        if (ready != null && ready.vault().get() == vault) {
            try {
                show(vault, ready.loaded(), started, request);
            } finally {
                then.run();
            }
            return;
        }
        work.run(() -> new Loaded(read(vault), vault.archivedKeys().size()), loaded -> {
            try {
                show(vault, loaded, started, request);
            } finally {
                then.run();
            }
        }, failure -> {
            try {
                failed(failure, started, request);
            } finally {
                then.run();
            }
        });
    }

    private void show(Vault vault, Loaded loaded, int started, int request) {
        if (started != generation) {
            return;
        }
        // A slower, older read (say the periodic one) must not bring back a list a newer one replaced.
        if (request != reloads) {
            readEnded();
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
        read.set(true);
        readEnded();
        selected.set(keep == null ? null : find(keep).orElse(null));
        watchInUse(vault, loaded.items());
    }

    private void failed(Exception failure, int started, int request) {
        if (started != generation) {
            return;
        }
        readEnded();
        if (request == reloads) {
            wantedSelection = null;
        }
        ErrorReporter.log(failure);
        onError.accept(ErrorReporter.sentenceFor(failure));
    }

    private void readEnded() {
        readsUnderWay = Math.max(0, readsUnderWay - 1);
        reading.set(readsUnderWay > 0);
    }

    /** False from the unlock until the first reload has read the vault: an empty list then means "not read yet". */
    public javafx.beans.property.ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    /** True while a reload is under way. */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True when the list is empty and the vault was read as empty, by no reload still under way. */
    public boolean knownEmpty() {
        return items.isEmpty() && read.get() && !reading.get();
    }

    private record Loaded(List<KeyListItem> items, int archived) {
    }

    /**
     * A list read on the unlock's thread for the first reload of {@code vault}, held weakly: an unlock abandoned
     * meanwhile closes its vault, and nothing here may keep a closed vault reachable.
     */
    private record ListReadAhead(java.lang.ref.WeakReference<Vault> vault, Loaded loaded) {
    }

    /**
     * Compares made-up rows, to be called off the JavaFX thread: a record's first {@code equals} links the code Java
     * generates for it (tens of milliseconds), which the list's first refresh, at the end of a Check all, otherwise
     * paid on the JavaFX thread. True when the equal rows compared equal and the different ones did not.
     */
    public static boolean warmUpComparisons() {
        List<KeyRecord> keys = dev.keyhaven.ui.common.MadeUpKeys.of(2);
        KeyListItem one = new KeyListItem(keys.get(0), KeyVerdict.WORKS, 1);
        // Equal, not the same records: equals then reaches each part's own equals instead of stopping at ==.
        KeyListItem same = new KeyListItem(dev.keyhaven.ui.common.MadeUpKeys.of(1).get(0), KeyVerdict.WORKS, 1);
        KeyListItem other = new KeyListItem(keys.get(1), KeyVerdict.WORKS, 1);
        return one.equals(same) && one.hashCode() == same.hashCode() && !one.equals(other);
    }

    static List<KeyListItem> read(Vault vault) throws dev.keyhaven.vault.VaultException {
        List<KeyListItem> loaded = new ArrayList<>();
        List<KeyRecord> keys = vault.keys();
        Map<Long, List<HistoryEntry>> histories = vault.histories(
                keys.stream().map(KeyRecord::id).collect(Collectors.toSet()));
        for (KeyRecord key : keys) {
            List<HistoryEntry> history = histories.getOrDefault(key.id(), List.of());
            KeyStatus status = KeyStatus.of(key, history);
            loaded.add(new KeyListItem(key, status.verdict(), history.size(), KeyInUse.of(history),
                    status.unknownOnOkx(), dev.keyhaven.keys.HistoryVersion.of(history)));
        }
        return loaded;
    }

    /**
     * A killed gateway writes no stop record, so no vault change tells it: while a key shows in use, its
     * gateway's process is asked after every {@link #IN_USE_RECHECK} (no vault read), and the list is read
     * again once one has gone.
     */
    private void watchInUse(Vault vault, List<KeyListItem> loaded) {
        if (inUseWatch != null) {
            inUseWatch.stop();
            inUseWatch = null;
        }
        if (loaded.stream().noneMatch(item -> item.inUse().inUse())) {
            return;
        }
        inUseWatch = FxTimer.every(IN_USE_RECHECK, () -> {
            boolean gone = items.stream().anyMatch(item -> item.inUse().recheck() != item.inUse());
            if (gone) {
                inUseWatch.stop();
                reload(vault, null);
            }
        });
        inUseWatch.restart();
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
        readAhead = null;
        if (inUseWatch != null) {
            inUseWatch.stop();
            inUseWatch = null;
        }
        wantedSelection = null;
        readsUnderWay = 0;
        reading.set(false);
        read.set(false);
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
