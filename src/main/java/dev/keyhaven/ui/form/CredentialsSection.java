package dev.keyhaven.ui.form;

import static dev.keyhaven.ui.form.FormLayout.field;
import static dev.keyhaven.ui.form.FormLayout.note;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.FormSection;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.ui.controls.SecretTabOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The form's three credentials: each field with Show and Copy, and the notes said under it (spaces removed,
 * an unusual shape, what stops a save, the same API key saved as another key). Nothing said while the
 * trader types moves the fields below: the notes take the room kept for them ({@link NoteSlot}), and the
 * long same-API-key note waits until the field is left ({@link SteadyNote}).
 */
final class CredentialsSection {

    private static final String TYPED_PASSPHRASE = "The passphrase you typed when you created the key on OKX.";
    private static final String GENERATED_PASSPHRASE = "Keyhaven generated it in the guide, for you to paste into OKX"
            + " as the key's passphrase. If you typed another one on OKX, put that one here.";

    /**
     * What the three fields say while typed at their longest (a value of an unusual length): each field keeps
     * the room of the tallest, so the three are spaced alike.
     */
    private static final List<String> TYPING_NOTES = typingNotes();

    private final CredentialsFormViewModel model;
    private final Map<CredentialField, SecretInput> inputs = new EnumMap<>(CredentialField.class);
    private final Map<CredentialField, Node> boxes = new EnumMap<>(CredentialField.class);
    private final Map<CredentialField, BooleanProperty> typing = new EnumMap<>(CredentialField.class);
    private final Node section;
    private final StringProperty passphraseHint = new SimpleStringProperty(this, "passphraseHint", TYPED_PASSPHRASE);

    CredentialsSection(CredentialsFormViewModel model, ValidationSupport validation) {
        this.model = model;
        VBox fields = new VBox(8);
        for (CredentialField field : CredentialField.values()) {
            fields.getChildren().add(fieldBox(field, validation));
        }
        holdWhileAsking();
        Label hint = note("muted");
        hint.setText("OKX shows the secret key only once, right after you create the key. The passphrase is the"
                + " one you chose then; nobody can recover it.");
        fields.getChildren().add(hint);
        SecretTabOrder.within(fields, inputs.get(CredentialField.API_KEY), inputs.get(CredentialField.SECRET_KEY),
                inputs.get(CredentialField.PASSPHRASE));
        section = new FormSection("Credentials", fields);
    }

    Node node() {
        return section;
    }

    /** While one field asks for the master password, what the others show stays shown (walk24 #9). */
    private void holdWhileAsking() {
        for (SecretInput input : inputs.values()) {
            javafx.beans.binding.BooleanBinding othersAsking = javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> inputs.values().stream().anyMatch(other -> other != input
                            && other.fetchingStoredProperty().get()),
                    inputs.values().stream().map(SecretInput::fetchingStoredProperty)
                            .toArray(javafx.beans.Observable[]::new));
            othersAsking.addListener((observable, was, now) -> input.holdAutoHide(now));
            input.getProperties().put("keyhaven.othersAsking", othersAsking);
        }
    }

    Map<CredentialField, SecretInput> inputs() {
        return inputs;
    }

    /** The field with its notes, for scrolling a refused save's field into view. */
    Node box(CredentialField field) {
        return boxes.get(field);
    }

    private Node fieldBox(CredentialField field, ValidationSupport validation) {
        SecretInput input = new SecretInput(field.displayName());
        input.setId(switch (field) {
            case API_KEY -> "api-key";
            case SECRET_KEY -> "secret-key";
            case PASSPHRASE -> "passphrase";
        });
        if (!model.isNew()) {
            input.field().setPromptText(field == CredentialField.API_KEY
                    ? "Stored: Show shows it; paste to replace it."
                    : "Stored: empty keeps it; paste to replace it.");
            input.setStoredValue((show, refused) -> model.revealStored(field, show, input::checkingPassword, refused));
        }
        // The API key names the key (OKX shows it in the list of keys); only the other two are secrets.
        input.setPlain(field == CredentialField.API_KEY);
        inputs.put(field, input);
        if (model.isNew()) {
            validation.registerValidator(input.field(), false,
                    Validator.createEmptyValidator("The " + field.inSentence() + " is required", Severity.ERROR));
        }
        input.getChildren().add(copyButton(field, input));

        BooleanProperty typing = new SimpleBooleanProperty(false);
        this.typing.put(field, typing);
        Label trimmed = note("info-note");
        trimmed.setId(input.getId() + "-trimmed");
        trimmed.textProperty().bind(model.trimNoticeProperty(field));
        Label shape = note("warning-note");
        shape.setId(input.getId() + "-shape");
        shape.textProperty().bind(model.shapeWarningProperty(field));
        Label problem = note("error-note");
        problem.setId(input.getId() + "-problem");
        problem.textProperty().bind(model.credentialProblemProperty(field));
        // Said on every change, cleared as soon as the value is right. Spaces are trimmed only after a
        // paste (many characters at once) and when the field is left: one typed must not vanish mid-word.
        input.field().secretLengthProperty().addListener((observable, was, now) -> {
            boolean pasted = Math.abs(now.intValue() - was.intValue()) > 1;
            // A note that moves the fields below waits while the field has the caret, pasted or typed: the
            // trader is aiming at the next field then. It comes when the field is left, or before a save.
            typing.set(input.field().isFocused());
            if (pasted || !input.field().isFocused()) {
                review(field, input);
            } else {
                try (Secret value = input.secret()) {
                    model.reviewWhileTyping(field, value);
                }
            }
        });
        input.field().focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                review(field, input);
                typing.set(false);
            }
        });
        VBox box = field(field == CredentialField.API_KEY ? "_API key"
                : field == CredentialField.SECRET_KEY ? "_Secret key" : "_Passphrase", input,
                NoteSlot.of(field == CredentialField.PASSPHRASE ? passphraseHint : new SimpleStringProperty(hint(field)),
                        input.getId() + "-hint", TYPING_NOTES, problem, trimmed, shape));
        if (field == CredentialField.API_KEY) {
            box.getChildren().add(sameApiKeyNote(typing));
        }
        boxes.put(field, box);
        return box;
    }

    /**
     * The passphrase hint says the guide generated the passphrase while {@code generated} is true (it was
     * filled in from the guide); otherwise that it is the one typed on OKX.
     */
    void passphraseGeneratedWhile(javafx.beans.value.ObservableBooleanValue generated) {
        passphraseHint.bind(javafx.beans.binding.Bindings.when(generated).then(GENERATED_PASSPHRASE)
                .otherwise(TYPED_PASSPHRASE));
    }

    private static List<String> typingNotes() {
        List<String> notes = new java.util.ArrayList<>();
        for (CredentialField field : CredentialField.values()) {
            try (Secret odd = Secret.ofString("x".repeat(100))) {
                CredentialShape.warning(field, odd).ifPresent(notes::add);
            }
        }
        return List.copyOf(notes);
    }

    /** What the field expects, said where its notes appear while it has none. */
    private static String hint(CredentialField field) {
        return switch (field) {
            case API_KEY -> "36 characters, like 1a2b3c4d-0000-1111-2222-333344445555.";
            case SECRET_KEY -> "32 characters of 0-9 and A-F.";
            case PASSPHRASE -> TYPED_PASSPHRASE;
        };
    }

    private Button copyButton(CredentialField field, SecretInput input) {
        Button copy = new Button("Copy");
        copy.setId(input.getId() + "-copy");
        copy.setTooltip(new Tooltip("Copy the " + field.inSentence() + "; the clipboard is cleared again shortly"));
        if (model.isNew()) {
            // Nothing is stored yet: with the field empty there is nothing to copy.
            copy.disableProperty().bind(input.field().emptyBinding());
        }
        copy.setOnAction(event -> {
            try (Secret value = input.secret()) {
                model.copy(field, value);
            }
        });
        return copy;
    }

    /** The API key is saved as another key already: said before the save, with the way to that key. */
    private Node sameApiKeyNote(BooleanProperty typing) {
        Label sentence = SteadyNote.following(model.sameApiKey().noticeProperty(), typing, "warning-note");
        sentence.setId("api-key-same");
        Button open = new Button("Open the other key");
        open.setId("open-same-key");
        open.setOnAction(event -> model.sameApiKey().openOtherKey());
        open.visibleProperty().bind(sentence.visibleProperty());
        open.managedProperty().bind(sentence.managedProperty());
        VBox box = new VBox(4, sentence, open);
        box.managedProperty().bind(sentence.managedProperty());
        return box;
    }

    /** Before a save: every value reviewed as if left, and every note said (a value typed last is not left yet). */
    void reviewAll() {
        inputs.forEach((field, input) -> {
            review(field, input);
            typing.get(field).set(false);
        });
    }

    /** Reviews the value as pasted or left; spaces around it are removed from the field. */
    private void review(CredentialField field, SecretInput input) {
        Optional<Secret> trimmed;
        try (Secret value = input.secret()) {
            trimmed = model.review(field, value);
        }
        trimmed.ifPresent(clean -> {
            try (clean) {
                input.setSecret(clean);
            }
        });
    }
}
