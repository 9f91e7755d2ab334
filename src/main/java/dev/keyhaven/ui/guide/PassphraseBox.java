package dev.keyhaven.ui.guide;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The passphrase generator inside the passphrase step. The passphrase stays masked; only "Show" renders
 * it, into a Text node that is blanked again on "Hide".
 */
final class PassphraseBox extends VBox {

    private final GuideViewModel model;
    private final Text shown = new Text();
    private final ToggleButton reveal = new ToggleButton("Show");
    private final InvalidationListener rerender = observable -> render();
    private final Button generate = new Button("Generate a passphrase");

    PassphraseBox(GuideViewModel model) {
        super(6);
        this.model = model;
        shown.setId("passphraseText");
        shown.setFont(Font.font("monospace", 15));

        generate.setId("generatePassphrase");
        generate.setOnAction(event -> model.generatePassphrase());
        reveal.setId("revealPassphrase");
        reveal.setOnAction(event -> model.setPassphraseRevealed(reveal.isSelected()));
        Button copy = new Button("Copy");
        copy.setId("copyPassphrase");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(event -> model.copyPassphrase());
        reveal.disableProperty().bind(model.passphraseReadyProperty().not());
        copy.disableProperty().bind(model.passphraseReadyProperty().not());

        Label strength = new Label(model.passphraseStrength() + ". Save it in Keyhaven with the key: it cannot be"
                + " recovered.");
        StepCard.wrap(strength);
        strength.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        HBox buttons = new HBox(8, generate, reveal, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(shown, buttons, strength);

        model.passphraseReadyProperty().addListener(rerender);
        model.passphraseRevealedProperty().addListener(rerender);
        render();
    }

    /** Blanks the passphrase and lets go of the model, when the card goes away. */
    void dispose() {
        model.passphraseReadyProperty().removeListener(rerender);
        model.passphraseRevealedProperty().removeListener(rerender);
        model.setPassphraseRevealed(false);
        shown.setText("");
    }

    private void render() {
        boolean revealed = model.passphraseRevealedProperty().get();
        generate.setText(model.passphraseReadyProperty().get() ? "Regenerate" : "Generate a passphrase");
        reveal.setSelected(revealed);
        reveal.setText(revealed ? "Hide" : "Show");
        if (!model.passphraseReadyProperty().get()) {
            shown.setText("");
        } else if (revealed) {
            shown.setText(model.readPassphrase(String::new));
        } else {
            shown.setText(model.maskedPassphrase());
        }
    }
}
