package dev.keyhaven.ui.revoke;

import atlantafx.base.theme.Styles;
import dev.keyhaven.ui.controls.FocusPlace;
import dev.keyhaven.ui.controls.ScrollingPage;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The page for a key that may have leaked: what to do first (delete it on OKX), the revocation
 * checklist (the shell passes its guide in, without a scroll pane of its own), then revoking in Keyhaven and creating a replacement.
 */
public final class RevokeView extends VBox {

    public RevokeView(Node guide, RevokeViewModel model) {
        setId("revoke-view");
        getStylesheets().add(RevokeView.class.getResource("revoke.css").toExternalForm());
        Label title = new Label("Delete it on OKX first");
        title.getStyleClass().add("banner-title");
        Label text = wrapped(new Label("Only deleting the key on OKX stops whoever may have it. Do it now, on"
                + " the API page of " + model.key().region().website() + "; then revoke it here so that Keyhaven"
                + " never hands it to a bot again."));
        Button openOkx = new Button("Open OKX API page");
        openOkx.setId("revoke-open-okx");
        openOkx.getStyleClass().add(Styles.ACCENT);
        openOkx.setOnAction(event -> model.openOkxApiPage());
        VBox banner = new VBox(8, title, text, openOkx);
        banner.setId("revoke-banner");
        banner.getStyleClass().add("revoke-banner");
        VBox.setMargin(banner, new Insets(16, 16, 0, 16));

        // One page: in a short window the banner, the checklist and the actions scroll together.
        javafx.scene.control.ScrollPane page = ScrollingPage.of("revoke-scroll", banner, guide, actions(model));
        dev.keyhaven.ui.controls.FocusScrolling.revealWhenSaid(page,
                (javafx.scene.control.Labeled) page.getContent().lookup("#revoke-message"));
        getChildren().add(page);
    }

    private static Node actions(RevokeViewModel model) {
        Button revoke = new Button("Revoke in Keyhaven…");
        revoke.setId("revoke-key");
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.disableProperty().bind(model.busyProperty().or(model.revokedProperty()));
        revoke.setOnAction(event -> model.revoke());

        Button replace = new Button("Create a replacement (guided)");
        replace.setId("create-replacement");
        replace.getStyleClass().add(Styles.ACCENT);
        replace.visibleProperty().bind(model.revokedProperty());
        replace.managedProperty().bind(model.revokedProperty());
        replace.setOnAction(event -> model.createReplacement());

        Button checkAgain = new Button("Ask OKX again");
        checkAgain.setId("revoke-check-again");
        checkAgain.visibleProperty().bind(model.revokedProperty().and(model.goneOnOkxProperty().not()));
        checkAgain.managedProperty().bind(checkAgain.visibleProperty());
        checkAgain.disableProperty().bind(model.busyProperty());
        checkAgain.setOnAction(event -> model.confirm());

        Label message = wrapped(new Label());
        message.setId("revoke-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // A revoked key that OKX still accepts is live: drawn as the danger it is, never as a plain note.
        model.stillLiveProperty().addListener((observable, was, live) -> {
            message.getStyleClass().removeAll("error-note", "status-withdraw");
            if (live) {
                message.getStyleClass().addAll("error-note", "status-withdraw");
            }
        });

        // The sentence goes under the buttons, so that it wraps there and never squeezes a button to "…".
        // In a narrow window a button goes to the next line rather than widen the page past the window.
        FlowPane buttons = new FlowPane(12, 8, revoke, checkAgain, replace);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().forEach(button -> ((Region) button).setMinWidth(Region.USE_PREF_SIZE));
        FocusPlace.keep(revoke, buttons, checkAgain, replace);
        FocusPlace.keep(checkAgain, buttons, replace);
        VBox row = new VBox(10, buttons, message);
        row.getStyleClass().addAll(Styles.BORDER_DEFAULT, Styles.BG_SUBTLE);
        row.setPadding(new Insets(14, 16, 14, 16));
        VBox.setMargin(row, new Insets(0, 16, 16, 16));
        return row;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
