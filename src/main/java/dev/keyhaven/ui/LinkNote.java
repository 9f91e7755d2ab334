package dev.keyhaven.ui;

import dev.keyhaven.ui.common.FocusReturn;
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
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Opens OKX's pages in the trader's browser and says which address it asked for, with a Copy button:
 * the app cannot tell whether a browser really opened (none may be set up), and the trader must never
 * be left with a button that did nothing.
 */
final class LinkNote {

    /** Built when first needed: its Tooltip alone cost the launcher ~20 ms before the first frame (#18). */
    private Parts parts;
    /** The control that had the focus when the note opened (Open OKX), given it back when the note closes. */
    private FocusReturn opener = FocusReturn.none();

    /** The note's controls. */
    private final class Parts {
        private final Label sentence = new Label("Opening OKX in your browser. If no browser opens, copy the address:");
        private final TextField address = new TextField();
        private final VBox bar;

        Parts() {
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE);
            address.setId("link-address");
            address.setEditable(false);
            // As wide as the whole address (it is selectable, to copy by hand too), never cut to its start.
            address.textProperty().addListener((observable, was, now) -> fitAddress());
            address.fontProperty().addListener((observable, was, now) -> fitAddress());
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
            HBox row = new HBox(8, address, copy, close);
            row.setAlignment(Pos.CENTER_LEFT);
            // The sentence above the address: beside it, it took the room the address needs to show whole.
            bar = new VBox(6, sentence, row);
            bar.setId("link-note");
            bar.getStyleClass().add("link-note");
            bar.setPadding(new Insets(8, 12, 8, 12));
            bar.setMaxWidth(820);
            bar.setMaxHeight(Region.USE_PREF_SIZE);
            bar.setVisible(false);
            bar.setManaged(false);
        }

        private void fitAddress() {
            Text measure = new Text(address.getText());
            measure.setFont(address.getFont());
            // Room for the field's padding and border (its CSS may not be applied yet) and the caret.
            double width = Math.ceil(measure.getLayoutBounds().getWidth()) + 40;
            address.setMinWidth(width);
            address.setPrefWidth(width);
        }
    }

    private Parts parts() {
        if (parts == null) {
            parts = new Parts();
        }
        return parts;
    }

    /** An opener that asks {@code browser} to open the page, then shows its address to copy. */
    Consumer<String> opening(Consumer<String> browser) {
        return url -> {
            Parts note = parts();
            try {
                browser.accept(url);
                note.sentence.setText("Opening OKX in your browser. If no browser opens, copy the address:");
            } catch (RuntimeException noBrowser) {
                note.sentence.setText("Keyhaven could not open a browser. Copy the address and paste it into yours:");
            }
            note.address.setText(url);
            if (!focusIsInNote()) {
                opener = FocusReturn.remember(note.bar.getScene());
            }
            note.bar.setVisible(true);
            note.bar.setManaged(true);
        };
    }

    void hide() {
        if (parts == null) {
            return;
        }
        if (parts.bar.isVisible() && focusIsInNote()) {
            // Before it hides: a hidden control's focus would go to the first control of the window.
            opener.giveBack();
        }
        parts.bar.setVisible(false);
        parts.bar.setManaged(false);
    }

    private boolean focusIsInNote() {
        if (parts == null) {
            return false;
        }
        Node bar = parts.bar;
        Node focused = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == bar) {
                return true;
            }
        }
        return false;
    }

    boolean isShown() {
        return parts != null && parts.bar.isVisible();
    }

    /** The layer that holds the note at the top of the main screen, letting clicks through elsewhere. */
    Node layer() {
        StackPane layer = new StackPane(parts().bar);
        layer.setPickOnBounds(false);
        layer.setAlignment(Pos.TOP_CENTER);
        layer.setPadding(new Insets(8, 12, 0, 12));
        return layer;
    }
}
