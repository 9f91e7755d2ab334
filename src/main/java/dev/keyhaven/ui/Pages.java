package dev.keyhaven.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The frames the detail pane's pages share: a titled page and a centred placeholder. */
final class Pages {

    private Pages() {
    }

    /** A page of the detail pane under {@code header}, whose {@code body} takes the height left. */
    static VBox page(Node header, Node body) {
        VBox page = new VBox(header);
        page.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return page;
    }

    /** A page titled {@code title} (Add a key, Rotate …) with no key of its own. */
    static VBox titled(String title, Node body) {
        return page(header(title), body);
    }

    /** The header row of a detail page, starting with its title. */
    static HBox header(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        heading.setId("detail-title");
        // A long key name wraps rather than end in "…" beside the badges.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("detail-header");
        return header;
    }

    static VBox placeholder(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label body = new Label(text);
        body.getStyleClass().add("muted");
        body.setWrapText(true);
        VBox box = new VBox(10, heading, body);
        box.setMaxWidth(460);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        box.setPadding(new Insets(40));
        return box;
    }
}
