package dev.keyhaven.ui.status;

import dev.keyhaven.keys.BatchCheck;
import dev.keyhaven.keys.CheckAllTally;
import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * "Check all": every active key checked with OKX through {@link BatchCheck} (a few at a time, within
 * OKX's rate limits) on a background thread; each row follows its key on the JavaFX thread.
 */
public final class CheckAllViewModel {

    private final Vault vault;
    private final BatchCheck batch;
    private final Executor background;
    private final Executor ui;
    private final Runnable onFinished;
    private static final String BEFORE_CHECK = "Stopped before this key was checked.";
    private static final String WHILE_ASKING = "Stop cancelled the request to OKX: nothing new was recorded for"
            + " this key.";

    private final Clock clock;
    private final ZoneId zone;
    private final List<CheckAllRow> rows;
    private final Map<Long, CheckAllRow> rowsById;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyBooleanWrapper stopped = new ReadOnlyBooleanWrapper(this, "stopped");
    private final javafx.beans.property.ReadOnlyObjectWrapper<CheckAllTally> tally;

    /**
     * @param background where the batch runs (never the JavaFX thread)
     * @param ui         where rows are updated (the JavaFX thread)
     * @param onFinished told on {@code ui} when every key is done, e.g. to refresh the list's marks
     * @param clock      the app's clock: its zone says the times, its time when the checks ended
     */
    public CheckAllViewModel(Vault vault, List<KeyRecord> keys, BatchCheck batch, Executor background, Executor ui,
                             Runnable onFinished, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.zone = clock.getZone();
        this.batch = batch;
        this.background = background;
        this.ui = ui;
        this.onFinished = onFinished;
        this.rows = keys.stream().map(CheckAllRow::new).toList();
        this.rowsById = rows.stream().collect(Collectors.toMap(row -> row.key().id(), Function.identity()));
        this.tally = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "tally",
                new CheckAllTally(rows.size(), 0, 0));
    }

    public void start() {
        if (running.get() || done.get() > 0) {
            return;
        }
        running.set(true);
        List<KeyRecord> keys = rows.stream().map(CheckAllRow::key).toList();
        background.execute(() -> {
            try {
                batch.run(vault, keys, new RowUpdates());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                ErrorReporter.log(e);
            }
            ui.execute(() -> {
                rows.stream().filter(row -> !row.stateProperty().get().done()).forEach(row ->
                        row.update(CheckAllRow.State.STOPPED, BEFORE_CHECK));
                running.set(false);
                onFinished.run();
            });
        });
    }

    /**
     * Stops at once: keys not yet answered read "Not checked: stopped", no further checks start and the
     * requests under way are cancelled, so nothing is recorded for them. An answer recorded in the moment
     * before the cancel still shows in its row and counts, as it does in the list. Call on the JavaFX thread.
     */
    public void stop() {
        if (!running.get() || stopped.get()) {
            return;
        }
        stopped.set(true);
        batch.cancel();
        for (CheckAllRow row : rows) {
            switch (row.stateProperty().get()) {
                case WAITING -> row.update(CheckAllRow.State.STOPPED, BEFORE_CHECK);
                case CHECKING -> row.update(CheckAllRow.State.STOPPED, WHILE_ASKING);
                default -> { }
            }
        }
    }

    /**
     * True once Stop (or Esc) was pressed: while {@link #runningProperty()} is still true the requests
     * already sent are ending ("Stopping…"); after, the page says what was stopped.
     */
    public ReadOnlyBooleanProperty stoppedProperty() {
        return stopped.getReadOnlyProperty();
    }

    /** The app's clock, whose time and zone the page's "at 18:12" speaks in. */
    public Clock clock() {
        return clock;
    }

    public List<CheckAllRow> rows() {
        return rows;
    }

    public int total() {
        return rows.size();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Keys whose check has ended, one way or another. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** How many keys OKX answered about and how many could not be checked, so far. */
    public javafx.beans.property.ReadOnlyObjectProperty<CheckAllTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    private final class RowUpdates implements BatchCheck.Listener {

        @Override
        public void started(KeyRecord key) {
            ui.execute(() -> {
                if (!stopped.get()) {
                    rowsById.get(key.id()).update(CheckAllRow.State.CHECKING, "");
                }
            });
        }

        @Override
        public void finished(KeyRecord key, CheckResult result) {
            KeyVerdict verdict;
            String sentence;
            try {
                KeyStatus status = KeyStatus.of(vault, key);
                verdict = status.verdict();
                sentence = verdict == KeyVerdict.WORKS
                        ? result.summary(KeyStatus.unboundByChoice(key.checklistDone()))
                        : status.sentenceBesideVerdict(zone);
            } catch (VaultException unreadable) {
                verdict = KeyStatus.verdictOf(result, false);
                sentence = result.summary();
            }
            KeyVerdict shown = verdict;
            String text = sentence;
            // Recorded for its key even when Stop came meanwhile: the row shows it, as the list does.
            ui.execute(() -> {
                rowsById.get(key.id()).checked(shown, text);
                tally.set(tally.get().with(result));
                done.set(done.get() + 1);
            });
        }

        @Override
        public void failed(KeyRecord key, VaultException problem) {
            String sentence = ErrorReporter.sentenceFor(problem);
            ui.execute(() -> finish(key, CheckAllRow.State.NOT_CHECKED, sentence));
        }

        @Override
        public void skipped(KeyRecord key) {
            ui.execute(() -> finish(key, CheckAllRow.State.STOPPED, BEFORE_CHECK));
        }

        private void finish(KeyRecord key, CheckAllRow.State state, String text) {
            if (stopped.get()) {
                return;
            }
            rowsById.get(key.id()).update(state, text);
            if (state == CheckAllRow.State.NOT_CHECKED) {
                tally.set(tally.get().notChecked());
            }
            done.set(done.get() + 1);
        }
    }
}
