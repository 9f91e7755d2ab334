package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyVerdict;

import dev.keyhaven.okx.FakeKey;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Check all page at 900x600 (walk 21): the reason has the room, the title says when all is done, Esc leaves. */
class CheckAllPageUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void at900TheReasonHasTheRoomTheTitleSaysDoneAndEscLeaves() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        createVault();
        storeKey("Alpha", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        storeKey("Bravo", okx.add(FakeKey.builder().perm("read_only,trade")));
        waitUntil(() -> app.shell().keyList().items().size() == 2);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(this, "#check-all-title")).startsWith("Asked OKX about 2 keys at ").endsWith(": 2 answered");
        Node rows = lookup("#check-all-rows").query();
        double rowsWidth = rows.getLayoutBounds().getWidth();
        for (Label reason : lookup("#check-all-rows .check-all-reason").queryAllAs(Label.class)) {
            assertThat(reason.getWidth()).as("the reason's width beside %s wide rows", rowsWidth)
                    .isGreaterThan(rowsWidth * 0.7);
        }
        assertThat(lookup("#check-all-rows .check-all-reason").queryAll()).hasSize(2);
        java.util.List<String> cut = new java.util.ArrayList<>();
        interact(() -> cut.addAll(LayoutProblems.inEveryWindow()));
        assertThat(cut).as("text cut short on the finished page at 900x600").isEmpty();

        push(KeyCode.ESCAPE);
        waitUntil(() -> !showing(this, "#check-all-view"));
    }

    /** At full width the marks form one column, whatever the length of each row's reason. */
    @Test
    void theMarksLineUpInOneColumnAtFullWidth() throws Exception {
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        createVault();
        storeKey("Alpha", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        storeKey("Old scalper", okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1")));
        waitUntil(() -> app.shell().keyList().items().size() == 2);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        java.util.List<Double> marks = new java.util.ArrayList<>();
        interact(() -> {
            for (Node row : lookup("#check-all-rows .check-all-row").queryAll()) {
                Node mark = ((javafx.scene.layout.HBox) row).getChildren().get(1);
                marks.add(mark.localToScene(0, 0).getX());
            }
        });
        // One wording per fact: the mark says "Can withdraw!", the reason beside it says why that matters.
        assertThat(lookup(".check-all-reason").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anySatisfy(reason -> assertThat(reason).startsWith("Anyone who gets hold of this key"))
                .noneSatisfy(reason -> assertThat(reason).contains(KeyVerdict.CAN_WITHDRAW.text()));
        assertThat(marks).hasSize(2);
        assertThat(marks.get(1)).as("the second row's mark beside the first's").isCloseTo(marks.get(0),
                org.assertj.core.data.Offset.offset(0.5));
    }

    /** Walk 24: with OKX down, the title said "Checked 4 keys with OKX" and "4 of 4 done" though OKX answered none. */
    @Test
    void withOkxDownTheTitleSaysNoneAnsweredAndHowManyCouldNotBeChecked() throws Exception {
        createVault();
        storeKey("Alpha", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        storeKey("Bravo", okx.add(FakeKey.builder().perm("read_only,trade")));
        waitUntil(() -> app.shell().keyList().items().size() == 2);
        okxDown();

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(this, "#check-all-title")).startsWith("Asked OKX about 2 keys at ")
                .endsWith(": 0 answered, 2 could not be checked").doesNotContain("Checked");
        assertThat(text(this, "#check-all-count")).isEqualTo("The list shows the new marks.");
    }
}
