package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyService;
import dev.keyhaven.secret.ProcessMemory;
import dev.keyhaven.ui.common.AutoLocker;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ClipboardGuard;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.FxTimer;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The unlocked vault and what watches over it while it is open: the auto-locker, the clipboard guard,
 * the watch for commands writing beside the app, and the connections to OKX that checks use.
 */
final class UnlockedSession {

    /** How often the unlocked app asks whether a command beside it (check, run) wrote to the vault. */
    private static final Duration COMMAND_WATCH = Duration.ofSeconds(3);

    private final AppConfig config;
    private final LiveSettings settings;
    private final BackgroundWork work;
    private final ClipboardGuard clipboard;
    private final AutoLocker autoLocker;
    private final dev.keyhaven.ui.controls.CopiedNote copiedNote = new dev.keyhaven.ui.controls.CopiedNote();
    private final CheckServices checks;
    private FxTimer commandWatch;
    private Vault vault;

    /** {@code lock} locks the app with the sentence the unlock screen then shows. */
    UnlockedSession(AppConfig config, LiveSettings settings, BackgroundWork work, Consumer<String> lock) {
        this.config = config;
        this.settings = settings;
        this.work = work;
        checks = new CheckServices(config.okxClients());
        clipboard = ClipboardGuard.ofSystem(() -> Duration.ofSeconds(settings.get().clipboardClearSeconds()),
                config.clock());
        clipboard.setOnCopied(copiedNote::show);
        autoLocker = new AutoLocker(this::idleTimeout, () -> settings.get().lockWhenMinimised(), config.clock(),
                reason -> lock.accept(reason == AutoLocker.Reason.MINIMISED
                        ? "Locked when the window was minimised. Unlock to carry on."
                        : "Locked after " + describe(idleTimeout()) + " without activity. Unlock to carry on."));
    }

    /** The open vault, or null while locked. */
    Vault current() {
        return vault;
    }

    Optional<Vault> vault() {
        return Optional.ofNullable(vault);
    }

    boolean isOpen() {
        return vault != null;
    }

    /** True while {@code opened} is still the open vault: work begun before a lock must not touch the next. */
    boolean isCurrent(Vault opened) {
        return opened != null && vault == opened;
    }

    ClipboardGuard clipboard() {
        return clipboard;
    }

    /** "Copied" beside the button that copied; it watches the window's scene for the button pressed. */
    dev.keyhaven.ui.controls.CopiedNote copiedNote() {
        return copiedNote;
    }

    AutoLocker autoLocker() {
        return autoLocker;
    }

    KeyService keyService() {
        return checks.keyService();
    }

    /** Takes {@code opened} as the open vault and starts watching it for commands' writes. */
    void open(Vault opened, Consumer<Vault> onCommandWrote) {
        vault = opened;
        watchForCommands(opened, onCommandWrote);
    }

    /** Stops the watchers and clears the clipboard if it still holds what the app put there. */
    void stopWatching() {
        autoLocker.stop();
        if (commandWatch != null) {
            // Let go of it too: its action holds the vault, and nothing may keep a closed vault reachable.
            commandWatch.stop();
            commandWatch = null;
        }
        clipboard.clearIfOurs();
        copiedNote.hide();
    }

    /** Forgets the open vault and returns it for {@link #close}; null when it was not open. */
    Vault detach() {
        Vault closing = vault;
        vault = null;
        return closing;
    }

    /** Closes a vault {@link #detach detached} and the connections its checks used. */
    void close(Vault closing) {
        checks.forgetConnections();
        try {
            closing.close();
        } catch (RuntimeException e) {
            ErrorReporter.log(e);
        }
    }

    /** On exit: the connections to OKX closed for good. */
    void shutdown() {
        autoLocker.unwatch();
        checks.close();
    }

    /**
     * Loads, on a low-priority background thread, what unlocking and checking will need; then {@code done}
     * there. It waits at {@code hold} between its steps while an unlock runs.
     */
    void warmUpInBackground(WarmUpHold hold, Runnable done) {
        Thread warmUp = new Thread(() -> {
            try {
                ProcessMemory.denyOtherReaders();
                hold.awaitRelease();
                Vault.warmUp(hold::awaitRelease);
                StartupTrace.mark("warm-up: vault's code run");
                hold.awaitRelease();
                checks.prepare();
                StartupTrace.mark("warm-up: OKX client built");
                hold.awaitRelease();
                dev.keyhaven.ui.keylist.KeyListViewModel.warmUpComparisons();
            } catch (VaultException | RuntimeException e) {
                ErrorReporter.log(e);
            }
            done.run();
        }, "keyhaven-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * Commands beside the app (check, run) add to keys' histories: every few seconds, when the vault
     * says another process wrote to it, {@code onCommandWrote} hears of it.
     */
    private void watchForCommands(Vault opened, Consumer<Vault> onCommandWrote) {
        if (commandWatch != null) {
            commandWatch.stop();
        }
        commandWatch = FxTimer.once(COMMAND_WATCH, () -> work.run(opened::changedByOthers, changed -> {
            if (stillWatching(opened)) {
                if (changed) {
                    onCommandWrote.accept(opened);
                }
                commandWatch.restart();
            }
        }, failure -> {
            // A moment's trouble (a busy file) must not end the watching: log it and ask again later.
            ErrorReporter.log(failure);
            if (stillWatching(opened)) {
                commandWatch.restart();
            }
        }));
        commandWatch.restart();
    }

    private boolean stillWatching(Vault opened) {
        return vault == opened && commandWatch != null;
    }

    private Duration idleTimeout() {
        return config.idleTimeoutOverride() != null
                ? config.idleTimeoutOverride()
                : Duration.ofMinutes(settings.get().autoLockMinutes());
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
    }
}
