package dev.keyhaven.ui.controls;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.PlatformShortcuts;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * A {@link SecretField} with a reveal toggle. A revealed value is drawn on a canvas over the field,
 * so it is shown without ever being put into a text property; editing is paused while revealed, and
 * the value hides itself again after {@link AutoHide#DEFAULT_DELAY}.
 *
 * <p>Two options: a {@linkplain #setStoredValue stored value} that Show draws while the field is empty
 * (a saved key's value, fetched only when asked for and wiped when hidden), and {@linkplain #setPlain
 * plain} input for a value that is not a secret (the API key), drawn as it is typed or pasted.
 */
public class SecretInput extends HBox {

    /** Fetches a saved value for Show: calls {@code show} with it (and closes it after), or {@code refused}. */
    @FunctionalInterface
    public interface StoredValue {
        void reveal(Consumer<Secret> show, Runnable refused);
    }

    private final SecretField field = new SecretField();
    private final RevealCanvas revealCanvas = new RevealCanvas();
    /** The field's placeholder while a stored value waits for the master password to be typed. */
    public static final String FETCHING_PROMPT = "Waiting for the master password\u2026";
    /** The field's placeholder once the master password was given, while it is checked. */
    public static final String CHECKING_PROMPT = "Checking the master password\u2026";

    /**
     * While a stored value is fetched the button still says "Show": pressing it again then waits for the
     * value with the first press instead of quietly cancelling it.
     */
    private final ToggleButton revealToggle = new ToggleButton("Show") {
        @Override
        public void fire() {
            if (!fetching.get()) {
                super.fire();
            }
        }
    };
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private final AutoHide autoHide = new AutoHide(() -> revealed.set(false));
    private boolean redrawPending;
    private boolean plain;
    private StoredValue stored;
    /** The saved value while Show draws it (the field itself stays empty); wiped when hidden. */
    private char[] storedChars = new char[0];
    private String promptWhileHidden;
    /** True from Show of a stored value until it is drawn or refused: the button still says "Show" meanwhile. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper fetching =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "fetchingStored", false);

    public SecretInput(String accessibleName) {
        getStyleClass().add("secret-input");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        String reveal = PlatformShortcuts.describe(PlatformShortcuts.REVEAL);
        field.setAccessibleText(accessibleName);
        revealToggle.setAccessibleText("Show or hide " + accessibleName + " (" + reveal + " in the field)");
        revealToggle.setTooltip(new Tooltip("Show the value for a moment (never copied anywhere). From the"
                + " keyboard: " + reveal + " in the field."));
        revealToggle.setFocusTraversable(true);
        // Show from the keyboard without leaving the field: Tab goes on to the next field (SecretTabOrder).
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PlatformShortcuts.REVEAL.match(event)) {
                event.consume();
                if (!revealToggle.isDisabled()) {
                    revealToggle.fire();
                }
            }
        });
        // Letters typed while Show has the focus belong to the field: they go there, never nowhere. Space stays
        // the toggle's own key.
        revealToggle.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.length() == 1 && typed.charAt(0) > ' ' && typed.charAt(0) != 127 && !event.isControlDown()
                    && !event.isMetaDown() && field.isEditable() && !field.isDisabled()) {
                event.consume();
                field.requestFocus();
                field.end();
                field.replaceSelection(typed);
            }
        });
        revealToggle.setMinWidth(Region.USE_PREF_SIZE);
        // "Show" and "Hide" take the same room, so the field does not jump when one becomes the other.
        revealToggle.setPrefWidth(62);
        revealToggle.selectedProperty().bindBidirectional(revealed);

        revealCanvas.setManaged(false);
        StackPane stack = new StackPane(field, revealCanvas);
        stack.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(stack, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(stack, revealToggle);

        revealed.addListener((observable, was, now) -> revealedChanged(now));
        field.secretLengthProperty().addListener((observable, was, now) -> {
            updateDrawing();
            if (plain && (was.intValue() == 0) != (now.intValue() == 0)) {
                // A plain value is drawn as it arrives, and its toggle stays to hide it (or show it again).
                revealed.set(now.intValue() > 0);
            }
        });
        field.widthProperty().addListener((observable, was, now) -> redrawIfShown());
        field.heightProperty().addListener((observable, was, now) -> redrawIfShown());
        field.caretPositionProperty().addListener((observable, was, now) -> redrawIfShown());
        // A value given before the field had a skin (a form opened again after unlock) found no mask to
        // hide: its dots would show through around thin characters such as "-".
        field.skinProperty().addListener((observable, was, now) -> updateDrawing());
    }

    public SecretField field() {
        return field;
    }

    /**
     * Leaves Show out of Tab, as KeePassXC and 1Password do on their password screens: Tab goes field to field
     * to the button that uses them, and Show stays one click, or the reveal shortcut in the field, away.
     */
    public void showOutsideTabOrder() {
        revealToggle.setFocusTraversable(false);
        field.setAccessibleHelp("Shows or hides what is typed: "
                + PlatformShortcuts.describe(PlatformShortcuts.REVEAL) + ", or the Show button beside it.");
    }

    public ToggleButton revealToggle() {
        return revealToggle;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public Secret secret() {
        return field.secret();
    }

    public void setSecret(Secret secret) {
        field.setSecret(secret);
    }

    /** Lets Show draw the saved value while the field is empty; {@code value} is asked each time. */
    public void setStoredValue(StoredValue value) {
        this.stored = value;
    }

    /**
     * For a value that is not a secret (the API key): what is typed or pasted is drawn as it is, and
     * stays editable; it still never enters a text property.
     */
    public void setPlain(boolean plain) {
        this.plain = plain;
        field.getStyleClass().remove("plain-secret");
        if (plain) {
            field.getStyleClass().add("plain-secret");
        }
        if (plain && field.secretLengthProperty().get() > 0) {
            revealed.set(true);
        }
        updateDrawing();
    }

    /**
     * Told by the {@linkplain #setStoredValue stored value} once the master password asked for it was given:
     * until the value is drawn or refused the field says the password is being checked.
     */
    public void checkingPassword() {
        if (fetching.get()) {
            field.setPromptText(CHECKING_PROMPT);
        }
    }

    /** Hides the value and wipes the field. */
    public void wipe() {
        revealed.set(false);
        field.wipe();
        wipeStored();
    }

    /** True from Show of a stored value until it is drawn or refused: the master password is being asked. */
    public javafx.beans.property.ReadOnlyBooleanProperty fetchingStoredProperty() {
        return fetching.getReadOnlyProperty();
    }

    /**
     * While {@code held} (another field of the form asks for the master password), a value shown here stays
     * shown; once let go it hides itself after the whole delay again.
     */
    public void holdAutoHide(boolean held) {
        autoHide.hold(held);
    }

    /** How long a revealed value stays shown; applies from the next reveal. */
    public void setAutoHideAfter(Duration delay) {
        autoHide.setDelay(delay);
    }

    public Duration autoHideAfter() {
        return autoHide.delay();
    }

    /** True while characters are drawn (for tests: the field itself stays masked). */
    public boolean isShowingPlaintext() {
        return drawsText() && revealCanvas.isVisible() && revealCanvas.isShowingText();
    }

    /** How many times the revealed characters were drawn (for tests). */
    int revealDrawCount() {
        return revealCanvas.drawCount();
    }

    private boolean drawsText() {
        return revealed.get() && !fetching.get();
    }

    private void revealedChanged(boolean now) {
        fetching.set(false);
        if (plain && field.secretLengthProperty().get() > 0) {
            // Not a secret: no countdown, and the value stays editable either way.
            autoHide.follow(false);
            field.setEditable(true);
            updateDrawing();
            return;
        }
        if (now && field.secretLengthProperty().get() == 0 && stored != null) {
            // The countdown starts when the value is drawn: asking for the master password takes a while.
            autoHide.follow(false);
            field.setEditable(false);
            fetching.set(true);
            updateToggleText();
            // Said in place while the master password is asked and checked: never a blank field.
            promptWhileHidden = field.getPromptText();
            field.setPromptText(FETCHING_PROMPT);
            stored.reveal(this::showStored, () -> revealed.set(false));
            updateDrawing();
            return;
        }
        autoHide.follow(now);
        if (!now) {
            wipeStored();
            field.setEditable(true);
        } else {
            field.setEditable(plain);
        }
        updateDrawing();
    }

    private void showStored(Secret value) {
        if (!revealed.get() || field.secretLengthProperty().get() > 0) {
            return;
        }
        wipeStored();
        storedChars = value.chars();
        fetching.set(false);
        updateToggleText();
        promptWhileHidden = field.getPromptText();
        field.setPromptText("");
        updateDrawing();
        autoHide.follow(true);
        redrawIfShown();
    }

    private void wipeStored() {
        Arrays.fill(storedChars, '\0');
        storedChars = new char[0];
        if (promptWhileHidden != null) {
            field.setPromptText(promptWhileHidden);
            promptWhileHidden = null;
        }
    }

    /** "Hide" only while a value is shown; a stored value being fetched (the master password asked) is not yet. */
    private void updateToggleText() {
        revealToggle.setText(revealed.get() && !fetching.get() ? "Hide" : "Show");
    }

    private void updateDrawing() {
        updateToggleText();
        boolean drawing = drawsText();
        revealCanvas.setVisible(drawing);
        Node maskText = valueText();
        if (maskText != null) {
            maskText.setOpacity(drawing ? 0 : 1);
        }
        if (drawing) {
            redrawIfShown();
        } else {
            redrawPending = false;
            revealCanvas.blank();
        }
    }

    /** Marks the drawing stale; it is redrawn once in the next layout pass, however many changes came. */
    private void redrawIfShown() {
        if (drawsText()) {
            redrawPending = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (redrawPending && drawsText()) {
            redrawPending = false;
            drawRevealed();
        }
    }

    private void drawRevealed() {
        revealCanvas.setWidth(Math.max(0, field.getWidth()));
        revealCanvas.setHeight(Math.max(0, field.getHeight()));
        double left = field.getPadding().getLeft();
        double right = Math.max(left, field.getWidth() - field.getPadding().getRight());
        double textX = textLeft(left);
        if (field.secretLengthProperty().get() > 0) {
            field.readChars(chars -> revealCanvas.draw(chars, field.getFont(), revealedFill(), textX, left, right));
        } else {
            revealCanvas.draw(storedChars, field.getFont(), revealedFill(), left, left, right);
        }
    }

    /** Where the field draws its first character: it scrolls a long value sideways to keep the caret in view. */
    private double textLeft(double fallback) {
        Node text = valueText();
        if (text == null || text.getScene() == null) {
            return fallback;
        }
        return field.sceneToLocal(text.localToScene(0, 0)).getX();
    }

    /** The paint a shown value is drawn with: the field's own text colour, never its placeholder's grey. */
    public Paint revealedFill() {
        Node text = valueText();
        return text instanceof Text shown && shown.getFill() != null ? shown.getFill() : Color.BLACK;
    }

    /**
     * The field's text node (the mask), not its placeholder: the skin gives both the style class "text",
     * and the placeholder, whose visibility follows the field being empty, comes first.
     */
    private Node valueText() {
        for (Node node : field.lookupAll(".text")) {
            if (node instanceof Text text && !text.visibleProperty().isBound()) {
                return text;
            }
        }
        return null;
    }
}
