package dev.keyhaven.ui.guide;

import atlantafx.base.theme.Styles;
import dev.keyhaven.ui.controls.AutoHide;
import dev.keyhaven.ui.controls.RevealCanvas;
import java.time.Duration;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The passphrase generator inside the passphrase step. The passphrase stays masked; "Show" draws it on
 * a canvas over the mask (never into a text node), for {@link AutoHide#DEFAULT_DELAY} at most.
 */
final class PassphraseBox extends VBox {

    private final GuideViewModel model;
    /** Only ever holds mask characters; it keeps the line's size while the canvas shows the passphrase. */
    private final Text mask = new Text();
    private final RevealCanvas revealCanvas = new RevealCanvas();
    private final StackPane line = new StackPane(mask, revealCanvas);
    private final ToggleButton reveal = new ToggleButton("Show");
    private final InvalidationListener rerender = observable -> render();
    private final Button generate = new Button("Generate a passphrase");
    private final AutoHide autoHide;
    private boolean redrawPending;

    PassphraseBox(GuideViewModel model) {
        super(6);
        this.model = model;
        autoHide = new AutoHide(() -> model.setPassphraseRevealed(false));
        setId("passphraseBox");
        mask.setId("passphraseText");
        mask.setFont(Font.font("monospace", 15));
        revealCanvas.setId("passphraseCanvas");
        revealCanvas.setManaged(false);
        line.setAlignment(Pos.CENTER_LEFT);

        generate.setId("generatePassphrase");
        reveal.setId("revealPassphrase");
        reveal.setOnAction(event -> model.setPassphraseRevealed(reveal.isSelected()));
        Button copy = new Button("Copy");
        copy.setId("copyPassphrase");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(event -> model.copyPassphrase());
        generate.setOnAction(event -> {
            model.generatePassphrase();
            // A second Enter or Space must copy this passphrase, not replace one the trader may have copied.
            copy.requestFocus();
        });
        reveal.disableProperty().bind(model.passphraseReadyProperty().not());
        copy.disableProperty().bind(model.passphraseReadyProperty().not());

        Label strength = new Label(model.passphraseStrength() + ". Save it in Keyhaven with the key: it cannot be"
                + " recovered.");
        StepCard.wrap(strength);
        strength.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        HBox buttons = new HBox(8, generate, reveal, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, buttons, strength);

        model.passphraseReadyProperty().addListener(rerender);
        model.passphraseRevealedProperty().addListener(rerender);
        line.widthProperty().addListener(observable -> redrawIfRevealed());
        line.heightProperty().addListener(observable -> redrawIfRevealed());
        render();
    }

    /** Hides and blanks the passphrase and lets go of the model, when the card goes away. */
    void dispose() {
        model.passphraseReadyProperty().removeListener(rerender);
        model.passphraseRevealedProperty().removeListener(rerender);
        model.setPassphraseRevealed(false);
        autoHide.follow(false);
        revealCanvas.blank();
        mask.setText("");
    }

    /** How long a revealed passphrase stays shown; applies from the next reveal. */
    void setAutoHideAfter(Duration delay) {
        autoHide.setDelay(delay);
    }

    private void render() {
        boolean ready = model.passphraseReadyProperty().get();
        boolean revealed = ready && model.passphraseRevealedProperty().get();
        generate.setText(ready ? "Regenerate" : "Generate a passphrase");
        reveal.setSelected(revealed);
        reveal.setText(revealed ? "Hide" : "Show");
        mask.setText(model.maskedPassphrase());
        mask.setOpacity(revealed ? 0 : 1);
        revealCanvas.setVisible(revealed);
        autoHide.follow(revealed);
        if (revealed) {
            redrawIfRevealed();
        } else {
            redrawPending = false;
            revealCanvas.blank();
        }
    }

    /** Marks the drawing stale; it is redrawn once in the next layout pass. */
    private void redrawIfRevealed() {
        if (revealCanvas.isVisible()) {
            redrawPending = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (redrawPending && revealCanvas.isVisible()) {
            redrawPending = false;
            revealCanvas.setWidth(line.getWidth());
            revealCanvas.setHeight(line.getHeight());
            model.readPassphrase(chars -> {
                revealCanvas.draw(chars, mask.getFont(), mask.getFill(), 0);
                return null;
            });
        }
    }
}
