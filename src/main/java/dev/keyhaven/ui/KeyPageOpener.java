package dev.keyhaven.ui;

import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.form.CredentialsFormViewModel;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.status.InUseLine;
import dev.keyhaven.ui.status.StatusActions;
import dev.keyhaven.ui.status.StatusView;
import dev.keyhaven.ui.status.StatusViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A key's own page, opened by selecting the key in the list: its header and actions, and its Guide,
 * Credentials and Status tabs. With no key selected, the "Add your first key" or "Select a key" page.
 */
final class KeyPageOpener {

    /** What a key's page opens besides itself: the Rotate and leak pages, Add key, archiving a key OKX deleted. */
    record Elsewhere(Consumer<KeyRecord> rotate, Consumer<KeyRecord> revoke, Runnable addKey, KeyArchiver archiver) {
    }

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final GuideSupport guides;
    private final AppConfig config;
    private final LiveSettings settings;
    private final Consumer<String> openUrl;
    private final Elsewhere elsewhere;
    private final KeyPageFrame frame;
    private final OldKeyStep oldKeyStep;
    private final EmptyDetailPage emptyDetail;

    /** The key's page shown, its mark in the header and its Status tab's model. */
    private Node shownPage;
    private StatusMark shownMark;
    /** What the mark and More follow: the list's item or the Status tab's report, whichever is newer. */
    private NewestKeyAnswer shownAnswer;
    /** The credentials form last built for a stored key: its Withdraw advice follows the key's checks. */
    private CredentialsFormViewModel shownForm;
    private InUseLine shownInUse;
    private StatusViewModel currentStatus;
    private String pendingSaveNotice = "";
    private int lastTabIndex = 1;
    /** A key just rotated in, restored or added: its Status tab shows with the keyboard on Check now. */
    private Long onCheckNowWhenShown;
    /** After a rotation that Status tab also runs the check at once. */
    private boolean checkWhenShown;
    /** A key saved for the first time: its page checks it at once, whichever tab it opens on. */
    private Long checkNewKey;
    private StatusView shownStatus;
    /** A key just saved from the guided Add key: its page shows with the keyboard on its tabs. */
    private Long focusTabsWhenShown;

    KeyPageOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, BackgroundWork work,
            Dialogs dialogs, Toast toast, GuideSupport guides, AppConfig config, LiveSettings settings,
            Consumer<String> openUrl, Elsewhere elsewhere) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.work = work;
        this.dialogs = dialogs;
        this.toast = toast;
        this.guides = guides;
        this.config = config;
        this.settings = settings;
        this.openUrl = openUrl;
        this.elsewhere = elsewhere;
        this.frame = new KeyPageFrame(keyList, elsewhere);
        this.emptyDetail = new EmptyDetailPage(keyList, elsewhere.addKey());
        this.oldKeyStep = new OldKeyStep(session, navigator, work, toast, openUrl, config.clock());
        keyList.selectedProperty().addListener((observable, was, now) -> {
            if (!session.isOpen() || navigator.isRevertingSelection() || now == null && was == null
                    || showsAnotherPageOf(was, now)) {
                return;
            }
            if (onlyChecksChanged(was, now)) {
                refreshChecks(now);
            } else if (navigator.mayLeavePage()) {
                show(now);
            } else {
                Platform.runLater(() -> navigator.reselect(was));
            }
        });
        // The keys arrive after the main window: "Add your first key" must turn into "Select a key".
        Runnable emptyAgain = () -> {
            if (session.isOpen() && navigator.showsEmptyDetail() && keyList.selectedProperty().get() == null) {
                navigator.show(emptyDetail.page());
            }
        };
        keyList.items().addListener((ListChangeListener<KeyListItem>) change -> emptyAgain.run());
        // "Add your first key" only once a finished read found no keys, not while the keys are being read.
        keyList.readingProperty().addListener((observable, was, now) -> emptyAgain.run());
    }

    /** The page of {@code item}'s key, or the empty page when it is null. */
    void show(KeyListItem item) {
        Vault vault = session.current();
        if (vault == null) {
            return;
        }
        if (item == null) {
            navigator.show(emptyDetail.page());
            return;
        }
        KeyRecord key = item.key();
        TabPane tabs = new TabPane();
        tabs.setId("key-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab guide = new Tab("Guide");
        guide.setId("tab-guide");
        Tab credentials = new Tab("Credentials");
        credentials.setId("tab-credentials");
        Tab status = new Tab("Status");
        status.setId("tab-status");
        tabs.getTabs().addAll(guide, credentials, status);
        tabs.getSelectionModel().select(Math.min(lastTabIndex, 2));
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) ->
                lastTabIndex = now.intValue());
        // The models now (the guide's facts, the status and a check due), each tab's view when it first shows.
        GuideViewModel guideModel = guideModel(vault, key);
        InUseLine inUse = new InUseLine(java.time.ZoneId.systemDefault());
        inUse.show(item.inUse());
        StatusViewModel statusModel = statusModel(vault, key);
        boolean focusCheckNow = onCheckNowWhenShown != null && onCheckNowWhenShown == key.id();
        if (focusCheckNow) {
            onCheckNowWhenShown = null;
            if (checkWhenShown) {
                statusModel.checkNow();
            }
        }
        StatusMark mark = new StatusMark(item.status());
        NewestKeyAnswer answer = new NewestKeyAnswer(item, verdict -> {
            mark.show(verdict);
            withdrawAlarmFollows(item.key().id(), verdict);
        });
        statusModel.reportProperty().addListener((observable, was, now) -> answer.take(now));
        VBox page = frame.keyPage(item, mark, answer::unknownOnOkx, tabs);
        shownPage = page;
        shownMark = mark;
        shownAnswer = answer;
        shownInUse = inUse;
        shownStatus = null;
        CredentialsFormView[] form = new CredentialsFormView[1];
        dev.keyhaven.ui.common.TabBuiltWhenShown.content(guide, () -> new GuideView(guideModel));
        dev.keyhaven.ui.common.TabBuiltWhenShown.content(credentials, () -> {
            form[0] = credentialsForm(key);
            // Built after a check here, its alarm starts from the check's answer, not the list's older item.
            withdrawAlarmFollows(key.id(), answer.verdict());
            if (navigator.shows(page)) {
                navigator.guard(form[0]);
            }
            return form[0];
        });
        dev.keyhaven.ui.common.TabBuiltWhenShown.content(status, () -> statusContent(page, inUse, statusModel,
                focusCheckNow));
        oldKeyStep.showOn(vault, key.id(), page);
        navigator.show(page, guideModel, form[0]);
        if (focusTabsWhenShown != null && focusTabsWhenShown == key.id()) {
            focusTabsWhenShown = null;
            dev.keyhaven.ui.common.FocusWhenShown.request(tabs);
        }
    }

    /** The page of the key selected in the list (the way back from Settings, the archive, Check all). */
    void showSelected() {
        show(keyList.selectedProperty().get());
    }

    /** The credentials form of {@code key}, or the empty form of a new key when it is null. */
    CredentialsFormView credentialsForm(KeyRecord key) {
        return credentialsForm(key, this::saved);
    }

    /** As {@link #credentialsForm(KeyRecord)}, with {@code onSaved} told of a save instead of this page. */
    CredentialsFormView credentialsForm(KeyRecord key, Consumer<SaveOutcome> onSaved) {
        CredentialsFormViewModel model = new CredentialsFormViewModel(session.current(), key, work, dialogs,
                session.clipboard()::copy, () -> keyList.items().stream().map(item -> item.key().label()).toList(),
                onSaved, this::deleted, config.clock());
        model.sameApiKey().setOnOpenOtherKey(this::openOther);
        if (key != null) {
            model.canWithdrawProperty().set(keyList.find(key.id())
                    .map(item -> item.status() == dev.keyhaven.keys.KeyVerdict.CAN_WITHDRAW).orElse(false));
            shownForm = model;
        }
        if (key != null && !pendingSaveNotice.isEmpty()) {
            model.savedNoticeProperty().set(pendingSaveNotice);
            pendingSaveNotice = "";
        }
        return new CredentialsFormView(model);
    }

    /** Selects {@code other} in the list (its page then shows, after the leave question if need be). */
    void openOther(KeyRecord other) {
        keyList.find(other.id()).ifPresent(keyList.selectedProperty()::set);
    }

    /** After a key was saved elsewhere (the new-key guide): its page, on tab {@code tabIndex}, with its warnings. */
    void showSaved(Vault unlocked, SaveOutcome outcome, int tabIndex, String note) {
        pendingSaveNotice = String.join("\n", outcome.warnings());
        lastTabIndex = tabIndex;
        toast.show(note);
        keyList.reload(unlocked, outcome.record().id());
        backUpIfNone(unlocked);
    }

    /** A vault's first key saved: its first backup, in the background (Settings tells a failure). */
    private void backUpIfNone(Vault unlocked) {
        work.run(() -> {
            unlocked.backups().firstIfNone();
            return null;
        }, done -> { }, failure -> dev.keyhaven.ui.common.ErrorReporter.log(failure));
    }

    /** A key that needs a check now (added, restored): its page on the Status tab, the keyboard on Check now. */
    void showForCheck(Vault unlocked, long id) {
        lastTabIndex = 2;
        focusCheckNowWhenShown(id);
        keyList.reload(unlocked, id);
    }

    /** When the page of key {@code id} shows next, the keyboard waits on its Check now. */
    void focusCheckNowWhenShown(long id) {
        onCheckNowWhenShown = id;
        checkWhenShown = false;
    }

    /** When the page of key {@code id} shows next, the keyboard waits on its tabs (not on the toolbar's Add key). */
    void focusTabsWhenShown(long id) {
        focusTabsWhenShown = id;
    }

    /** A key saved for the first time: checked with OKX as soon as its page shows, as a changed one is. */
    void checkWhenShown(long id) {
        checkNewKey = id;
    }

    /**
     * After a rotation: the new key's page, whose Status tab checks it at once, with the next step above its
     * tabs: delete the old key ({@code oldId}) on OKX.
     */
    void showRotatedIn(Vault unlocked, KeyRecord replacement, long oldId) {
        oldKeyStep.remember(replacement.id(), oldId);
        showForCheck(unlocked, replacement.id());
        checkWhenShown = true;
    }

    /** The shown credentials form's Withdraw alarm follows the newest answer about its key, like the mark. */
    private void withdrawAlarmFollows(long keyId, dev.keyhaven.keys.KeyVerdict verdict) {
        if (shownForm != null && shownForm.editing().map(key -> key.id() == keyId).orElse(false)) {
            shownForm.canWithdrawProperty().set(verdict == dev.keyhaven.keys.KeyVerdict.CAN_WITHDRAW);
        }
    }

    /** Lets go of the key's page on lock. */
    void forget() {
        shownPage = null;
        shownMark = null;
        shownAnswer = null;
        shownInUse = null;
        shownForm = null;
        shownStatus = null;
        currentStatus = null;
    }

    private GuideViewModel guideModel(Vault unlocked, KeyRecord key) {
        GuideViewModel model = guides.model(guides.actions(
                () -> navigator.selectTab(1),
                () -> {
                    navigator.selectTab(2);
                    if (currentStatus != null) {
                        currentStatus.checkNow();
                    }
                    // The guide's button went with its tab: the keyboard waits on Check now, beside the verdict.
                    if (shownStatus != null) {
                        // A tab built just now: its view's content joins the scene at the next pulse.
                        dev.keyhaven.ui.common.FocusWhenShown.request(((javafx.scene.Parent) shownStatus.getContent()).lookup("#check-now"));
                    }
                },
                ticks -> guides.storeTicks(unlocked, key.id(), ticks)));
        model.showKey(key, GuideChoice.forKey(key, java.util.List.of()), VerifiedFacts.savedOnly());
        guides.loadVerifiedFacts(unlocked, key, model);
        return model;
    }

    private StatusViewModel statusModel(Vault unlocked, KeyRecord key) {
        StatusViewModel model = new StatusViewModel(unlocked, key.id(), session.keyService(), work, config.clock(),
                () -> settings.get().rotationReminderDays(),
                new StatusActions(openUrl, result -> {
                    if (session.isCurrent(unlocked)) {
                        keyList.reload(unlocked, key.id());
                    }
                }));
        // The status bar says how each check ended and when: it never keeps "Checking…" once one is over.
        model.checkEndedProperty().addListener((observable, was, ended) -> {
            if (!ended.isEmpty() && session.isCurrent(unlocked)) {
                toast.show(ended);
            }
        });
        model.load();
        currentStatus = model;
        if (checkNewKey != null && checkNewKey == key.id()) {
            checkNewKey = null;
            model.checkNow();
        }
        return model;
    }

    /** The Status tab's content; {@code focusCheckNow}: the next step is a check, the keyboard waits on it. */
    private Node statusContent(VBox page, InUseLine inUse, StatusViewModel model, boolean focusCheckNow) {
        StatusView view = new StatusView(model);
        VBox.setVgrow(view, Priority.ALWAYS);
        if (shownPage == page) {
            shownStatus = view;
        }
        if (focusCheckNow) {
            dev.keyhaven.ui.common.FocusWhenShown.request(((javafx.scene.Parent) view.getContent()).lookup("#check-now"));
        }
        return new VBox(inUse, view);
    }

    /** The list reloaded the selected key while another page of it (its rotation) shows: that page stays. */
    private boolean showsAnotherPageOf(KeyListItem was, KeyListItem now) {
        return was != null && now != null && was.key().id() == now.key().id() && !navigator.shows(shownPage)
                && !navigator.showsEmptyDetail();
    }

    /** The same key as shown: only its history grew (a check here or by a command, a hand-out). */
    private boolean onlyChecksChanged(KeyListItem was, KeyListItem now) {
        return was != null && was.sameKeyWithNewHistory(now) && navigator.shows(shownPage) && shownMark != null;
    }

    /**
     * Brings what the selected key's checks decide up to date: its mark, its Status tab and the steps its
     * Guide ticks itself. The Credentials tab, perhaps mid-edit, stays as it is.
     */
    private void refreshChecks(KeyListItem item) {
        shownAnswer.take(item);
        shownInUse.show(item.inUse());
        withdrawAlarmFollows(item.key().id(), shownAnswer.verdict());
        // A check under way here reloads the list when it ends, which brings its result.
        if (currentStatus != null && !currentStatus.checkingProperty().get()) {
            currentStatus.load();
        }
        if (navigator.guide() != null) {
            guides.loadVerifiedFacts(session.current(), item.key(), navigator.guide());
        }
    }

    private void saved(SaveOutcome outcome) {
        Vault vault = session.current();
        if (vault == null) {
            return;
        }
        pendingSaveNotice = String.join("\n", outcome.warnings());
        lastTabIndex = 1;
        toast.show("Saved \"" + outcome.record().label() + "\".");
        keyList.reload(vault, outcome.record().id());
        backUpIfNone(vault);
    }

    private void deleted() {
        Vault vault = session.current();
        if (vault == null) {
            return;
        }
        toast.show("Deleted the key from Keyhaven.");
        keyList.selectedProperty().set(null);
        keyList.reload(vault, null);
    }
}
