package dev.keyhaven.ui.form;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.FocusScrolling;
import dev.keyhaven.ui.controls.FormSection;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.Purpose;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import dev.keyhaven.ui.common.PlatformShortcuts;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import static dev.keyhaven.ui.form.FormLayout.field;
import static dev.keyhaven.ui.form.FormLayout.note;

/** Label, purpose, where the key lives, the three credentials and notes; Save with Ctrl+S. */
public final class CredentialsFormView extends ScrollPane implements dev.keyhaven.ui.common.UnsavedInput {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final CredentialsFormViewModel model;
    private final Map<CredentialField, SecretInput> inputs;
    private final CredentialsSection credentials;
    private final ValidationSupport validation = new ValidationSupport();
    private final HBox actionRow = new HBox(10);
    /** Each field that can stop a save: its control (focused then) and its box (scrolled into view). */
    private final Map<FormPart, Node> controls = new EnumMap<>(FormPart.class);
    private final Map<FormPart, Node> boxes = new EnumMap<>(FormPart.class);
    private final TitledPane advanced;
    private final Label lockNotice = note("warning-note");
    private Runnable onCancel;
    /** A new key was saved: its page replaces this form (and wipes its fields); nothing is left to lose here. */
    private boolean replacedSoon;

    public CredentialsFormView(CredentialsFormViewModel model) {
        this.model = model;
        getStyleClass().addAll("credentials-form", "edge-to-edge");
        setFitToWidth(true);
        FocusScrolling.follow(this);

        VBox content = new VBox(18);
        content.getStyleClass().add("form-content");
        content.setPadding(new Insets(20, 24, 24, 24));
        WhereSection where = new WhereSection(model, validation);
        advanced = where.advanced();
        controls.put(FormPart.BASE_URL, where.baseUrl());
        boxes.put(FormPart.BASE_URL, where.baseUrlBox());
        credentials = new CredentialsSection(model, validation);
        inputs = credentials.inputs();
        inputs.forEach((field, input) -> {
            controls.put(FormPart.of(field), input.field());
            boxes.put(FormPart.of(field), credentials.box(field));
        });
        lockNotice.setId("lock-notice");
        content.getChildren().addAll(savedNotice(), lockNotice, nameSection(), where.node(), credentials.node(),
                notesSection(), actions());
        setContent(content);
        model.savesProperty().addListener((observable, was, now) -> saved());
        model.apiKeyRefusalsProperty().addListener((observable, was, now) -> bringIntoView(FormPart.API_KEY));
        sceneProperty().addListener((observable, was, now) -> {
            if (now == null && replacedSoon) {
                wipe();
            }
        });
        // Red marks appear once the user tries to save, not while the form is still empty.
        validation.setErrorDecorationEnabled(false);

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event) || savesOnEnter(event)) {
                event.consume();
                save();
            } else if (event.getCode() == KeyCode.ESCAPE && onCancel != null) {
                event.consume();
                onCancel.run();
            }
        });
    }

    /** Enter in a one-line field saves, as in any form; in the notes it starts a new line. */
    private static boolean savesOnEnter(KeyEvent event) {
        return event.getCode() == KeyCode.ENTER && !event.isShiftDown() && !event.isControlDown()
                && event.getTarget() instanceof TextField;
    }

    /**
     * Gives the form a Cancel button (and Esc) that runs {@code cancel}: the page that opened a new key's
     * form passes the way back.
     */
    public void setOnCancel(Runnable cancel) {
        boolean first = onCancel == null;
        onCancel = cancel;
        if (first) {
            Button button = new Button("Cancel");
            button.setId("cancel-key");
            button.setTooltip(new Tooltip("Leave without saving (Esc)"));
            button.setCancelButton(false);
            button.setOnAction(event -> onCancel.run());
            actionRow.getChildren().add(1, button);
        }
    }

    private Node savedNotice() {
        Label notice = note("warning-note");
        notice.setId("saved-notice");
        notice.textProperty().bind(model.savedNoticeProperty());
        return notice;
    }

    private Node nameSection() {
        TextField label = new TextField();
        label.setId("key-label");
        label.setPromptText("For example: Grid bot, Tax journal");
        label.textProperty().bindBidirectional(model.labelProperty());
        // Not "required": ControlsFX would mark the field red even when it is filled.
        validation.registerValidator(label, false, Validator.createEmptyValidator("A label is required", Severity.ERROR));
        if (model.isNew()) {
            dev.keyhaven.ui.controls.InitialFocus.request(label);
        }
        Label labelProblem = note("error-note");
        labelProblem.setId("label-problem");
        labelProblem.textProperty().bind(model.labelProblemProperty());

        ToggleGroup purposes = new ToggleGroup();
        VBox choices = new VBox(8);
        for (Purpose purpose : Purpose.values()) {
            RadioButton choice = new RadioButton(purpose.displayName() + ": " + purpose.permissionSummary());
            choice.setId("purpose-" + purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            choice.setUserData(purpose);
            choice.setToggleGroup(purposes);
            choice.setSelected(model.purposeProperty().get() == purpose);
            choices.getChildren().add(choice);
        }
        purposes.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now != null) {
                model.purposeProperty().set((Purpose) now.getUserData());
            }
        });
        // The guide may change the purpose of a form it opened.
        model.purposeProperty().addListener((observable, was, now) -> purposes.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(purposes::selectToggle));
        // Advice, drawn as a calm note for every key; the red alarm only for a key OKX said can withdraw (walk 24).
        Label withdraw = note("info-note");
        withdraw.setId("withdraw-advice");
        showWithdrawAdvice(withdraw, model.canWithdrawProperty().get());
        model.canWithdrawProperty().addListener((observable, was, now) -> showWithdrawAdvice(withdraw, now));
        VBox labelBox = field("_Label", label, labelProblem);
        controls.put(FormPart.LABEL, label);
        boxes.put(FormPart.LABEL, labelBox);
        return new FormSection("Name and purpose",
                labelBox,
                field("What is the key for?", choices, withdraw));
    }

    private static void showWithdrawAdvice(Label advice, boolean canWithdraw) {
        advice.setText(canWithdraw ? "OKX said this key can WITHDRAW. " + KeyStatus.WITHDRAW_FIX
                : "Never enable Withdraw on OKX for this key. No bot, platform or journal needs it, and a leaked key"
                        + " with Withdraw can empty your account. For a platform, choose the access it asked for:"
                        + " Keyhaven then flags a key that can do more.");
        advice.getStyleClass().removeAll("info-note", "withdraw-warning");
        advice.getStyleClass().add(canWithdraw ? "withdraw-warning" : "info-note");
    }

    private Node notesSection() {
        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.setPromptText("Which bot uses it, the IP you bound, anything worth remembering. Never a password.");
        notes.textProperty().bindBidirectional(model.notesProperty());
        dev.keyhaven.ui.controls.TabMovesFocus.on(notes);
        return new FormSection("Notes", notes);
    }

    private Node actions() {
        Button save = new Button(model.isNew() ? "_Save key" : "_Save changes");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setId("save-key");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save (Enter or " + PlatformShortcuts.describe(PlatformShortcuts.SAVE) + ")"));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> save());

        Label message = note("form-message");
        message.setId("form-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);

        HBox row = actionRow;
        row.getChildren().add(save);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!model.isNew()) {
            javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
            HBox.setHgrow(spacer, Priority.SOMETIMES);
            Button delete = new Button("_Delete key…");
            delete.setId("delete-key");
            delete.getStyleClass().add("danger");
            delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            delete.disableProperty().bind(model.busyProperty());
            delete.setOnAction(event -> model.delete());
            row.getChildren().addAll(spacer, delete);
        }
        // Under the buttons, not beside them: a long sentence wraps there and never squeezes a button to "…".
        VBox actions = new VBox(8, row, message);
        // Ctrl+S or Enter saves from any field, perhaps far above: "Saving…" and the greyed Save scroll into
        // view as they do when Save is clicked.
        model.busyProperty().addListener((observable, was, now) -> {
            if (now) {
                applyCss();
                layout();
                FocusScrolling.scrollTo(this, actions);
            }
        });
        return actions;
    }

    private void save() {
        validation.setErrorDecorationEnabled(true);
        credentials.reviewAll();
        try (Secret apiKey = inputs.get(CredentialField.API_KEY).secret();
                Secret secretKey = inputs.get(CredentialField.SECRET_KEY).secret();
                Secret passphrase = inputs.get(CredentialField.PASSPHRASE).secret()) {
            model.save(apiKey, secretKey, passphrase);
        }
        model.stoppedAt().ifPresent(this::bringIntoView);
    }

    /**
     * After a save: the secret fields are stored now. A new key's page comes next and wipes them as it
     * replaces the form; emptied before, they would show for a moment as a blank form flagged red.
     */
    private void saved() {
        validation.setErrorDecorationEnabled(false);
        if (model.isNew()) {
            replacedSoon = true;
            getContent().setDisable(true);
        } else {
            wipe();
        }
    }

    /** A refused or cancelled save: the first field that stopped it gets the focus, scrolled into view with its sentence. */
    private void bringIntoView(FormPart part) {
        if (part == FormPart.BASE_URL) {
            advanced.setExpanded(true);
        }
        controls.get(part).requestFocus();
        applyCss();
        layout();
        FocusScrolling.scrollTo(this, boxes.get(part));
    }

    /** What the form is about, for a sentence: the key's quoted label, or "The new key". */
    @Override
    public String subject() {
        return model.editing().map(key -> "\u201c" + key.label() + "\u201d").orElse("The new key");
    }

    /**
     * How to keep what was typed, for the discard question: Save, unless Save refuses the API key typed now;
     * then what would make Save possible.
     */
    @Override
    public String howToKeep() {
        return model.saveRefusedOverApiKey() ? "paste a new key's API key, then "
                + dev.keyhaven.ui.common.UnsavedInput.super.howToKeep() + ": Save refuses this one, an archived key's"
                : dev.keyhaven.ui.common.UnsavedInput.super.howToKeep();
    }

    /** True when leaving the form would lose something typed: a changed value, or a secret not yet saved. */
    @Override
    public boolean hasUnsavedChanges() {
        return !replacedSoon && (model.hasUnsavedChanges() && !model.busyProperty().get()
                || inputs.values().stream().anyMatch(input -> input.field().secretLengthProperty().get() > 0));
    }

    /**
     * Before a lock, for a new key: what the form keeps (label, choices, address, notes, API key); the secret
     * key and the passphrase are not kept. The caller closes the draft.
     */
    public FormDraft keepOverLock() {
        return new FormDraft(model, inputs.get(CredentialField.API_KEY).secret(), typed(CredentialField.SECRET_KEY),
                typed(CredentialField.PASSPHRASE));
    }

    /**
     * After unlock: the values kept over the lock, and one sentence on what the lock cleared.
     * {@code passphraseCameBack}: the page filled the passphrase again (the generated one).
     */
    public void restore(FormDraft draft, boolean passphraseCameBack) {
        draft.restoreInto(model, inputs.get(CredentialField.API_KEY)::setSecret);
        lockNotice.setText(draft.clearedSentence(passphraseCameBack));
    }

    /**
     * After unlock: the caret in the first empty field (the label, then the API key, the secret key the lock
     * cleared, the passphrase), scrolled into view, so that typing and Esc work at once.
     */
    public void focusFirstEmpty() {
        FormPart first = FormPart.LABEL;
        if (model.labelProperty().get() != null && !model.labelProperty().get().isBlank()) {
            first = java.util.stream.Stream.of(CredentialField.API_KEY, CredentialField.SECRET_KEY,
                    CredentialField.PASSPHRASE).filter(field -> !typed(field)).findFirst().map(FormPart::of)
                    .orElse(FormPart.LABEL);
        }
        FormPart part = first;
        dev.keyhaven.ui.controls.InitialFocus.request(controls.get(part), () -> {
            applyCss();
            layout();
            FocusScrolling.scrollTo(this, boxes.get(part));
        });
    }

    private boolean typed(CredentialField field) {
        return inputs.get(field).field().secretLengthProperty().get() > 0;
    }

    /** Empties the secret fields (after a save, on lock, when the form closes). */
    public void wipe() {
        inputs.values().forEach(SecretInput::wipe);
    }

    /** The passphrase's hint says the guide generated it while {@code generated} is true. */
    public void passphraseGeneratedWhile(javafx.beans.value.ObservableBooleanValue generated) {
        credentials.passphraseGeneratedWhile(generated);
    }

    public SecretInput input(CredentialField field) {
        return inputs.get(field);
    }

}
