package dev.keyhaven.ui.rotate;

import atlantafx.base.theme.Styles;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.PlatformShortcuts;
import dev.keyhaven.ui.common.ReservedNote;
import dev.keyhaven.ui.common.SameApiKey;
import dev.keyhaven.ui.common.UnsavedInput;
import dev.keyhaven.ui.controls.FocusPlace;
import dev.keyhaven.ui.controls.FocusScrolling;
import dev.keyhaven.ui.controls.InitialFocus;
import dev.keyhaven.ui.controls.ScrollingPage;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.ui.controls.SecretTabOrder;
import dev.keyhaven.vault.KeyRecord;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rotation page: the rotation checklist above (the shell passes its guide in, without a scroll pane of
 * its own) and, below it, the new key's three values with "Replace the key", scrolling as one page.
 */
public final class RotateView extends VBox implements UnsavedInput {

    private final RotateViewModel model;
    private final SecretInput apiKey = plain(input("new-api-key", "New API key"));
    private final SecretInput secretKey = input("new-secret-key", "New secret key");
    private final SecretInput passphrase = input("new-passphrase", "New passphrase");

    private final Button cancel = new Button("Cancel");
    private final Label sameApiKey = wrapped(new Label());
    private final Button openSameKey = new Button("Open the other key");
    private final Label lockNotice = wrapped(new Label());
    private final ScrollPane page;
    private Node card;
    private Label message;

    public RotateView(Node guide, RotateViewModel model) {
        this.model = model;
        setId("rotate-view");
        getStyleClass().add("rotate-view");
        // One page: in a short window the checklist and the entry scroll together, neither squeezed to a strip.
        page = ScrollingPage.of("rotate-scroll", guide, entry());
        FocusScrolling.revealWhenSaid(page, message);
        getChildren().add(page);
    }

    /**
     * Says, before the rotation, that the new API key is saved as another key already, with the way there
     * ({@code open}; leaving this page asks first, as always).
     */
    public void warnOfSameApiKey(SameApiKey finder,
            Consumer<KeyRecord> open) {
        KeyRecord[] found = new KeyRecord[1];
        apiKey.field().secretLengthProperty().addListener((observable, was, now) -> {
            try (Secret value = apiKey.secret()) {
                finder.find(value, other -> {
                    found[0] = other.orElse(null);
                    sameApiKey.setText(other.map(finder::sentenceFor).orElse(""));
                });
            }
        });
        openSameKey.setOnAction(event -> {
            if (found[0] != null) {
                open.accept(found[0]);
            }
        });
    }

    /** What Cancel does: back to the key, nothing changed. */
    public void setOnCancel(Runnable action) {
        cancel.setOnAction(event -> action.run());
    }

    private Node entry() {
        Label heading = new Label("The new key's three values");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label carried = wrapped(new Label(model.carriedOver()));
        carried.getStyleClass().add(Styles.TEXT_MUTED);
        carried.setId("rotate-carried-over");

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, fieldLabel("API key", apiKey), apiKey);
        fields.addRow(1, fieldLabel("Secret key", secretKey), secretKey);
        fields.addRow(2, fieldLabel("Passphrase", passphrase), passphrase);
        GridPane.setHgrow(apiKey, Priority.ALWAYS);
        SecretTabOrder.within(fields, apiKey, secretKey, passphrase);

        Button replace = new Button("Replace the key");
        replace.setId("replace-key");
        replace.getStyleClass().add(Styles.ACCENT);
        replace.disableProperty().bind(model.busyProperty());
        replace.setOnAction(event -> rotate());
        replace.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("cancel-rotate");
        cancel.setCancelButton(true);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(model.busyProperty());
        message = wrapped(new Label());
        message.setId("rotate-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // Under the buttons, not beside them: a long sentence wraps there and never squeezes a button to "…".
        HBox actions = new HBox(12, replace, cancel);
        actions.setId("rotate-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        FocusPlace.keep(replace, actions);

        sameApiKey.setId("new-api-key-same");
        sameApiKey.getStyleClass().add(Styles.WARNING);
        openSameKey.setId("open-same-key");
        // Its room is kept: the note appearing as a key is pasted moves neither the fields nor the buttons.
        Node sameKeyRoom = ReservedNote.of("Paste the values OKX showed when you created the new key. Keyhaven"
                + " says here if the API key is saved in Keyhaven already.", sameApiKey, openSameKey);
        lockNotice.setId("rotate-lock-notice");
        lockNotice.getStyleClass().add(Styles.WARNING);
        lockNotice.managedProperty().bind(lockNotice.textProperty().isNotEmpty());
        lockNotice.visibleProperty().bind(lockNotice.managedProperty());
        VBox card = new VBox(10, heading, carried, lockNotice, fields, sameKeyRoom, actions, message);
        this.card = card;
        card.setId("rotate-entry");
        replaceOnEnter(card, replace);
        card.getStyleClass().addAll("rotate-entry", Styles.BORDER_DEFAULT, Styles.BG_SUBTLE);
        card.setPadding(new Insets(14, 16, 16, 16));
        VBox.setMargin(card, new Insets(0, 16, 16, 16));
        return card;
    }

    /**
     * Enter in one of the three fields, or the save shortcut, presses "Replace the key", as Enter saves the
     * credentials form: a missing value is then named under the buttons.
     */
    private void replaceOnEnter(Node card, Button replace) {
        card.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean enterInField = event.getCode() == KeyCode.ENTER && !event.isShiftDown()
                    && !event.isShortcutDown() && event.getTarget() instanceof TextField;
            if (enterInField || PlatformShortcuts.SAVE.match(event)) {
                event.consume();
                if (!replace.isDisabled()) {
                    replace.fire();
                }
            }
        });
    }

    /** True when a value was typed (or the checklist's passphrase put in) and the key not yet replaced. */
    @Override
    public boolean hasUnsavedChanges() {
        return !model.busyProperty().get() && java.util.stream.Stream.of(apiKey, secretKey, passphrase)
                .anyMatch(input -> input.field().secretLengthProperty().get() > 0);
    }

    @Override
    public String subject() {
        return "The rotation";
    }

    @Override
    public String howToKeep() {
        return "press Replace the key";
    }

    /**
     * Moves the keyboard to the first value (the checklist's "save the new key" step), with the whole entry
     * (the three fields and "Replace the key") scrolled into view.
     */
    public void focusEntry() {
        apiKey.field().requestFocus();
        page.applyCss();
        page.layout();
        FocusScrolling.scrollTo(page, card);
    }

    /**
     * After unlock: the caret in the first empty value (the secret key the lock cleared, say), scrolled into view,
     * so that typing and Esc work at once; the API key when none is empty.
     */
    public void focusFirstEmpty() {
        SecretInput first = java.util.stream.Stream.of(apiKey, secretKey, passphrase).filter(input -> !typed(input))
                .findFirst().orElse(apiKey);
        InitialFocus.request(first.field(), () -> {
            page.applyCss();
            page.layout();
            FocusScrolling.scrollTo(page, card);
            FocusScrolling.scrollTo(page, first);
        });
    }

    /**
     * Before a lock: what the rotation keeps (the new API key); the secret key and the passphrase are not
     * kept. The caller closes the draft.
     */
    public RotationDraft keepOverLock() {
        return new RotationDraft(apiKey.secret(), typed(secretKey), typed(passphrase));
    }

    /**
     * After unlock: the values kept over the lock, and one sentence on what the lock cleared.
     * {@code passphraseCameBack}: the page filled the passphrase again (the generated one).
     */
    public void restore(RotationDraft draft, boolean passphraseCameBack) {
        if (!draft.apiKey().isEmpty()) {
            apiKey.setSecret(draft.apiKey());
        }
        lockNotice.setText(draft.clearedSentence(passphraseCameBack));
    }

    private static boolean typed(SecretInput input) {
        return input.field().secretLengthProperty().get() > 0;
    }

    /** Puts the passphrase the checklist generated into the entry; the caller closes {@code generated}. */
    public void usePassphrase(Secret generated) {
        passphrase.setSecret(generated);
    }

    private void rotate() {
        SecretInput missing = null;
        try (Secret api = apiKey.secret(); Secret secret = secretKey.secret(); Secret phrase = passphrase.secret()) {
            missing = blank(api) ? apiKey : blank(secret) ? secretKey : blank(phrase) ? passphrase : null;
            model.rotate(api, secret, phrase);
        }
        if (missing != null) {
            // The caret goes to the first empty field, scrolled into view with the sentence that names it.
            missing.field().requestFocus();
            page.applyCss();
            page.layout();
            FocusScrolling.scrollTo(page, message);
            FocusScrolling.scrollTo(page, missing);
        }
    }

    private static boolean blank(Secret value) {
        try (Secret stripped = value.stripped()) {
            return stripped.isEmpty();
        }
    }

    /** Empties the three fields (after the rotation, on lock, when the page closes). */
    public void wipe() {
        apiKey.wipe();
        secretKey.wipe();
        passphrase.wipe();
    }

    private static SecretInput input(String id, String name) {
        SecretInput input = new SecretInput(name);
        input.setId(id);
        return input;
    }

    /** The API key is not a secret: shown as typed or pasted, as the credentials form does. */
    private static SecretInput plain(SecretInput input) {
        input.setPlain(true);
        return input;
    }

    private static Label fieldLabel(String text, SecretInput input) {
        Label label = new Label(text);
        label.setLabelFor(input.field());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
