package dev.keyhaven.ui.keylist;

import dev.keyhaven.ui.FxTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The key list's cells are reused from key to key: what one key showed must never stay on the next. */
class KeyListViewUiTest extends FxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private KeyListViewModel model;

    @Override
    public void start(Stage stage) {
        model = new KeyListViewModel(BackgroundWork.inline(), message -> { });
        model.setRotationPolicy(() -> new RotationPolicy(Clock.fixed(NOW, ZoneOffset.UTC), 90));
        stage.setScene(new Scene(new KeyListView(model), 320, 400));
        stage.show();
    }

    private static KeyRecord key(long id, String label, Purpose purpose, Environment environment, Instant created) {
        return new KeyRecord(id, label, purpose, environment, Region.GLOBAL, null, "", created, created, 0, Set.of(),
                null, null);
    }

    private void show(KeyListItem... items) {
        interact(() -> model.items().setAll(items));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListCell<?> firstCell() {
        return lookup(".list-cell").queryAll().stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0 && cell.getGraphic() != null).findFirst().orElseThrow();
    }

    private static <T extends Node> T inCell(ListCell<?> cell, String selector, Class<T> type) {
        return type.cast(cell.getGraphic().lookup(selector));
    }

    @Test
    void theEmptyListsTextIsCentredAndClearOfTheBorder() {
        show();
        Label empty = lookup("#key-list-empty").queryAs(Label.class);
        ListView<?> list = lookup(".list-view").queryAs(ListView.class);
        double gap = WaitForAsyncUtils.waitForAsyncFx(5000, () -> empty.localToScene(empty.getLayoutBounds()).getMinX()
                - list.localToScene(list.getLayoutBounds()).getMinX());

        assertThat(empty.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.CENTER);
        assertThat(gap).as("space between the list's border and the text").isGreaterThanOrEqualTo(16);
    }

    @Test
    void aReusedCellShowsOnlyTheNewKeysLabelBadgesAndStatus() {
        show(new KeyListItem(key(1, "Grid bot", Purpose.TRADING, Environment.LIVE, NOW), KeyVerdict.CAN_WITHDRAW));
        ListCell<?> cell = firstCell();
        assertThat(inCell(cell, ".key-label", Label.class).getText()).isEqualTo("Grid bot");
        assertThat(inCell(cell, ".status-mark", StatusMark.class).getText()).isEqualTo("Can withdraw!");

        show(new KeyListItem(key(2, "Journal", Purpose.READ_ONLY, Environment.DEMO, NOW), KeyVerdict.WORKS));

        ListCell<?> reused = firstCell();
        assertThat(reused).isSameAs(cell);
        assertThat(inCell(reused, ".key-label", Label.class).getText()).isEqualTo("Journal");
        List<Label> badges = reused.getGraphic().lookupAll(".badge").stream().map(Label.class::cast).toList();
        assertThat(badges).extracting(Label::getText).as("what the key is for, not what it may do")
                .containsExactly("Journal", "Demo");
        assertThat(badges.get(0).getStyleClass()).contains("badge-read-only").doesNotContain("badge-trading");
        assertThat(badges.get(1).getStyleClass()).contains("badge-demo").doesNotContain("badge-live");
        StatusMark mark = inCell(reused, ".status-mark", StatusMark.class);
        assertThat(mark.getText()).isEqualTo("Works");
        assertThat(mark.getStyleClass()).contains("status-verified").doesNotContain("status-withdraw");
        assertThat(mark.getAccessibleText()).isEqualTo("Status: Works");
        assertThat(reused.getAccessibleText()).startsWith("Journal, ").contains("Works").doesNotContain("withdraw");
    }

    @Test
    void aReadOnlyKeyThatCanWithdrawWearsNoReadOnlyBadge() {
        show(new KeyListItem(key(3, "Tax journal", Purpose.READ_ONLY, Environment.LIVE, NOW), KeyVerdict.CAN_WITHDRAW));

        List<Label> labels = firstCell().getGraphic().lookupAll(".label").stream().map(Label.class::cast).toList();
        assertThat(labels).extracting(Label::getText).contains("Can withdraw!").doesNotContain("Read only");
    }

    @Test
    void everyVerdictHasItsOwnWordAndAStyle() {
        for (KeyVerdict verdict : KeyVerdict.values()) {
            StatusMark mark = new StatusMark(verdict);
            assertThat(mark.getText()).isEqualTo(verdict.text());
            assertThat(mark.getStyleClass()).contains(StatusMark.styleClass(verdict));
        }
        assertThat(StatusMark.styleClass(KeyVerdict.COULD_NOT_CHECK)).as("an outage is not the key's failure")
                .isNotEqualTo(StatusMark.styleClass(KeyVerdict.REJECTED));
    }

    @Test
    void theRotationReminderComesAndGoesWithTheKeyTheCellShows() {
        show(new KeyListItem(key(1, "Old bot", Purpose.TRADING, Environment.LIVE, NOW.minusSeconds(200L * 86_400)),
                KeyVerdict.WORKS));
        Label reminder = inCell(firstCell(), ".rotation-mark", Label.class);
        assertThat(reminder.isVisible()).isTrue();
        assertThat(reminder.getText()).isEqualTo("Rotation overdue");
        assertThat(reminder.getStyleClass()).contains("rotation-overdue");

        show(new KeyListItem(key(2, "New bot", Purpose.TRADING, Environment.LIVE, NOW), KeyVerdict.WORKS));

        Label after = inCell(firstCell(), ".rotation-mark", Label.class);
        assertThat(after == null || !after.isVisible()).as("no reminder for a key made today").isTrue();
        assertThat(firstCell().getAccessibleText()).doesNotContain("overdue");
    }

    @Test
    void aViewLetGoOfIsNotKeptAliveByTheModel() throws Exception {
        // The shell builds a new list view after every lock; the model lives as long as the window.
        WeakReference<KeyListView> dropped = new WeakReference<>(org.testfx.api.FxToolkit.setupFixture(
                () -> new KeyListView(model)));
        for (int i = 0; i < 50 && dropped.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(dropped.get()).as("the view is collected once nothing but the model refers to it").isNull();
    }

    @Test
    void theRehearsalListShowsOnlyMadeUpKeys() {
        assertThat(KeyListView.rehearsal(model, () -> false).getItems())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.key().id()).isNegative())
                .extracting(KeyListItem::status).contains(KeyVerdict.values());
    }
}
