package dev.keyhaven.ui;

import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.AutoLocker;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ClipboardGuard;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.FrameDelay;
import dev.keyhaven.ui.common.MacMenu;
import dev.keyhaven.ui.common.PlatformShortcuts;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.ui.unlock.ReadAhead;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's content, put together: the {@link UnlockedSession} (the open vault and its watchers), the
 * {@link MainWindow} layout, the {@link Navigator} (which page shows, and the unsaved-changes question),
 * and one opener per screen ({@link StartScreenOpener}, {@link KeyPageOpener}, {@link AddKeyOpener},
 * {@link RotateOpener}, {@link RevokeOpener}, {@link ArchiveOpener}, {@link SettingsOpener},
 * {@link CheckAllOpener}). It unlocks and {@link #lock()}s: locking undoes everything the unlock gave.
 */
public class AppShell {

    private final AppConfig config;
    private final BackgroundWork work;
    private final LiveSettings settings;
    private final UnlockedSession session;
    private final KeyListViewModel keyList;
    private final Toast toast = new Toast();
    private final LinkNote linkNote = new LinkNote();
    private final Navigator navigator;
    private final MainWindow window;
    private final StartScreenOpener startScreens;
    private final KeyPageOpener keyPages;
    private final KeyPageRehearsal keyPageRehearsal;
    private final AddKeyOpener addKey;
    private final RotateOpener rotate;
    private final RevokeOpener revoke;
    private final ArchiveOpener archive;
    private final SettingsOpener settingsPage;
    private final CheckAllOpener checkAll;
    private final IdleHeapTrim heapTrim;
    private final BackupRestore restorer;
    private final KeptPage keptPage;
    private final WarmUpHold warmUpHold = new WarmUpHold();
    private Consumer<String> urlOpener = linkNote.opening(url -> { });

    public AppShell(AppConfig config, AppSettings settings, SettingsStore settingsStore, BackgroundWork work,
            Dialogs dialogs) {
        this.config = config;
        this.work = work;
        this.settings = new LiveSettings(settings, settingsStore, work);
        session = new UnlockedSession(config, this.settings, work, this::lock);
        keyList = new KeyListViewModel(work, toast::show);
        keyList.setRotationPolicy(() -> new RotationPolicy(config.clock(), this.settings.get().rotationReminderDays()));
        navigator = new Navigator(keyList, dialogs);
        keptPage = new KeptPage(navigator, dialogs);
        window = new MainWindow(keyList, navigator, toast, linkNote);
        Consumer<String> openUrl = url -> urlOpener.accept(url);
        GuideSupport guides = new GuideSupport(config, work, session.clipboard(), toast, openUrl, dialogs);
        keyPages = new KeyPageOpener(session, navigator, keyList, work, dialogs, toast, guides, config,
                this.settings, openUrl, new KeyPageOpener.Elsewhere(
                        this::openRotate, this::openRevoke, this::openAddKey,
                        new KeyArchiver(session, navigator, keyList, work, dialogs, toast, config)));
        keyPageRehearsal = new KeyPageRehearsal(keyList, guides, work, dialogs, config.clock());
        addKey = new AddKeyOpener(session, navigator, keyList, keyPages, work, dialogs, toast, guides, config);
        rotate = new RotateOpener(session, navigator, keyList, keyPages, work, toast, guides, config);
        revoke = new RevokeOpener(session, navigator, keyList, addKey, work, dialogs, guides, config, openUrl);
        archive = new ArchiveOpener(session, navigator, keyList, keyPages, work, dialogs, toast, openUrl);
        restorer = new BackupRestore(config.vaultFile(), config.vaultOptions(), work, RestoreLooks.OF_THE_VAULT,
                new BackupRestore.Screens(this::lockForRestore, () -> window.setScreen(Pages.placeholder(
                        "Restoring the backup…", "This takes a moment.")), this::sayOnTheStartScreen));
        settingsPage = new SettingsOpener(session, navigator, keyList, keyPages, this.settings, work, dialogs,
                this::restore, toast::show);
        checkAll = new CheckAllOpener(session, navigator, keyList, keyPages, config.clock());
        startScreens = new StartScreenOpener(config, work, dialogs, window,
                new ReadAhead(keyList::readAhead, keyList::forgetReadAhead), this::unlocked);
        heapTrim = new IdleHeapTrim(() -> startScreens.isUnlocking() || checkAll.checkingAllProperty().get());
        startScreens.unlockingProperty().addListener((observable, was, now) -> {
            if (now) {
                window.dropRehearsals();
            } else {
                // Ended: after a wrong password or a cancel the window waits again and lays out what the unlock
                // dropped. After a successful one nothing is done once the session is open (a question about the
                // vault asked before that, say an older copy, may see them laid out under it: harmless).
                FrameDelay.nextFrame(this::prepareMainScreen);
            }
            holdWarmUpWhileUnlocking(now);
        });
        window.setActions(new MainWindow.Actions(addKey::open, checkAll::open, checkAll.checkingAllProperty(),
                settingsPage::open, this::lock, archive::open));
    }

    public Parent root() {
        return window.root();
    }

    /** Watches the scene for activity and installs the app's keyboard shortcuts. */
    public void attach(Scene scene) {
        session.autoLocker().watch(scene);
        session.copiedNote().watch(scene);
        Runnable newKey = () -> {
            if (session.isOpen()) {
                addKey.open();
            }
        };
        scene.getAccelerators().put(PlatformShortcuts.LOCK, this::lock);
        scene.getAccelerators().put(PlatformShortcuts.NEW_KEY, newKey);
        scene.getAccelerators().put(PlatformShortcuts.FIND, window::focusFilter);
        // On a Mac the same commands also sit in the system menu bar (the form keeps Cmd+S to itself).
        MacMenu.forThisSystem(new MacMenu.Actions(newKey, null, this::lock)).ifPresent(window::installMenuBar);
        // Enter presses the focused button, as Space does (JavaFX only gives Enter to the default button).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()
                    && scene.getFocusOwner() instanceof ButtonBase button && !button.isDisabled()) {
                event.consume();
                button.fire();
            }
        });
    }

    /** The create screen on first run, the unlock screen otherwise. */
    public void showStart(String notice) {
        startScreens.open(notice);
    }

    /** A restore's outcome: on the start screen, or as a note when the trader is unlocking or unlocked again. */
    void sayOnTheStartScreen(String notice) {
        if (session.isOpen() || startScreens.isUnlocking()) {
            toast.show(notice);
        } else {
            showStart(notice);
        }
    }

    public boolean isUnlocked() {
        return session.isOpen();
    }

    public Optional<Vault> vault() {
        return session.vault();
    }

    public AutoLocker autoLocker() {
        return session.autoLocker();
    }

    public ClipboardGuard clipboard() {
        return session.clipboard();
    }

    public KeyListViewModel keyList() {
        return keyList;
    }

    /** Locks on demand (Ctrl+L, the Lock button). */
    public void lock() {
        lock("Locked. Unlock to carry on.");
    }

    private void lock(String notice) {
        if (lockQuietly()) {
            showStart(notice);
            FrameDelay.nextFrame(this::prepareMainScreen);
            heapTrim.schedule();
        }
    }

    /** Wipes and closes everything the unlock gave; true when the vault was open. */
    private boolean lockQuietly() {
        Vault closing = lockLeavingTheClose();
        if (closing == null) {
            return false;
        }
        session.close(closing);
        return true;
    }

    /**
     * The lock before a restore: as {@link #lockQuietly}, but the vault's close is handed back to run in the background
     * (it waits for whatever holds the vault, which the window must not); empty when the app was locked already.
     */
    Optional<Runnable> lockForRestore() {
        Vault closing = lockLeavingTheClose();
        return closing == null ? Optional.empty() : Optional.of(() -> session.close(closing));
    }

    /** Everything {@link #lockQuietly} does but the vault's close; the vault detached, or null when it was not open. */
    private Vault lockLeavingTheClose() {
        session.stopWatching();
        linkNote.hide();
        keptPage.keepOnLock();
        window.wipeSecrets();
        navigator.disposeGuide();
        checkAll.stop();
        warmUpHold.release();
        Vault closing = session.detach();
        if (closing == null) {
            return null;
        }
        work.dropPendingResults();
        navigator.forget();
        keyPages.forget();
        checkAll.forget();
        keyList.clear();
        window.forgetKeyList();
        return closing;
    }

    /** On exit: the clipboard and the vault as on lock; the connections to OKX closed. */
    public void shutdown() {
        lockQuietly();
        keptPage.discard();
        session.shutdown();
    }

    /**
     * Loads, on a low-priority background thread, what unlocking and checking will need (SQLite,
     * Argon2id, AES-GCM, the OKX client), so that they are ready by the time the password is typed.
     */
    public void warmUpInBackground() {
        session.warmUpInBackground(warmUpHold, () -> Platform.runLater(heapTrim::schedule));
    }

    /**
     * The warm-up waits from an unlock's start until the unlocked key list is drawn ({@link #unlocked}),
     * or until the unlock ended without opening the vault (a wrong password, a cancel).
     */
    private void holdWarmUpWhileUnlocking(boolean unlocking) {
        if (unlocking) {
            warmUpHold.hold();
        } else {
            // The unlocked vault reaches the shell right after the start screen stops being busy.
            Platform.runLater(() -> {
                if (!session.isOpen()) {
                    warmUpHold.release();
                }
            });
        }
    }

    /** True while the warm-up waits for an unlock (for tests). */
    public boolean warmUpHeld() {
        return warmUpHold.isHeld();
    }

    /** From now on the heap is trimmed whenever the app settles (the desktop app; see {@link IdleHeapTrim}). */
    public void trimHeapWhenIdle() {
        heapTrim.enable();
    }

    /**
     * How links open in the trader's browser: the app passes HostServices.showDocument. The address is
     * also shown to copy, since no one can tell whether a browser opened.
     */
    public void setUrlOpener(Consumer<String> opener) {
        urlOpener = linkNote.opening(Objects.requireNonNull(opener, "opener"));
    }

    /** The current settings, for the window bounds on exit. */
    public AppSettings settings() {
        return settings.get();
    }

    public void updateSettings(AppSettings next) {
        settings.update(next);
    }

    /** Asks before a page with unsaved changes is left (here: before the window closes); true when it may be. */
    public boolean mayLeavePage() {
        return navigator.mayLeavePage() && keptPage.mayDrop();
    }

    /** The guide on the page shown, or null (for tests). */
    dev.keyhaven.ui.guide.GuideViewModel guideShown() {
        return navigator.guide();
    }

    /** Builds the main screen under the lock screen while the password is typed; see {@link MainWindow}. */
    public void prepareMainScreen() {
        window.prepareMainScreen(() -> session.isOpen() || startScreens.isUnlocking(), keyPageRehearsal::page);
    }

    private void openRotate(KeyRecord key) {
        rotate.open(key);
    }

    private void openRevoke(KeyRecord key) {
        revoke.open(key);
    }

    private void openAddKey() {
        addKey.open();
    }

    private void unlocked(Vault opened) {
        session.open(opened, changed -> keyList.reload(changed, null));
        keyList.reload(opened, null, () -> FrameDelay.nextFrame(() -> FrameDelay.nextFrame(warmUpHold::release)));
        window.showMainScreen();
        keyPages.show(null);
        window.focusKeyList();
        session.autoLocker().start();
        keptPage.offer();
        heapTrim.schedule();
    }

    /** Settings' Restore after the trader said yes: see {@link BackupRestore}. */
    private void restore(Backup backup, Consumer<String> refused) {
        restorer.restore(session.current(), backup, refused);
    }
}
