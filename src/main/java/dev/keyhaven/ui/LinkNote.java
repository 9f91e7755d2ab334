package dev.keyhaven.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Opens OKX's pages in the trader's browser and says which address it asked for, with a Copy button:
 * the app cannot tell whether a browser really opened (none may be set up), and the trader must never
 * be left with a button that did nothing.
 */
final class LinkNote {

    private final Label sentence = new Label("Opening OKX in your browser. If no browser opens, copy the address:");
    private final TextField address = new TextField();
    private final HBox bar;

    LinkNote() {
        sentence.setWrapText(true);
        sentence.setMinWidth(Region.USE_PREF_SIZE);
        sentence.setMaxWidth(340);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        address.setId("link-address");
        address.setEditable(false);
        address.setPrefColumnCount(28);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = new Button("Copy address");
        copy.setId("link-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setTooltip(new Tooltip("Copy the address, then paste it into your browser"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(address.getText());
            Clipboard.getSystemClipboard().setContent(content);
            sentence.setText("Copied. Paste the address into your browser.");
        });
        Button close = new Button("Close");
        close.setId("link-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.getStyleClass().add("flat");
        close.setOnAction(event -> hide());
        bar = new HBox(8, sentence, address, copy, close);
        bar.setId("link-note");
        bar.getStyleClass().add("link-note");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setMaxWidth(820);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        hide();
    }

    /** An opener that asks {@code browser} to open the page, then shows its address to copy. */
    Consumer<String> opening(Consumer<String> browser) {
        return url -> {
            try {
                browser.accept(url);
                sentence.setText("Opening OKX in your browser. If no browser opens, copy the address:");
            } catch (RuntimeException noBrowser) {
                sentence.setText("Keyhaven could not open a browser. Copy the address and paste it into yours:");
            }
            address.setText(url);
            bar.setVisible(true);
            bar.setManaged(true);
        };
    }

    void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    boolean isShown() {
        return bar.isVisible();
    }

    /** The layer that holds the note at the top of the main screen, letting clicks through elsewhere. */
    Node layer() {
        StackPane layer = new StackPane(bar);
        layer.setPickOnBounds(false);
        layer.setAlignment(Pos.TOP_CENTER);
        layer.setPadding(new Insets(8, 12, 0, 12));
        return layer;
    }
}
