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
import dev.keyhaven.ui.form.FormDraft;
import dev.keyhaven.ui.common.PageDraft;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.newkey.AddKeyChoiceView;
import dev.keyhaven.ui.newkey.NewKeyPrefill;
import dev.keyhaven.ui.newkey.NewKeySession;
import dev.keyhaven.ui.common.GeneratedPassphraseInput;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import java.time.LocalDate;
import java.util.Collection;
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
    /** The form of the new key's page last put up. */
    private NewKeyForm newKeyForm;

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
        openForm(null);
    }

    /** The form for a key the trader already has; {@code kept}: what it held when the app locked, or null. */
    private void openForm(FormDraft kept) {
        keyList.selectedProperty().set(null);
        Vault unlocked = session.current();
        CredentialsFormView form = keyPages.credentialsForm(null, outcome -> savedExisting(unlocked, outcome));
        form.setOnCancel(this::cancel);
        if (kept != null) {
            form.restore(kept, false);
        }
        navigator.show(cancellable(Pages.titled("Add a key", form)), null, new KeptForm(form, this::openForm));
        if (kept != null) {
            form.focusFirstEmpty();
        }
    }

    /** A key the trader already had is marked so, so its Guide tab checks it instead of walking through making it. */
    private void savedExisting(Vault unlocked, SaveOutcome outcome) {
        work.run(() -> {
            GuideChoice.markAddedExisting(unlocked, outcome.record().id());
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
        newKeyForm = form;
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
        GeneratedPassphraseInput unsaved = new GeneratedPassphraseInput(model, typedInto(form),
                passphrase -> draftOf(model, form, passphrase));
        form.unsaved = unsaved;
        unsaved.fillInto(passphrase -> {
            if (form.view != null) {
                form.view.input(CredentialField.PASSPHRASE).setSecret(passphrase);
            }
        });
        navigator.show(cancellable(Pages.titled("Create a new key", tabs)), model, unsaved);
    }

    /**
     * What the new key's page keeps over a lock: the guide's choices, the generated {@code passphrase} (or
     * null) and what is not secret in its form; null when there is nothing to keep.
     */
    private PageDraft draftOf(GuideViewModel model, NewKeyForm form, Secret passphrase) {
        FormDraft typed = form.view != null && form.view.hasUnsavedChanges() ? form.view.keepOverLock() : null;
        if (passphrase == null && typed == null) {
            return null;
        }
        Purpose purpose = model.purposeProperty().get();
        Environment environment = model.environmentProperty().get();
        Region region = model.regionProperty().get();
        return new PageDraft(() -> {
            openNewKeyGuide(purpose, environment, region);
            if (passphrase != null) {
                newKeyGuide.restorePassphrase(passphrase);
                toast.show("The passphrase you generated before the lock is back, unsaved: finish the new key and"
                        + " save it.");
            }
            if (typed != null) {
                newKeyForm.open();
                newKeyForm.view.restore(typed, passphrase != null);
                newKeyForm.view.focusFirstEmpty();
            }
        }, () -> {
            if (passphrase != null) {
                passphrase.close();
            }
            if (typed != null) {
                typed.close();
            }
        }, passphrase != null);
    }

    /** What the new key's credentials form would lose (the generated passphrase is counted around it). */
    private static UnsavedInput typedInto(NewKeyForm form) {
        return new UnsavedInput() {
            @Override
            public boolean hasUnsavedChanges() {
                return form.view != null && form.view.hasUnsavedChanges();
            }

            @Override
            public String subject() {
                return "The new key";
            }

            @Override
            public String howToKeep() {
                return form.view == null ? UnsavedInput.super.howToKeep() : form.view.howToKeep();
            }
        };
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
        /** The passphrase generated on the page, and the form, as what leaving would lose. */
        private GeneratedPassphraseInput unsaved;

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
                        () -> labels, outcome -> saved(unlocked, outcome), () -> { }, config.clock());
                model.sameApiKey().setOnOpenOtherKey(keyPages::openOther);
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
                view.passphraseGeneratedWhile(guide.passphraseReadyProperty());
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
            unsaved.saved();
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
                keyPages.focusTabsWhenShown(outcome.record().id());
                keyPages.showSaved(unlocked, outcome, 0,
                        "Saved \"" + outcome.record().label() + "\". Checking it with OKX…");
            }
        }
    }
}
