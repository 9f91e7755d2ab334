package dev.keyhaven.ui.guide;

import dev.keyhaven.ui.FxTest;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.keyhaven.guide.AutoTicker;
import dev.keyhaven.guide.ChecklistFactory;
import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.RevealCanvas;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class GuideViewUiTest extends FxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T17:45:00Z");

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> formsOpened = new CopyOnWriteArrayList<>();
    private final List<Set<String>> storedTicks = new CopyOnWriteArrayList<>();
    private final List<Secret> copied = new CopyOnWriteArrayList<>();
    private GuideViewModel model;

    @Override
    public void start(Stage stage) {
        model = new GuideViewModel(new ChecklistFactory(),
                new AutoTicker(ZoneOffset.UTC), new PassphraseGenerator(),
                new GuideActions(opened::add, () -> formsOpened.add("form"), () -> { }, storedTicks::add,
                        copied::add, copiedBefore -> true));
        stage.setScene(new Scene(new GuideView(model), 900, 700));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        copied.forEach(Secret::close);
        interact(model::dispose);
        FxToolkit.hideStage();
    }

    @Test
    void tickingAManualStepReachesTheShell() {
        assertThat(lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("0 of 13 done");

        clickOn("#tick-account-ready");

        assertThat(storedTicks).containsExactly(Set.of("account-ready"));
        assertThat(lookup("#tick-account-ready").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("1 of 13 done");
    }

    @Test
    void openOkxOpensTheRegionsApiPage() {
        scrollTo("#action-open-api-page");
        clickOn("#action-open-api-page");

        assertThat(opened).containsExactly(Region.GLOBAL.apiManagementUrl());
    }

    @Test
    void switchingToReadOnlyChangesThePermissionsStep() {
        assertThat(permissionsTitle()).isEqualTo("Tick Read + Trade, nothing else");
        assertThat(lookup("#step-permissions #advice-Trade").queryAs(javafx.scene.layout.HBox.class)
                .getChildren()).first().extracting(node -> ((Labeled) node).getText()).isEqualTo("Tick");

        clickOn("#purposePicker");
        clickOn("Journal or tracker");

        assertThat(model.checklist().purpose()).isEqualTo(Purpose.READ_ONLY);
        assertThat(permissionsTitle()).isEqualTo("Tick Read only, nothing else");
        assertThat(lookup("#step-permissions #advice-Trade").queryAs(javafx.scene.layout.HBox.class)
                .getChildren()).first().extracting(node -> ((Labeled) node).getText()).isEqualTo("Leave off");
        Node never = lookup("#step-permissions #never-Withdraw").query();
        assertThat(((javafx.scene.layout.HBox) never).getChildren().get(0).getStyleClass()).contains(Styles.DANGER);
    }

    @Test
    void theGeneratedPassphraseStaysHiddenUntilRevealedAndIsThenOnlyDrawn() {
        scrollTo("#generatePassphrase");
        clickOn("#generatePassphrase");
        String passphrase = model.readPassphrase(String::new);
        Text shown = lookup("#passphraseText").queryAs(Text.class);
        RevealCanvas canvas = lookup("#passphraseCanvas").queryAs(RevealCanvas.class);

        assertThat(shown.getText()).matches("\u2022{16}");
        assertThat(canvas.isShowingText()).isFalse();
        assertThat(textsOnScreen()).noneMatch(text -> text.contains(passphrase));

        clickOn("#revealPassphrase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isShowingText()).isTrue();
        assertThat(hasInk(canvas)).as("the passphrase is drawn").isTrue();
        assertThat(shown.getText()).matches("\u2022{16}");
        assertThat(textsOnScreen()).noneMatch(text -> text.contains(passphrase));

        clickOn("#copyPassphrase");
        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).reveal()).isEqualTo(passphrase);

        clickOn("#revealPassphrase");
        assertThat(canvas.isShowingText()).isFalse();
        assertThat(hasInk(canvas)).isFalse();
    }

    @Test
    void aRevealedPassphraseHidesItselfAfterAWhile() throws Exception {
        PassphraseBox box = lookup("#passphraseBox").queryAs(PassphraseBox.class);
        interact(() -> box.setAutoHideAfter(java.time.Duration.ofMillis(300)));
        scrollTo("#generatePassphrase");
        clickOn("#generatePassphrase");
        clickOn("#revealPassphrase");
        assertThat(model.passphraseRevealedProperty().get()).isTrue();

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !model.passphraseRevealedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#passphraseCanvas").queryAs(RevealCanvas.class).isShowingText()).isFalse();
        assertThat(lookup("#revealPassphrase").queryAs(javafx.scene.control.ToggleButton.class).getText())
                .isEqualTo("Show");
    }

    /** True when some pixel of the canvas is not transparent. */
    private boolean hasInk(RevealCanvas canvas) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(javafx.scene.paint.Color.TRANSPARENT);
            javafx.scene.image.WritableImage image = canvas.snapshot(parameters, null);
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    if (image.getPixelReader().getColor(x, y).getOpacity() > 0) {
                        return true;
                    }
                }
            }
            return false;
        }));
    }

    @Test
    void aSavedKeyTicksTheSaveStepAsVerifiedByKeyhaven() {
        scrollTo("#action-save-credentials");
        clickOn("#action-save-credentials");
        assertThat(formsOpened).hasSize(1);

        KeyRecord saved = new KeyRecord(1, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                NOW, NOW, 0, Set.of("account-ready"), null, null);
        interact(() -> model.showKey(saved, ChecklistKind.NEW_KEY, VerifiedFacts.savedOnly()));

        assertThat(lookup("#tick-save-credentials").query().isVisible()).isFalse();
        assertThat(lookup("#verified-save-credentials").query().isVisible()).isTrue();
        assertThat(lookup("#verdict-save-credentials").queryAs(Label.class).getText())
                .isEqualTo("Verified by Keyhaven: The three values are saved in your vault.");
        assertThat(lookup("#progressLabel").queryAs(Label.class).getText()).isEqualTo("2 of 13 done");
        assertThat(lookup("#purposePicker").query().isDisabled()).isTrue();
    }

    @Test
    void eachPermissionRowHasItsVerbAndItsNameAtTheSameHeight() {
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) lookup("#step-permissions #advice-Trade")
                .query().getParent();
        List<String> misaligned = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            List<String> found = new java.util.ArrayList<>();
            for (Node line : grid.getChildren()) {
                if (!(line instanceof javafx.scene.layout.HBox verbBox)) {
                    continue;
                }
                Integer row = javafx.scene.layout.GridPane.getRowIndex(line);
                Node verb = verbBox.getChildren().get(0);
                for (Node cell : grid.getChildren()) {
                    if (cell != line && java.util.Objects.equals(javafx.scene.layout.GridPane.getRowIndex(cell), row)
                            && Math.abs(top(cell) - top(verb)) > 1) {
                        found.add(((Labeled) verb).getText() + " at " + top(verb) + ", "
                                + ((Labeled) cell).getText() + " at " + top(cell));
                    }
                }
            }
            return found;
        });

        assertThat(misaligned).as("cells of one row not at the same top").isEmpty();
    }

    private static double top(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinY();
    }

    private String permissionsTitle() {
        return ((Labeled) lookup("#step-permissions .title-4").query()).getText();
    }

    private List<String> textsOnScreen() {
        List<String> texts = new java.util.ArrayList<>();
        for (Node node : lookup(node -> node instanceof Labeled || node instanceof Text).queryAll()) {
            texts.add(node instanceof Labeled labeled ? labeled.getText() : ((Text) node).getText());
        }
        return texts.stream().filter(java.util.Objects::nonNull).toList();
    }

    private void scrollTo(String query) {
        interact(() -> {
            Node node = lookup(query).query();
            javafx.scene.control.ScrollPane scroll = lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (y - 40) / (contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
