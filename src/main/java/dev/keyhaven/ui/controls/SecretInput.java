package dev.keyhaven.ui.controls;

import dev.keyhaven.secret.Secret;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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
 * so it is shown without ever being put into a text property; editing is paused while revealed.
 */
public class SecretInput extends HBox {

    private final SecretField field = new SecretField();
    private final Canvas revealCanvas = new Canvas();
    private final ToggleButton revealToggle = new ToggleButton("Show");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);

    public SecretInput(String accessibleName) {
        getStyleClass().add("secret-input");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        field.setAccessibleText(accessibleName);
        revealToggle.setAccessibleText("Show or hide " + accessibleName);
        revealToggle.setTooltip(new Tooltip("Show the value for a moment (never copied anywhere)"));
        revealToggle.setFocusTraversable(true);
        revealToggle.selectedProperty().bindBidirectional(revealed);

        revealCanvas.setMouseTransparent(true);
        revealCanvas.setManaged(false);
        StackPane stack = new StackPane(field, revealCanvas);
        stack.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(stack, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(stack, revealToggle);

        revealed.addListener((observable, was, now) -> refreshReveal());
        field.secretLengthProperty().addListener((observable, was, now) -> refreshReveal());
        field.widthProperty().addListener((observable, was, now) -> refreshReveal());
        field.heightProperty().addListener((observable, was, now) -> refreshReveal());
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

    /** True while the revealed characters are drawn (for tests: the field itself stays masked). */
    public boolean isShowingPlaintext() {
        return revealed.get() && revealCanvas.isVisible();
    }

    private void refreshReveal() {
        revealToggle.setText(revealed.get() ? "Hide" : "Show");
        field.setEditable(!revealed.get());
        revealCanvas.setVisible(revealed.get());
        Node maskText = field.lookup(".text");
        if (maskText != null) {
            maskText.setOpacity(revealed.get() ? 0 : 1);
        }
        double width = Math.max(0, field.getWidth());
        double height = Math.max(0, field.getHeight());
        revealCanvas.setWidth(width);
        revealCanvas.setHeight(height);
        GraphicsContext graphics = revealCanvas.getGraphicsContext2D();
        graphics.clearRect(0, 0, width, height);
        if (!revealed.get()) {
            return;
        }
        graphics.setFont(field.getFont());
        graphics.setFill(textFill());
        graphics.setTextBaseline(VPos.CENTER);
        double left = field.getPadding().getLeft();
        field.readChars(chars -> graphics.fillText(new String(chars), left, height / 2, width - left * 2));
    }

    private Paint textFill() {
        Node text = field.lookup(".text");
        return text instanceof Text shown && shown.getFill() != null ? shown.getFill() : Color.BLACK;
    }
}
