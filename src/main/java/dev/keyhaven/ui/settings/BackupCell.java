package dev.keyhaven.ui.settings;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One backup in Settings: when and why it was made, then why its name's date cannot be right (when it cannot), what
 * it holds and what restoring it would lose, wrapped to the list's width and never cut with "…" (the part a trader
 * needs before a restore comes last).
 */
final class BackupCell extends ListCell<BackupStanding> {

    /** The list's border, padding and a vertical scroll bar. */
    private static final double LIST_CHROME = 40;

    private final Label made = line();
    private final Label holds = line();
    private final VBox lines = new VBox(2, made, holds);

    BackupCell(ListView<BackupStanding> view) {
        // The list must not size a cell by its one-line text: it takes the list's width and grows downwards.
        setPrefWidth(0);
        lines.maxWidthProperty().bind(view.widthProperty().subtract(LIST_CHROME));
        for (Label label : new Label[] {made, holds}) {
            label.maxWidthProperty().bind(lines.maxWidthProperty());
            label.textFillProperty().bind(textFillProperty());
        }
    }

    private static Label line() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    protected void updateItem(BackupStanding standing, boolean empty) {
        super.updateItem(standing, empty);
        getStyleClass().remove("backup-loses-keys");
        setText(null);
        if (empty || standing == null) {
            setGraphic(null);
            return;
        }
        Backup backup = standing.backup();
        made.setText(SettingsViewModel.when(backup) + "  \u00b7  made " + standing.why() + "  \u00b7  "
                + backup.size());
        holds.setText(standing.dateDoubt(java.time.ZoneId.systemDefault()).map(doubt -> doubt + " ").orElse("")
                + standing.holds() + " " + standing.comparison());
        setGraphic(lines);
        if (standing.losesKeys()) {
            getStyleClass().add("backup-loses-keys");
        }
    }
}
