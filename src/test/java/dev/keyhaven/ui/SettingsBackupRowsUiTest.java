package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings' backups: a backup whose restore would lose keys is drawn in the warning colour, the others not; one whose
 * name's date cannot be right says so.
 */
class SettingsBackupRowsUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private static void add(Vault vault, String label, String apiKey) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
    }

    private Paint textFill(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup(query).queryAs(ListCell.class).getTextFill());
    }

    @Test
    void aBackupThatLosesKeysIsDrawnInTheWarningColour() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        add(vault, "Alpha", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        vault.backups().now("by hand");
        add(vault, "Bravo", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02");
        vault.backups().now("by hand");

        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list")
                && lookup("#backup-list .list-cell.backup-loses-keys").tryQuery().isPresent());
        waitUntil(() -> lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> !cell.isEmpty() && !cell.getStyleClass().contains("backup-loses-keys")));
        Paint ordinary = WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#backup-list .list-cell")
                .queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() && !cell.getStyleClass().contains("backup-loses-keys")
                        && !cell.isSelected())
                .findFirst().orElseThrow().getTextFill());

        assertThat(textFill("#backup-list .list-cell.backup-loses-keys")).as("the text colour of a backup that loses keys")
                .isNotEqualTo(ordinary);
    }

    @Test
    void aCopyRenamedTo2999SaysItsNameCannotBeRightAndIsNotTheLastBackup() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        add(vault, "Alpha", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        dev.keyhaven.vault.Backup real = vault.backups().now("manual");
        java.nio.file.Files.copy(real.file(), real.file().resolveSibling("29991231-235959.manual.khbackup"));

        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list") && lookup("#backup-list .label").queryAllAs(
                javafx.scene.control.Label.class).stream().anyMatch(label -> label.getText() != null
                && label.getText().startsWith("Its name says 31 Dec 2999, 23:59, but it holds changes up to ")));

        assertThat(dev.keyhaven.ui.UiTestSupport.text(this, "#last-backup"))
                .startsWith("The last backup your master password opens was made ").doesNotContain("2999")
                .contains("1 backup has a name whose date cannot be right");
    }

    @Test
    void everyBackupRowIsReadableWholeAt900x600And1280x800() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        add(vault, "Gridbot with a long name for the BTC-USDT perpetual swaps", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        vault.backups().now("by hand");
        try (Secret old = Secret.ofString(MASTER); Secret next = Secret.ofString(MASTER + " quill")) {
            vault.changePassword(old, next);
        }
        add(vault, "Journal for the tax office and the monthly report", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02");
        add(vault, "Trading bot on the NAS in the cellar", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a03");
        vault.backups().now("by hand");
        add(vault, "Spot", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a04");

        for (double[] size : new double[][] {{900, 600}, {1280, 800}}) {
            interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            clickWhenReady(this, "#open-settings");
            waitUntil(() -> showing(this, "#backup-list")
                    && lookup("#backup-list .list-cell.backup-loses-keys").queryAll().size() >= 2);
            interact(() -> lookup("#backup-list").query().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<String> cut = WaitForAsyncUtils.waitForAsyncFx(5000, () -> LayoutProblems.inEveryWindow()
                    .stream().filter(problem -> problem.contains("older master password") || problem.contains("Holds")
                            || problem.contains("made ")).toList());
            assertThat(cut).as("backup rows cut at " + (int) size[0] + "x" + (int) size[1]).isEmpty();
            interact(() -> ((javafx.scene.control.Button) lookup("#settings-done").query()).fire());
        }
    }

    @Test
    void aLineSeparatesEachBackupFromTheNext() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        add(vault, "Alpha", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        vault.backups().now("by hand");
        add(vault, "Bravo", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02");
        vault.backups().now("by hand");
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list")
                && lookup("#backup-list .list-cell").queryAllAs(ListCell.class).stream()
                        .filter(cell -> !cell.isEmpty()).count() >= 2);
        java.util.List<Double> lines = WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#backup-list .list-cell")
                .queryAllAs(ListCell.class).stream().filter(cell -> !cell.isEmpty())
                .map(cell -> cell.getBorder() == null || cell.getBorder().getStrokes().isEmpty() ? 0.0
                        : cell.getBorder().getStrokes().get(0).getWidths().getBottom()).toList());
        assertThat(lines).as("the line under each backup row").allMatch(width -> width >= 1);
    }

    @Test
    void eachSettingsHelpSitsRightUnderItsControl() throws Exception {
        unlock();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#lock-when-minimised"));
        double[] gaps = WaitForAsyncUtils.waitForAsyncFx(5000, () -> java.util.stream.Stream.of(
                "#lock-when-minimised", "#auto-lock-minutes").mapToDouble(query -> {
                    javafx.scene.Node control = lookup(query).query();
                    javafx.scene.layout.VBox cell = (javafx.scene.layout.VBox) control.getParent();
                    javafx.scene.Node help = cell.getChildren().get(cell.getChildren().size() - 1);
                    return help.getBoundsInParent().getMinY() - control.getBoundsInParent().getMaxY();
                }).toArray());
        assertThat(gaps[0]).as("px between Lock when minimised and its help").isLessThan(10)
                .isEqualTo(gaps[1], org.assertj.core.api.Assertions.within(1.0));
    }
}
