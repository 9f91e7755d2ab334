package dev.keyhaven.ui;

import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.UnsavedInput;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.form.CredentialField;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.form.CredentialsFormViewModel;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.newkey.AddKeyChoiceView;
import dev.keyhaven.ui.newkey.NewKeyPrefill;
import dev.keyhaven.ui.newkey.NewKeySession;
import dev.keyhaven.ui.newkey.PassphraseDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import dev.keyhaven.ui.keylist.KeyListItem;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * "Add key" (the toolbar, Ctrl+N): the choice between the guided path to a new key on OKX and the form
 * for a key the trader already has, and both of those pages.
 */
final class AddKeyOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final GuideSupport guides;
    private final AppConfig config;
    /** The key selected before Add key, shown again when the trader cancels; null for none. */
    private Long selectedBefore;
    /** The guide of the new key's page last put up (it may have been left since). */
    private GuideViewModel newKeyGuide;
    /** A generated passphrase kept over a lock, offered back after unlock; null when there is none. */
    private PassphraseDraft draft;

    AddKeyOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
            BackgroundWork work, Dialogs dialogs, Toast toast, GuideSupport guides, AppConfig config) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.keyPages = keyPages;
        this.work = work;
        this.dialogs = dialogs;
        this.toast = toast;
        this.guides = guides;
        this.config = config;
    }

    /** The choice: create a new key with the guide, or store one the trader already has. */
    void open() {
        if (!navigator.mayLeavePage()) {
            return;
        }
        KeyListItem before = keyList.selectedProperty().get();
        selectedBefore = before == null ? null : before.key().id();
        keyList.selectedProperty().set(null);
        navigator.show(cancellable(Pages.titled("Add a key", new AddKeyChoiceView(
                () -> openNewKeyGuide(Purpose.TRADING, Environment.LIVE, Region.GLOBAL),
                this::openEmptyForm))));
    }

    /** Leaves Add key (its Cancel, or Esc) for the key shown before, asking first if something was typed. */
    void cancel() {
        if (!session.isOpen() || !navigator.mayLeavePage()) {
            return;
        }
        KeyListItem before = selectedBefore == null ? null : keyList.find(selectedBefore).orElse(null);
        selectedBefore = null;
        if (before == null) {
            keyPages.show(null);
        } else {
            keyList.selectedProperty().set(before);
        }
    }

    /** Esc anywhere on an Add key page cancels, unless a control used it (a list popup closing, say). */
    private Node cancellable(Node page) {
        page.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancel();
            }
        });
        return page;
    }

    private void openEmptyForm() {
        keyList.selectedProperty().set(null);
        Vault unlocked = session.current();
        CredentialsFormView form = keyPages.credentialsForm(null, outcome -> savedExisting(unlocked, outcome));
        form.setOnCancel(this::cancel);
        navigator.show(cancellable(Pages.titled("Add a key", form)), null, form);
    }

    /** A key the trader already had is marked so, so its Guide tab checks it instead of walking through making it. */
    private void savedExisting(Vault unlocked, SaveOutcome outcome) {
        work.run(() -> {
            unlocked.setChecklistDone(outcome.record().id(), Set.of(GuideChoice.ADDED_EXISTING));
            return outcome;
        }, stored -> showExisting(unlocked, stored), failure -> {
            toast.show(ErrorReporter.sentenceFor(failure));
            showExisting(unlocked, outcome);
        });
    }

    private void showExisting(Vault unlocked, SaveOutcome outcome) {
        if (session.isCurrent(unlocked)) {
            // Made without Keyhaven's guide: what the trader needs next is a check, on its Status tab.
            keyPages.focusCheckNowWhenShown(outcome.record().id());
            keyPages.checkWhenShown(outcome.record().id());
            keyPages.showSaved(unlocked, outcome, 2, "Saved \"" + outcome.record().label() + "\". Checking it with OKX…");
        }
    }

    /**
     * The guide for a key that does not exist yet, beside the form it fills: "save the three values" opens
     * the form with the guide's choices, suggested label and generated passphrase. Ticks made before the
     * key exists are saved with it.
     */
    void openNewKeyGuide(Purpose purpose, Environment environment, Region region) {
        keyList.selectedProperty().set(null);
        NewKeySession newKey = new NewKeySession();
        TabPane tabs = new TabPane();
        tabs.setId("new-key-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab guideTab = new Tab("Guide");
        guideTab.setId("tab-new-guide");
        Tab formTab = new Tab("Credentials");
        formTab.setId("tab-new-credentials");
        NewKeyForm form = new NewKeyForm(newKey, tabs, formTab);
        GuideViewModel model = guides.model(guides.actions(
                () -> form.open(), () -> {
                    form.open();
                    toast.show("Save the key first: then Keyhaven can check it with OKX.");
                }, newKey::ticksChanged), () -> keyList.items().stream().map(item -> item.key().label()).toList());
        form.guide = model;
        newKeyGuide = model;
        model.showNewKey();
        model.purposeProperty().set(purpose);
        model.environmentProperty().set(environment);
        model.regionProperty().set(region);
        guideTab.setContent(new GuideView(model));
        Button openForm = new Button("Open the credentials form");
        openForm.setId("open-new-key-form");
        openForm.setOnAction(event -> form.open());
        VBox waiting = Pages.placeholder("Not yet: follow the guide first",
                "Create the key on OKX as the guide shows. Its step \"Save all three values\" brings you here"
                        + " with the purpose, label and passphrase filled in.");
        waiting.getChildren().add(openForm);
        formTab.setContent(waiting);
        tabs.getTabs().addAll(guideTab, formTab);
        navigator.show(cancellable(Pages.titled("Create a new key", tabs)), model, new NewKeyInput(model, form));
    }

    /**
     * Before a lock: a passphrase generated on the new key's page shown and not saved yet is kept, since the
     * trader may already have typed it into OKX. Everything else on the page is wiped as usual.
     */
    void keepDraftOnLock() {
        GuideViewModel guide = navigator.guide();
        if (guide == null || guide != newKeyGuide || !guide.passphraseReadyProperty().get()) {
            return;
        }
        discardDraft();
        draft = new PassphraseDraft(guide.passphraseCopy(), guide.purposeProperty().get(),
                guide.environmentProperty().get(), guide.regionProperty().get());
    }

    /** True while a passphrase kept over a lock waits to be offered back. */
    boolean holdsDraft() {
        return draft != null;
    }

    /** After unlock: the new key's guide again, with the passphrase kept over the lock. */
    void offerDraft() {
        if (draft == null || !session.isOpen()) {
            return;
        }
        PassphraseDraft kept = draft;
        draft = null;
        try (kept) {
            openNewKeyGuide(kept.purpose(), kept.environment(), kept.region());
            try (Secret passphrase = kept.passphrase()) {
                newKeyGuide.restorePassphrase(passphrase);
            }
        }
        toast.show("The passphrase you generated before the lock is back, unsaved: finish the new key and save it.");
    }

    /** Before the window closes while locked: a passphrase kept over the lock goes only when the trader says so. */
    boolean mayDropDraft() {
        if (draft == null) {
            return true;
        }
        boolean discard = dialogs.confirm("Discard the generated passphrase?", "The passphrase you generated for a"
                + " new key before the lock is not saved. If you typed it into OKX, only it works there. Discard it,"
                + " or choose Cancel, unlock and save the key with it.", "Discard passphrase");
        if (discard) {
            discardDraft();
        }
        return discard;
    }

    /** Wipes a passphrase kept over a lock (the trader let it go, or the app quits). */
    void discardDraft() {
        if (draft != null) {
            draft.close();
            draft = null;
        }
    }

    /**
     * What leaving the new key's page would lose: a generated passphrase (maybe typed into OKX already) or
     * what its credentials form holds.
     */
    private static final class NewKeyInput implements UnsavedInput {

        private final GuideViewModel guide;
        private final NewKeyForm form;

        NewKeyInput(GuideViewModel guide, NewKeyForm form) {
            this.guide = guide;
            this.form = form;
        }

        @Override
        public boolean hasUnsavedChanges() {
            return !form.saved && (guide.passphraseReadyProperty().get()
                    || form.view != null && form.view.hasUnsavedChanges());
        }

        @Override
        public String subject() {
            return guide.passphraseReadyProperty().get() ? "The new key, with the passphrase you generated,"
                    : "The new key";
        }

        @Override
        public String howToKeep() {
            return guide.passphraseReadyProperty().get()
                    ? "save the key with this passphrase (if you typed it into OKX, only this passphrase works there)"
                    : UnsavedInput.super.howToKeep();
        }
    }

    /** The credentials form of a key being created with the guide, made when the guide first asks for it. */
    private final class NewKeyForm {

        private final NewKeySession newKey;
        private final TabPane tabs;
        private final Tab tab;
        private GuideViewModel guide;
        private CredentialsFormViewModel model;
        private CredentialsFormView view;
        private String suggestedLabel = "";
        /** The key is in the vault, passphrase and all: nothing on the page is left to lose. */
        private boolean saved;

        NewKeyForm(NewKeySession newKey, TabPane tabs, Tab tab) {
            this.newKey = newKey;
            this.tabs = tabs;
            this.tab = tab;
        }

        void open() {
            Vault unlocked = session.current();
            if (unlocked == null) {
                return;
            }
            Collection<String> labels = keyList.items().stream().map(item -> item.key().label()).toList();
            NewKeyPrefill prefill = NewKeyPrefill.of(guide.purposeProperty().get(), guide.environmentProperty().get(),
                    guide.regionProperty().get(), LocalDate.now(config.clock()), labels);
            boolean untouched = model == null || !model.hasUnsavedChanges();
            if (model == null) {
                model = new CredentialsFormViewModel(unlocked, null, work, dialogs, session.clipboard()::copy,
                        () -> labels, outcome -> saved(unlocked, outcome), () -> { });
                model.setOnOpenOtherKey(keyPages::openOther);
            }
            if (model.labelProperty().get().isBlank() || model.labelProperty().get().equals(suggestedLabel)) {
                model.labelProperty().set(prefill.label());
                suggestedLabel = prefill.label();
            }
            model.purposeProperty().set(prefill.purpose());
            model.environmentProperty().set(prefill.environment());
            model.regionProperty().set(prefill.region());
            if (untouched) {
                model.takeAsUnchanged();
            }
            if (view == null) {
                view = new CredentialsFormView(model);
                view.setOnCancel(AddKeyOpener.this::cancel);
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
            saved = true;
            work.run(() -> {
                newKey.keySaved(unlocked, outcome.record());
                return outcome;
            }, stored -> showSavedKey(unlocked, stored), failure -> {
                toast.show(ErrorReporter.sentenceFor(failure));
                showSavedKey(unlocked, outcome);
            });
        }

        private void showSavedKey(Vault unlocked, SaveOutcome outcome) {
            if (session.isCurrent(unlocked)) {
                keyPages.checkWhenShown(outcome.record().id());
                keyPages.showSaved(unlocked, outcome, 0,
                        "Saved \"" + outcome.record().label() + "\". Checking it with OKX…");
            }
        }
    }
}
