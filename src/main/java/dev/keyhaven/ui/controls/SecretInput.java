package dev.keyhaven.ui.controls;

import dev.keyhaven.secret.Secret;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * A {@link SecretField} with a reveal toggle. A revealed value is drawn on a canvas over the field,
 * so it is shown without ever being put into a text property; editing is paused while revealed, and
 * the value hides itself again after {@link AutoHide#DEFAULT_DELAY}.
 */
public class SecretInput extends HBox {

    private final SecretField field = new SecretField();
    private final RevealCanvas revealCanvas = new RevealCanvas();
    private final ToggleButton revealToggle = new ToggleButton("Show");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private final AutoHide autoHide = new AutoHide(() -> revealed.set(false));
    private boolean redrawPending;

    public SecretInput(String accessibleName) {
        getStyleClass().add("secret-input");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        field.setAccessibleText(accessibleName);
        revealToggle.setAccessibleText("Show or hide " + accessibleName);
        revealToggle.setTooltip(new Tooltip("Show the value for a moment (never copied anywhere)"));
        revealToggle.setFocusTraversable(true);
        revealToggle.selectedProperty().bindBidirectional(revealed);

        revealCanvas.setManaged(false);
        StackPane stack = new StackPane(field, revealCanvas);
        stack.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(stack, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(stack, revealToggle);

        revealed.addListener((observable, was, now) -> revealedChanged(now));
        field.secretLengthProperty().addListener((observable, was, now) -> redrawIfRevealed());
        field.widthProperty().addListener((observable, was, now) -> redrawIfRevealed());
        field.heightProperty().addListener((observable, was, now) -> redrawIfRevealed());
    }

    public SecretField field() {
        return field;
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

    /** Hides the value and wipes the field. */
    public void wipe() {
        revealed.set(false);
        field.wipe();
    }

    /** How long a revealed value stays shown; applies from the next reveal. */
    public void setAutoHideAfter(Duration delay) {
        autoHide.setDelay(delay);
    }

    public Duration autoHideAfter() {
        return autoHide.delay();
    }

    /** True while the revealed characters are drawn (for tests: the field itself stays masked). */
    public boolean isShowingPlaintext() {
        return revealed.get() && revealCanvas.isVisible() && revealCanvas.isShowingText();
    }

    /** How many times the revealed characters were drawn (for tests). */
    int revealDrawCount() {
        return revealCanvas.drawCount();
    }

    private void revealedChanged(boolean now) {
        revealToggle.setText(now ? "Hide" : "Show");
        field.setEditable(!now);
        revealCanvas.setVisible(now);
        Node maskText = field.lookup(".text");
        if (maskText != null) {
            maskText.setOpacity(now ? 0 : 1);
        }
        autoHide.follow(now);
        if (now) {
            redrawIfRevealed();
        } else {
            redrawPending = false;
            revealCanvas.blank();
        }
    }

    /** Marks the drawing stale; it is redrawn once in the next layout pass, however many changes came. */
    private void redrawIfRevealed() {
        if (revealed.get()) {
            redrawPending = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (redrawPending && revealed.get()) {
            redrawPending = false;
            drawRevealed();
        }
    }

    private void drawRevealed() {
        revealCanvas.setWidth(Math.max(0, field.getWidth()));
        revealCanvas.setHeight(Math.max(0, field.getHeight()));
        double left = field.getPadding().getLeft();
        field.readChars(chars -> revealCanvas.draw(chars, field.getFont(), textFill(), left));
    }

    private Paint textFill() {
        Node text = field.lookup(".text");
        return text instanceof Text shown && shown.getFill() != null ? shown.getFill() : Color.BLACK;
    }
}
