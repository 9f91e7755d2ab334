package dev.keyhaven.ui;

import dev.keyhaven.guide.AutoTicker;
import dev.keyhaven.guide.ChecklistFactory;
import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.keys.BatchCheck;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.archive.ArchivedKeysView;
import dev.keyhaven.ui.archive.ArchivedKeysViewModel;
import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.AutoLocker;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ClipboardGuard;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.FrameDelay;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.ui.form.CredentialField;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.form.CredentialsFormViewModel;
import dev.keyhaven.ui.guide.GuideActions;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListView;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.newkey.AddKeyChoiceView;
import dev.keyhaven.ui.newkey.NewKeyPrefill;
import dev.keyhaven.ui.newkey.NewKeySession;
import dev.keyhaven.ui.revoke.RevokeView;
import dev.keyhaven.ui.revoke.RevokeViewModel;
import dev.keyhaven.ui.rotate.RotateView;
import dev.keyhaven.ui.rotate.RotateViewModel;
import dev.keyhaven.ui.settings.SettingsView;
import dev.keyhaven.ui.settings.SettingsViewModel;
import dev.keyhaven.ui.status.CheckAllView;
import dev.keyhaven.ui.status.CheckAllViewModel;
import dev.keyhaven.ui.status.StatusActions;
import dev.keyhaven.ui.status.StatusView;
import dev.keyhaven.ui.status.StatusViewModel;
import dev.keyhaven.ui.theme.AppTheme;
import dev.keyhaven.ui.unlock.CreateVaultView;
import dev.keyhaven.ui.unlock.CreateVaultViewModel;
import dev.keyhaven.ui.unlock.UnlockView;
import dev.keyhaven.ui.unlock.UnlockViewModel;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: the create or unlock screen while the vault is locked, then the key
 * list and the selected key's Guide, Credentials and Status views. It owns the unlocked vault, the
 * auto-locker and the clipboard guard, and {@link #lock()} undoes everything the unlock gave.
 */
public class AppShell {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final AppConfig config;
    private final SettingsStore settingsStore;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final StackPane root = new StackPane();
    private final ClipboardGuard clipboard;
    private final AutoLocker autoLocker;
    private final KeyListViewModel keyList;
    private final StackPane detail = new StackPane();
    private final Label toast = new Label();
    private final PauseTransition toastTimer = new PauseTransition(javafx.util.Duration.seconds(6));
    private final CheckServices checks = new CheckServices();
    private final BooleanProperty checkingAll = new SimpleBooleanProperty(this, "checkingAll");
    private Consumer<String> urlOpener = url -> showToast("Open " + url + " in your browser.");
    private GuideViewModel currentGuide;
    /** The guide built for the page about to be shown; it becomes current when the page replaces the old one. */
    private GuideViewModel pendingGuide;
    private StatusViewModel currentStatus;
    /** The credentials form on the page shown, and the one made for the page about to be shown. */
    private CredentialsFormView currentForm;
    private CredentialsFormView pendingForm;
    /** Set while the key list goes back to the key whose unsaved changes the user chose to keep. */
    private boolean revertingSelection;
    /** The selected key's Status tab and the mark in its header, while a key's page is shown. */
    private Tab statusTab;
    private StatusMark detailMark;
    private final PauseTransition commandWatch = new PauseTransition(javafx.util.Duration.seconds(COMMAND_WATCH_SECONDS));
    private CheckAllViewModel currentCheckAll;
    private boolean emptyDetailShown;
    private static final String EMPTY_DETAIL = "empty-detail";
    /** How often the unlocked app asks whether a command beside it (check, run) wrote to the vault. */
    private static final double COMMAND_WATCH_SECONDS = 3;

    private AppSettings settings;
    private Vault vault;
    private KeyListView keyListView;
    /** The main screen built while the window waited for the password; see {@link #prepareMainScreen}. */
    private Node preparedMainScreen;
    /** True while the start screen derives the key (unlock or create). */
    private final BooleanProperty unlocking = new SimpleBooleanProperty(this, "unlocking");
    private String pendingSaveNotice = "";
    private int lastTabIndex = 1;
    /** A key just rotated in: its Status tab runs a check as soon as it is shown. */
    private Long checkWhenShown;

    public AppShell(AppConfig config, AppSettings settings, SettingsStore settingsStore, BackgroundWork work,
            Dialogs dialogs) {
        this.config = config;
        this.settings = settings;
        this.settingsStore = settingsStore;
        this.work = work;
        this.dialogs = dialogs;
        root.setId("app-root");
        root.getStyleClass().add("app-root");
        clipboard = ClipboardGuard.ofSystem(() -> Duration.ofSeconds(this.settings.clipboardClearSeconds()),
                config.clock());
        autoLocker = new AutoLocker(this::idleTimeout, () -> this.settings.lockWhenMinimised(), config.clock(),
                reason -> lock(reason == AutoLocker.Reason.MINIMISED
                        ? "Locked when the window was minimised. Unlock to carry on."
                        : "Locked after " + describe(idleTimeout()) + " without activity. Unlock to carry on."));
        keyList = new KeyListViewModel(work, this::showToast);
        keyList.setRotationPolicy(() -> new RotationPolicy(config.clock(), this.settings.rotationReminderDays()));
        keyList.selectedProperty().addListener((observable, was, now) -> {
            if (vault == null || revertingSelection || now == null && was == null) {
                return;
            }
            if (onlyChecksChanged(was, now)) {
                refreshChecks(now);
            } else if (mayLeavePage()) {
                showKey(now);
            } else {
                Platform.runLater(() -> reselect(was));
            }
        });
        // The keys arrive after the main window: "Add your first key" must turn into "Select a key".
        keyList.items().addListener((javafx.collections.ListChangeListener<KeyListItem>) change -> {
            if (vault != null && emptyDetailShown && keyList.selectedProperty().get() == null) {
                replaceDetail(emptyDetail());
            }
        });
        detail.getStyleClass().add("detail-pane");
        toast.getStyleClass().add("toast");
        toast.setId("toast");
        toast.setWrapText(true);
        toast.setVisible(false);
        toastTimer.setOnFinished(event -> toast.setVisible(false));
    }

    public Parent root() {
        return root;
    }

    /** Watches the scene for activity and installs the app's keyboard shortcuts. */
    public void attach(Scene scene) {
        autoLocker.watch(scene);
        scene.getAccelerators().put(LOCK, this::lock);
        scene.getAccelerators().put(ADD, () -> {
            if (vault != null) {
                addKey();
            }
        });
        scene.getAccelerators().put(FIND, () -> {
            if (keyListView != null) {
                keyListView.filterField().requestFocus();
            }
        });
    }

    /** The create screen on first run, the unlock screen otherwise. */
    public void showStart(String notice) {
        setScreen(Vault.exists(config.vaultFile()) ? unlockScreen(notice) : createScreen());
    }

    public boolean isUnlocked() {
        return vault != null;
    }

    public Optional<Vault> vault() {
        return Optional.ofNullable(vault);
    }

    public AutoLocker autoLocker() {
        return autoLocker;
    }

    public ClipboardGuard clipboard() {
        return clipboard;
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
        }
    }

    /** Wipes and closes everything the unlock gave; true when the vault was open. */
    private boolean lockQuietly() {
        autoLocker.stop();
        commandWatch.stop();
        commandWatch.setOnFinished(null);
        clipboard.clearIfOurs();
        SecretInputs.wipeAll(root);
        disposeGuide();
        if (currentCheckAll != null) {
            currentCheckAll.stop();
        }
        if (vault == null) {
            return false;
        }
        Vault closing = vault;
        vault = null;
        work.dropPendingResults();
        forgetUnlockedViews();
        keyList.clear();
        keyListView = null;
        checks.forgetConnections();
        try {
            closing.close();
        } catch (RuntimeException e) {
            ErrorReporter.log(e);
        }
        return true;
    }

    /**
     * Empties the detail pane and lets go of its view models: the pane outlives the main screen, and
     * its forms and tabs would otherwise keep the closed vault reachable.
     */
    private void forgetUnlockedViews() {
        detail.getChildren().forEach(SecretInputs::wipeAll);
        detail.getChildren().clear();
        emptyDetailShown = false;
        if (pendingGuide != null) {
            pendingGuide.dispose();
            pendingGuide = null;
        }
        currentStatus = null;
        currentCheckAll = null;
        statusTab = null;
        detailMark = null;
        currentForm = null;
        pendingForm = null;
    }

    /** On exit: the clipboard and the vault as on lock; the connections to OKX closed. */
    public void shutdown() {
        lockQuietly();
        checks.close();
    }

    /**
     * Loads, on a low-priority background thread, what unlocking and checking will need (SQLite,
     * Argon2id, AES-GCM, the OKX client), so that they are ready by the time the password is typed.
     */
    public void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                Vault.warmUp();
                checks.prepare();
            } catch (VaultException | RuntimeException e) {
                ErrorReporter.log(e);
            }
        }, "keyhaven-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** How links open in the trader's browser: the app passes HostServices.showDocument. */
    public void setUrlOpener(Consumer<String> opener) {
        urlOpener = java.util.Objects.requireNonNull(opener, "opener");
    }

    /** The window title's friend: the current settings, for the window bounds on exit. */
    public AppSettings settings() {
        return settings;
    }

    public void updateSettings(AppSettings next) {
        boolean themeChanged = next.theme() != settings.theme();
        settings = next;
        if (themeChanged) {
            AppTheme.apply(next.theme());
        }
        work.runQuietly(() -> {
            try {
                settingsStore.save(next);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    // ---- the key's Guide and Status tabs, and Check all ----

    /** The Guide tab's content for {@code key}: its checklist, ticked from what the checks verified. */
    protected Node guideContent(Vault unlocked, KeyRecord key) {
        GuideActions actions = new GuideActions(
                url -> urlOpener.accept(url),
                () -> selectTab(1),
                () -> {
                    selectTab(2);
                    if (currentStatus != null) {
                        currentStatus.checkNow();
                    }
                },
                ticks -> storeTicks(unlocked, key.id(), ticks),
                this::copyAndClose);
        GuideViewModel model = guideModel(actions);
        model.showKey(key, ChecklistKind.NEW_KEY, VerifiedFacts.savedOnly());
        loadVerifiedFacts(unlocked, key, model);
        pendingGuide = model;
        return new GuideView(model);
    }

    /** The steps the key's checks verified, read in the background, ticked in {@code model}. */
    private void loadVerifiedFacts(Vault unlocked, KeyRecord key, GuideViewModel model) {
        work.run(() -> new GuideState(GuideChoice.forKey(key, unlocked.archivedKeys()),
                        VerifiedFacts.fromHistory(unlocked.history(key.id()))),
                state -> model.showKey(key, state.kind(), state.facts()),
                failure -> showToast(ErrorReporter.sentenceFor(failure)));
    }

    private record GuideState(ChecklistKind kind, VerifiedFacts facts) {
    }

    private GuideViewModel guideModel(GuideActions actions) {
        return new GuideViewModel(new ChecklistFactory(config.clock()), new AutoTicker(ZoneId.systemDefault()),
                new PassphraseGenerator(), actions);
    }

    /** The Status tab's content for {@code key}. */
    protected Node statusContent(Vault unlocked, KeyRecord key, KeyVerdict status) {
        StatusViewModel model = new StatusViewModel(unlocked, key.id(), checks.keyService(), work, config.clock(),
                () -> settings.rotationReminderDays(),
                new StatusActions(url -> urlOpener.accept(url), result -> {
                    if (vault == unlocked) {
                        keyList.reload(unlocked, key.id());
                    }
                }));
        model.load();
        currentStatus = model;
        if (checkWhenShown != null && checkWhenShown == key.id()) {
            checkWhenShown = null;
            model.checkNow();
        }
        return new StatusView(model);
    }

    /** "Check all": checks every key a few at a time within OKX's limits, then refreshes the marks. */
    protected void checkAll(Vault unlocked, List<KeyRecord> keys) {
        if (unlocked == null || keys.isEmpty() || checkingAll.get() || !mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        CheckAllViewModel model = new CheckAllViewModel(unlocked, keys, new BatchCheck(checks.keyService()),
                task -> {
                    Thread thread = new Thread(task, "check-all");
                    thread.setDaemon(true);
                    thread.start();
                },
                Platform::runLater,
                () -> {
                    checkingAll.set(false);
                    if (vault == unlocked) {
                        keyList.reload(unlocked, null);
                    }
                });
        currentCheckAll = model;
        checkingAll.set(true);
        replaceDetail(new CheckAllView(model, () -> showKey(keyList.selectedProperty().get())));
        model.start();
    }

    private void storeTicks(Vault unlocked, long keyId, Set<String> ticks) {
        work.run(() -> {
            unlocked.setChecklistDone(keyId, ticks);
            return ticks;
        }, stored -> { }, failure -> showToast(ErrorReporter.sentenceFor(failure)));
    }

    private void copyAndClose(Secret value) {
        try (value) {
            clipboard.copy(value);
        }
    }

    private void selectTab(int index) {
        if (detail.lookup("#key-tabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(index);
        }
    }

    private void disposeGuide() {
        if (currentGuide != null) {
            currentGuide.dispose();
            currentGuide = null;
        }
    }

    // ---- screens ----

    private Node createScreen() {
        CreateVaultViewModel model = new CreateVaultViewModel(config.vaultFile(), config.vaultOptions(), work,
                this::unlocked);
        unlocking.bind(model.busyProperty());
        return new CreateVaultView(model);
    }

    private Node unlockScreen(String notice) {
        UnlockViewModel model = new UnlockViewModel(config.vaultFile(), config.vaultOptions(), config.clock(), work,
                dialogs, this::unlocked);
        unlocking.bind(model.busyProperty());
        return new UnlockView(model, notice);
    }

    /**
     * Builds the main screen, empty and hidden under the lock screen, while the window waits for the
     * master password: its styling and layout are then done when the vault opens, and the key list and
     * the Check all page have been drawn once from made-up keys ({@link KeyListView#rehearsal},
     * {@link CheckAllView#rehearsal}), so their first real showing runs no cold code. It holds no key. Two
     * steps a frame apart, so that neither holds the JavaFX thread for long; skipped when an unlock is
     * already under way or done, since doing it beside the key derivation would only slow that down.
     */
    public void prepareMainScreen() {
        if (vault != null || unlocking.get() || preparedMainScreen != null) {
            return;
        }
        preparedMainScreen = mainScreen();
        preparedMainScreen.setVisible(false);
        root.getChildren().add(0, preparedMainScreen);
        Node preparing = preparedMainScreen;
        FrameDelay.nextFrame(() -> {
            if (preparing == preparedMainScreen && vault == null && !unlocking.get()) {
                List<Node> rehearsals = List.of(KeyListView.rehearsal(keyList), CheckAllView.rehearsal());
                rehearsals.forEach(rehearsal -> rehearsal.setVisible(false));
                root.getChildren().addAll(0, rehearsals);
            }
        });
    }

    private void unlocked(Vault opened) {
        vault = opened;
        keyList.reload(opened, null);
        watchForCommands(opened);
        Node main = preparedMainScreen != null ? preparedMainScreen : mainScreen();
        main.setVisible(true);
        setScreen(main);
        showKey(null);
        keyListView.list().requestFocus();
        autoLocker.start();
    }

    private Node mainScreen() {
        keyListView = new KeyListView(keyList);
        keyListView.archivedButton().setOnAction(event -> showArchived());
        keyListView.setMinWidth(250);
        keyListView.setPrefWidth(300);

        SplitPane split = new SplitPane(keyListView, detail);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(keyListView, false);

        StackPane toastLayer = new StackPane(toast);
        toastLayer.setPickOnBounds(false);
        toastLayer.setAlignment(Pos.BOTTOM_CENTER);
        toastLayer.setPadding(new Insets(0, 0, 18, 0));
        toast.setMaxWidth(Region.USE_PREF_SIZE);
        toast.setPrefWidth(Region.USE_COMPUTED_SIZE);

        BorderPane main = new BorderPane(new StackPane(split, toastLayer));
        main.setTop(toolbar());
        main.setId("main-screen");
        main.getStyleClass().add("main-screen");
        return main;
    }

    private ToolBar toolbar() {
        Label brand = new Label("Keyhaven");
        brand.getStyleClass().add("brand");
        Button add = toolButton("_Add key", "add-key", "Add a key (Ctrl+N)", this::addKey);
        add.getStyleClass().add("accent");
        Button checkAll = toolButton("_Check all", "check-all", "Check every key with OKX",
                () -> checkAll(vault, keyList.items().stream().map(KeyListItem::key).toList()));
        checkAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(keyList.items()).or(checkingAll));
        Button settingsButton = toolButton("S_ettings", "open-settings", "Settings", this::showSettings);
        Button lockButton = toolButton("_Lock", "lock", "Lock now (Ctrl+L)", this::lock);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(brand, spacer, add, checkAll, settingsButton, lockButton);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private static Button toolButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** "Add key": the guided path to a new key on OKX, or the form for a key the trader already has. */
    private void addKey() {
        if (!mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        replaceDetail(detailPage("Add a key", null, null, new AddKeyChoiceView(
                () -> showNewKeyGuide(Purpose.TRADING, Environment.LIVE, dev.keyhaven.okx.Region.GLOBAL),
                this::showEmptyForm)));
    }

    private void showEmptyForm() {
        keyList.selectedProperty().set(null);
        replaceDetail(detailPage("Add a key", null, null, credentialsForm(null)));
    }

    // ---- a new key, created with the guide ----

    /**
     * The guide for a key that does not exist yet, beside the form it fills: "save the three values" opens
     * the form with the guide's choices, suggested label and generated passphrase. Ticks made before the
     * key exists are saved with it.
     */
    private void showNewKeyGuide(Purpose purpose, Environment environment, dev.keyhaven.okx.Region region) {
        keyList.selectedProperty().set(null);
        NewKeySession session = new NewKeySession();
        TabPane tabs = new TabPane();
        tabs.setId("new-key-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab guideTab = new Tab("Guide");
        guideTab.setId("tab-new-guide");
        Tab formTab = new Tab("Credentials");
        formTab.setId("tab-new-credentials");
        NewKeyForm form = new NewKeyForm(session, tabs, formTab);
        GuideViewModel model = guideModel(new GuideActions(url -> urlOpener.accept(url),
                () -> form.open(), () -> {
                    form.open();
                    showToast("Save the key first: then Keyhaven can check it with OKX.");
                }, session::ticksChanged, this::copyAndClose));
        form.guide = model;
        model.showNewKey();
        model.purposeProperty().set(purpose);
        model.environmentProperty().set(environment);
        model.regionProperty().set(region);
        guideTab.setContent(new GuideView(model));
        Button openForm = new Button("Open the credentials form");
        openForm.setId("open-new-key-form");
        openForm.setOnAction(event -> form.open());
        VBox waiting = placeholder("Not yet: follow the guide first",
                "Create the key on OKX as the guide shows. Its step \"Save all three values\" brings you here"
                        + " with the purpose, label and passphrase filled in.");
        waiting.getChildren().add(openForm);
        formTab.setContent(waiting);
        tabs.getTabs().addAll(guideTab, formTab);
        pendingGuide = model;
        replaceDetail(detailPage("Create a new key", null, null, tabs));
    }

    /** The credentials form of a key being created with the guide, made when the guide first asks for it. */
    private final class NewKeyForm {

        private final NewKeySession session;
        private final TabPane tabs;
        private final Tab tab;
        private GuideViewModel guide;
        private CredentialsFormViewModel model;
        private CredentialsFormView view;
        private String suggestedLabel = "";

        NewKeyForm(NewKeySession session, TabPane tabs, Tab tab) {
            this.session = session;
            this.tabs = tabs;
            this.tab = tab;
        }

        void open() {
            Vault unlocked = vault;
            if (unlocked == null) {
                return;
            }
            java.util.Collection<String> labels = keyList.items().stream().map(item -> item.key().label()).toList();
            NewKeyPrefill prefill = NewKeyPrefill.of(guide.purposeProperty().get(), guide.environmentProperty().get(),
                    guide.regionProperty().get(), LocalDate.now(config.clock()), labels);
            if (model == null) {
                model = new CredentialsFormViewModel(unlocked, null, work, dialogs, clipboard::copy, () -> labels,
                        outcome -> saved(unlocked, outcome), () -> { });
            }
            if (model.labelProperty().get().isBlank() || model.labelProperty().get().equals(suggestedLabel)) {
                model.labelProperty().set(prefill.label());
                suggestedLabel = prefill.label();
            }
            model.purposeProperty().set(prefill.purpose());
            model.environmentProperty().set(prefill.environment());
            model.regionProperty().set(prefill.region());
            if (view == null) {
                view = new CredentialsFormView(model);
                tab.setContent(view);
            }
            if (guide.passphraseReadyProperty().get()) {
                try (Secret passphrase = guide.passphraseCopy()) {
                    view.input(CredentialField.PASSPHRASE).setSecret(passphrase);
                }
            }
            tabs.getSelectionModel().select(tab);
        }

        private void saved(Vault unlocked, SaveOutcome outcome) {
            work.run(() -> {
                session.keySaved(unlocked, outcome.record());
                return outcome;
            }, stored -> showSavedKey(unlocked, stored), failure -> {
                showToast(ErrorReporter.sentenceFor(failure));
                showSavedKey(unlocked, outcome);
            });
        }
    }

    private void showSavedKey(Vault unlocked, SaveOutcome outcome) {
        if (vault != unlocked) {
            return;
        }
        pendingSaveNotice = String.join("\n", outcome.warnings());
        lastTabIndex = 0;
        showToast("Saved \"" + outcome.record().label() + "\". Next: check it with OKX.");
        keyList.reload(unlocked, outcome.record().id());
    }

    // ---- rotate, revoke, archive ----

    /** The rotation checklist for {@code key} and the new key's three values; then a check of the new key. */
    private void showRotate(KeyRecord key) {
        Vault unlocked = vault;
        if (unlocked == null || !mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        RotateView[] view = new RotateView[1];
        GuideViewModel[] guide = new GuideViewModel[1];
        RotateViewModel[] rotate = new RotateViewModel[1];
        guide[0] = guideModel(new GuideActions(url -> urlOpener.accept(url), () -> {
            if (guide[0].passphraseReadyProperty().get()) {
                try (Secret passphrase = guide[0].passphraseCopy()) {
                    view[0].usePassphrase(passphrase);
                }
            }
            view[0].focusEntry();
        }, () -> showToast("Replace the key first: then Keyhaven checks the new one with OKX."),
                ticks -> rotate[0].ticksChanged(ticks), this::copyAndClose));
        guide[0].showKey(key, ChecklistKind.ROTATE, VerifiedFacts.NOTHING);
        rotate[0] = new RotateViewModel(unlocked, key, new KeyLifecycle(unlocked, config.clock(), checks.keyService()), work,
                guide[0].checklist().stepIds(), replacement -> rotated(unlocked, key, replacement));
        view[0] = new RotateView(new GuideView(guide[0]), rotate[0]);
        pendingGuide = guide[0];
        replaceDetail(detailPage("Rotate \u201c" + key.label() + "\u201d", null, null, view[0]));
    }

    private void rotated(Vault unlocked, KeyRecord old, KeyRecord replacement) {
        if (vault != unlocked) {
            return;
        }
        showToast("Replaced \"" + old.label() + "\"; the old key is in Archived keys. Checking the new key…");
        lastTabIndex = 2;
        checkWhenShown = replacement.id();
        keyList.reload(unlocked, replacement.id());
    }

    /** For a key that may have leaked: delete it on OKX, the revocation checklist, revoke, replace. */
    private void showRevoke(KeyRecord key) {
        Vault unlocked = vault;
        if (unlocked == null || !mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        GuideViewModel guide = guideModel(new GuideActions(url -> urlOpener.accept(url), () -> { }, () -> { },
                ticks -> storeTicks(unlocked, key.id(), ticks), this::copyAndClose));
        guide.showKey(key, ChecklistKind.REVOKE, VerifiedFacts.NOTHING);
        RevokeViewModel model = new RevokeViewModel(key, new KeyLifecycle(unlocked, config.clock(), checks.keyService()), work, dialogs,
                url -> urlOpener.accept(url), () -> {
                    if (vault == unlocked) {
                        keyList.reload(unlocked, null);
                    }
                }, revoked -> showNewKeyGuide(revoked.purpose(), revoked.environment(), revoked.region()));
        pendingGuide = guide;
        replaceDetail(detailPage("\u201c" + key.label() + "\u201d may have leaked", null, null,
                new RevokeView(new GuideView(guide), model)));
    }

    private void showArchived() {
        if (vault == null || !mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        ArchivedKeysViewModel model = new ArchivedKeysViewModel(vault, work, ZoneId.systemDefault());
        model.load();
        replaceDetail(new ArchivedKeysView(model, () -> showKey(keyList.selectedProperty().get())));
    }

    /**
     * Commands beside the app (check, run) add to keys' histories: every few seconds, when the vault
     * says another process wrote to it, the list re-reads the keys' checks.
     */
    private void watchForCommands(Vault opened) {
        commandWatch.setOnFinished(event -> work.run(opened::changedByOthers, changed -> {
            if (vault == opened) {
                if (changed) {
                    keyList.reload(opened, null);
                }
                commandWatch.playFromStart();
            }
        }, failure -> {
            // A moment's trouble (a busy file) must not end the watching: log it and ask again later.
            ErrorReporter.log(failure);
            if (vault == opened) {
                commandWatch.playFromStart();
            }
        }));
        commandWatch.playFromStart();
    }

    /**
     * Asks before a page whose credentials form holds unsaved changes is left (another key, Add key,
     * Check all, the archive, Rotate, closing the window); true when it may be left. Locking never asks:
     * it wipes the form like everything else.
     */
    public boolean mayLeavePage() {
        if (currentForm == null || !currentForm.hasUnsavedChanges()) {
            return true;
        }
        String what = currentForm.subject();
        boolean discard = dialogs.confirm("Discard unsaved changes?", what + " has changes you have not saved."
                + " Discard them, or choose Cancel and press Save (Ctrl+S).", "Discard changes");
        if (discard) {
            currentForm = null;
        }
        return discard;
    }

    /** Selects {@code kept} again after the user chose to keep editing it; its page never left. */
    private void reselect(KeyListItem kept) {
        revertingSelection = true;
        try {
            keyList.selectedProperty().set(kept == null ? null : keyList.find(kept.key().id()).orElse(null));
        } finally {
            revertingSelection = false;
        }
    }

    /** The same key as shown: only its history grew (a check here or by a command, a hand-out). */
    private boolean onlyChecksChanged(KeyListItem was, KeyListItem now) {
        return was != null && was.sameKeyWithNewHistory(now) && statusTab != null && detailMark != null;
    }

    /**
     * Brings what the selected key's checks decide up to date: its mark, its Status tab and the steps its
     * Guide ticks itself. The Credentials tab, perhaps mid-edit, stays as it is.
     */
    private void refreshChecks(KeyListItem item) {
        detailMark.show(item.status());
        // A check under way here reloads the list when it ends, which brings its result.
        if (currentStatus != null && !currentStatus.checkingProperty().get()) {
            currentStatus.load();
        }
        if (currentGuide != null) {
            loadVerifiedFacts(vault, item.key(), currentGuide);
        }
    }

    private void showKey(KeyListItem item) {
        if (vault == null) {
            return;
        }
        if (item == null) {
            replaceDetail(emptyDetail());
            return;
        }
        KeyRecord key = item.key();
        TabPane tabs = new TabPane();
        tabs.setId("key-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab guide = new Tab("Guide", guideContent(vault, key));
        guide.setId("tab-guide");
        Tab credentials = new Tab("Credentials", credentialsForm(key));
        credentials.setId("tab-credentials");
        Tab status = new Tab("Status", statusContent(vault, key, item.status()));
        status.setId("tab-status");
        tabs.getTabs().addAll(guide, credentials, status);
        tabs.getSelectionModel().select(Math.min(lastTabIndex, 2));
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) ->
                lastTabIndex = now.intValue());
        StatusMark mark = new StatusMark(item.status());
        replaceDetail(detailPage(key.label(), item, mark, tabs));
        statusTab = status;
        detailMark = mark;
    }

    private Node credentialsForm(KeyRecord key) {
        CredentialsFormViewModel model = new CredentialsFormViewModel(vault, key, work, dialogs, clipboard::copy,
                () -> keyList.items().stream().map(item -> item.key().label()).toList(),
                this::saved, this::deleted);
        if (key != null && !pendingSaveNotice.isEmpty()) {
            model.savedNoticeProperty().set(pendingSaveNotice);
            pendingSaveNotice = "";
        }
        pendingForm = new CredentialsFormView(model);
        return pendingForm;
    }

    private void saved(SaveOutcome outcome) {
        if (vault == null) {
            return;
        }
        pendingSaveNotice = String.join("\n", outcome.warnings());
        lastTabIndex = 1;
        showToast("Saved \"" + outcome.record().label() + "\".");
        keyList.reload(vault, outcome.record().id());
    }

    private void deleted() {
        if (vault == null) {
            return;
        }
        showToast("Deleted the key from Keyhaven.");
        keyList.selectedProperty().set(null);
        keyList.reload(vault, null);
    }

    /** A page of the detail pane; {@code item} and its {@code mark} for a key's own page, else both null. */
    private Node detailPage(String title, KeyListItem item, StatusMark mark, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        heading.setId("detail-title");
        HBox header = new HBox(8, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("detail-header");
        if (item != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            header.getChildren().addAll(KeyListView.purposeBadge(item.key().purpose()),
                    KeyListView.environmentBadge(item.key().environment()), spacer, mark);
        }
        VBox page = new VBox(header);
        if (item != null) {
            page.getChildren().add(keyActions(item));
        }
        page.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return page;
    }

    /** Under a key's title: its rotation reminder, Rotate… and the leak action. */
    private Node keyActions(KeyListItem item) {
        KeyRecord key = item.key();
        Button rotate = new Button("Rotate…");
        rotate.setId("rotate-key");
        rotate.setTooltip(new Tooltip("Replace this key by a new one made on OKX; the old one is archived"));
        rotate.setOnAction(event -> showRotate(key));
        Button leaked = new Button("This key may have leaked…");
        leaked.setId("key-leaked");
        leaked.getStyleClass().addAll("danger", "flat");
        leaked.setTooltip(new Tooltip("Delete it on OKX at once, revoke it here, then replace it"));
        leaked.setOnAction(event -> showRevoke(key));
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("key-actions");
        keyList.rotationReminder(item).ifPresent(status -> {
            Label reminder = KeyListView.rotationMark(status);
            reminder.setText(status.summary());
            reminder.setId("rotation-reminder");
            rotate.getStyleClass().add("accent");
            row.getChildren().add(reminder);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.getChildren().addAll(spacer, rotate, leaked);
        return row;
    }

    private Node emptyDetail() {
        VBox box = placeholder(keyList.items().isEmpty() ? "Add your first key" : "Select a key",
                keyList.items().isEmpty()
                        ? "Create an API key on OKX, then store it here. Keyhaven checks it and warns about risky settings."
                        : "Choose a key on the left to see its guide, credentials and status.");
        if (keyList.items().isEmpty()) {
            Button add = new Button("Add a key");
            add.getStyleClass().add("accent");
            add.setOnAction(event -> addKey());
            box.getChildren().add(add);
        }
        box.setId(EMPTY_DETAIL);
        return box;
    }

    private void showSettings() {
        if (vault == null) {
            return;
        }
        keyList.selectedProperty().set(null);
        SettingsViewModel model = new SettingsViewModel(settings, vault, work, dialogs, this::updateSettings,
                this::restore);
        replaceDetail(new SettingsView(model, () -> showKey(keyList.selectedProperty().get())));
    }

    private void restore(Backup backup) {
        if (!lockQuietly()) {
            return;
        }
        setScreen(placeholder("Restoring the backup…", "This takes a moment."));
        work.run(() -> {
            Vault.restore(config.vaultFile(), backup);
            return backup;
        }, restored -> showStart("Restored the backup from " + when(restored.createdAt())
                + ". Unlock it with the master password it had then."), failure -> {
            ErrorReporter.log(failure);
            showStart(ErrorReporter.sentenceFor(failure));
        });
    }

    private void replaceDetail(Node content) {
        statusTab = null;
        detailMark = null;
        emptyDetailShown = EMPTY_DETAIL.equals(content.getId());
        detail.getChildren().forEach(SecretInputs::wipeAll);
        disposeGuide();
        currentGuide = pendingGuide;
        pendingGuide = null;
        currentForm = pendingForm;
        pendingForm = null;
        boolean focusWasInDetail = focusIsIn(detail);
        detail.getChildren().setAll(content);
        // Otherwise the scene hands the focus of the removed page to the first field it finds: the filter.
        if (focusWasInDetail) {
            content.requestFocus();
        }
    }

    private static boolean focusIsIn(Parent parent) {
        Node focused = parent.getScene() == null ? null : parent.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == parent) {
                return true;
            }
        }
        return false;
    }

    private void setScreen(Node screen) {
        root.getChildren().forEach(SecretInputs::wipeAll);
        root.getChildren().setAll(screen);
        preparedMainScreen = null;
    }

    private void showToast(String text) {
        toast.setText(text);
        toast.setVisible(true);
        toastTimer.playFromStart();
    }

    private Duration idleTimeout() {
        return config.idleTimeoutOverride() != null
                ? config.idleTimeoutOverride()
                : Duration.ofMinutes(settings.autoLockMinutes());
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
    }

    private static VBox placeholder(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label body = new Label(text);
        body.getStyleClass().add("muted");
        body.setWrapText(true);
        VBox box = new VBox(10, heading, body);
        box.setMaxWidth(460);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        box.setPadding(new Insets(40));
        return box;
    }

    private static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
