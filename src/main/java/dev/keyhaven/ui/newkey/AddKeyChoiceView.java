package dev.keyhaven.ui.newkey;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Add key": create a new key on OKX with the guide, or store one the trader already has. */
public final class AddKeyChoiceView extends VBox {

    public AddKeyChoiceView(Runnable guided, Runnable haveKey) {
        super(16);
        // The guided path is the default: Enter (or Space) right after Ctrl+N takes it.
        setId("add-key-choice");
        getStyleClass().add("add-key-choice");
        setPadding(new Insets(28, 32, 32, 32));
        setMaxWidth(620);
        setAlignment(Pos.TOP_LEFT);

        Label intro = wrapped(new Label("Do you already have the key's three values (API key, secret key and"
                + " passphrase)? If not, Keyhaven walks you through creating a safe key on OKX."));
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().addAll(intro,
                choice("path-guided", "Create a new key on OKX (guided)",
                        "Step by step: the right permissions for your purpose, never Withdraw, a strong passphrase"
                                + " made for you, and the three values saved straight into Keyhaven.",
                        true, guided),
                choice("path-have-key", "I already have a key",
                        "Paste the API key, the secret key and the passphrase you saved when you created it.",
                        false, haveKey));
        javafx.application.Platform.runLater(() -> lookup("#path-guided").requestFocus());
    }

    private static VBox choice(String id, String title, String text, boolean recommended, Runnable action) {
        Button button = new Button(title);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.getStyleClass().add(recommended ? Styles.ACCENT : Styles.BUTTON_OUTLINED);
        button.setOnAction(event -> action.run());
        Label explanation = wrapped(new Label(text));
        VBox card = new VBox(10, button, explanation);
        card.getStyleClass().addAll("choice-card", Styles.BORDER_DEFAULT, Styles.BG_DEFAULT);
        card.setPadding(new Insets(16));
        return card;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
