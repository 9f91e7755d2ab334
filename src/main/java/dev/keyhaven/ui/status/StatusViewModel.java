package dev.keyhaven.ui.status;

import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status of one stored key, and the checks run from the panel. The vault and the network are used
 * through {@link BackgroundWork}, never on the JavaFX thread; a check is bounded by the OKX client's
 * timeouts (5 s to connect, 10 s per request), so the busy state always ends.
 */
public final class StatusViewModel {

    private final Vault vault;
    private final long keyId;
    private final KeyService service;
    private final BackgroundWork work;
    private final Clock clock;
    private final IntSupplier rotationDefaultDays;
    private final StatusActions actions;

    private final ReadOnlyObjectWrapper<StatusReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper ended = new ReadOnlyStringWrapper(this, "ended", "");
    /** The newest check's time when a change last made this model check again, so it does so once. */
    private String recheckedAfter;

    public StatusViewModel(Vault vault, long keyId, KeyService service, BackgroundWork work, Clock clock,
                           IntSupplier rotationDefaultDays, StatusActions actions) {
        this.vault = vault;
        this.keyId = keyId;
        this.service = service;
        this.work = work;
        this.clock = clock;
        this.rotationDefaultDays = rotationDefaultDays;
        this.actions = actions;
    }

    /** Reads the key, its history and its newest check in the background. */
    public void load() {
        work.run(this::read, loaded -> {
            report.set(loaded);
            problem.set("");
            recheckChangedCredentials(loaded);
        }, this::showFailure);
    }

    /**
     * The key changed after its newest check (credentials saved, or restored from the archive): what that
     * check said may no longer hold, so the key is checked at once, whatever its verdict (a key seen able to
     * withdraw too), once per change: a check that cannot reach OKX is not repeated. The focus stays put.
     */
    private void recheckChangedCredentials(StatusReport loaded) {
        boolean changed = loaded.changedSinceCheck() || loaded.verdict() == KeyVerdict.CHANGED;
        if (changed && !loaded.verdictReached().equals(recheckedAfter)) {
            recheckedAfter = loaded.verdictReached();
            runCheck("The key changed since its last check: checking it with OKX…");
        }
    }

    /** Runs a signed check now; ignored while one is running. */
    public void checkNow() {
        runCheck("Checking with OKX…");
    }

    /** A check run to reset OKX's 14-day clock of a key without a bound IP. */
    public void keepAlive() {
        runCheck("Keeping the key alive: a signed check with OKX…");
    }

    public void openOkxPage() {
        StatusReport current = report.get();
        if (current != null) {
            actions.openUrl().accept(current.okxApiPage());
        }
    }

    private void runCheck(String what) {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        progress.set(what);
        problem.set("");
        work.run(() -> {
            CheckResult result = service.check(vault, keyId);
            return new Checked(result, read());
        }, checked -> {
            checking.set(false);
            progress.set("");
            report.set(checked.report());
            announce(checked.report().checkEnded());
            actions.onChecked().accept(checked.result());
        }, failure -> {
            checking.set(false);
            progress.set("");
            showFailure(failure);
            announce("The check did not run: " + problem.get());
        });
    }

    /** Set even when the words repeat (two checks in the same minute): each end is told. */
    private void announce(String how) {
        ended.set("");
        ended.set(how);
    }

    private record Checked(CheckResult result, StatusReport report) {
    }

    private StatusReport read() throws VaultException {
        KeyRecord key = vault.key(keyId).orElseThrow(() -> new VaultException(VaultException.Reason.INVALID_INPUT,
                "This key is no longer in the vault. Choose another key in the list."));
        List<HistoryEntry> history = vault.history(keyId);
        return StatusReport.of(key, history, clock, rotationDefaultDays.getAsInt());
    }

    private void showFailure(Exception failure) {
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        problem.set(ErrorReporter.sentenceFor(failure));
    }

    public ReadOnlyObjectProperty<StatusReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** What is running, e.g. "Checking with OKX…"; empty when idle. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * How the last check run here ended and when, set as it ends (never left at "Checking…"), e.g.
     * "\"Grid bot\": Rejected by OKX 2 Dec 2026, 12:03"; empty until one ends.
     */
    public ReadOnlyStringProperty checkEndedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** A sentence with the next step when reading or checking failed; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
