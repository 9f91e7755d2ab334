package dev.keyhaven.ui.unlock;

import atlantafx.base.theme.Styles;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.Vault;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A banner across the top of the main window while {@link OlderCopyWarning} holds. It has no close
 * button on purpose: it leaves only when the user says they restored the copy themselves.
 */
public final class OlderCopyBanner extends VBox {

    public OlderCopyBanner(OlderCopyWarning warning) {
        setId("older-copy-banner");
        getStyleClass().add("warning-note");
        setPadding(new Insets(10, 16, 10, 16));
        setSpacing(6);
        Label title = new Label("An older copy of the vault file is open");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label();
        text.setId("older-copy-text");
        text.setWrapText(true);
        text.textProperty().bind(warning.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button accept = new Button("I restored it _myself");
        accept.setId("older-copy-accept");
        accept.setMinWidth(Region.USE_PREF_SIZE);
        accept.disableProperty().bind(warning.busyProperty());
        accept.setOnAction(event -> warning.accept());
        HBox row = new HBox(12, text, accept);
        row.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().add("error-note");
        problem.textProperty().bind(warning.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getChildren().addAll(title, row, problem);
        managedProperty().bind(warning.textProperty().isNotEmpty());
        visibleProperty().bind(managedProperty());
    }

    /** The banner for {@code vault} when its file came back older than Keyhaven last saw; the shell's hook. */
    public static Optional<OlderCopyBanner> forVault(Vault vault, BackgroundWork work) {
        return OlderCopyWarning.of(vault, work).map(OlderCopyBanner::new);
    }
}
