package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.keylist.KeyListItem;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Checks made elsewhere show on the page and in the list: a command beside the app, and Check all. */
class StatusFollowsChecksUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void checksByACommandBesideTheAppShowUpWithoutLosingAnEditUnderWay() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Grid bot", key, key.passphrase());
        clickOn("#tab-guide");
        CheckBox tick = lookup(".check-box").match(node -> node.getId() != null && node.getId().startsWith("tick-"))
                .queryAs(CheckBox.class);
        clickOn(tick);
        waitUntil(() -> !stored(id).checklistDone().isEmpty());
        clickOn("#tab-credentials");
        clickOn(focus(this, "#notes")).write("not saved yet");
        Node form = lookup("#notes").query();

        commandChecks(id);
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::status).orElse(null) == KeyVerdict.WORKS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat((Object) lookup("#notes").query()).as("the form was not rebuilt").isSameAs(form);
        assertThat(lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("not saved yet");
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Works");
        assertThat(lookup("Discard changes").tryQuery()).as("nobody asked about the edit").isEmpty();
        clickOn("#tab-status");
        assertThat(text(this, "#status-verdict")).isEqualTo("Works");
        assertThat(lookup("#status-history").queryAs(TableView.class).getItems()).hasSize(1);

        commandChecks(id);
        waitUntil(() -> lookup("#status-history").queryAs(TableView.class).getItems().size() == 2);
        assertThat((Object) lookup("#notes").query()).as("a second check with the same verdict").isSameAs(form);
    }

    @Test
    void checkAllChecksEveryKeyAndTheListMarksFollow() throws Exception {
        FakeKey good = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey unbound = okx.add(FakeKey.builder().perm("read_only,trade"));
        FakeKey wrong = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        storeKey("Alpha", good, good.passphrase());
        storeKey("Bravo", unbound, unbound.passphrase());
        storeKey("Charlie", wrong, "Wrong-passphrase-9");
        assertThat(app.shell().keyList().items()).extracting(KeyListItem::status).containsOnly(KeyVerdict.NEVER_CHECKED);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        waitUntil(() -> app.shell().keyList().items().stream().noneMatch(item -> item.status() == KeyVerdict.NEVER_CHECKED));

        assertThat(text(this, "#check-all-count")).isEqualTo("The list shows the new marks.");
        assertThat(text(this, "#check-all-title")).endsWith(": 3 answered");
        assertThat(app.shell().keyList().items()).extracting(item -> item.key().label() + " " + item.status())
                .containsExactly("Alpha WORKS", "Bravo WORKS_WITH_WARNINGS", "Charlie REJECTED");
        assertThat(lookup("#key-list .status-mark").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Works", "Works with warnings", "Rejected by OKX");
        assertThat(lookup("#check-all-view .status-mark").queryAllAs(Label.class)).extracting(Label::getText)
                .as("Check all says what the list says").containsExactly("Works", "Works with warnings", "Rejected by OKX");
        assertThat(okx.rateLimitRejections()).isZero();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
