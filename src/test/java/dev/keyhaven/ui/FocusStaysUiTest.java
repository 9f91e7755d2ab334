package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A check, a backup, a rotation or a revocation started from the keyboard leaves the focus where the user
 * was (or on the flow's next step), never on the toolbar's Add key; and the note that says what happened
 * covers none of the key page's buttons nor its verdict.
 */
class FocusStaysUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    private long storeKey(String label, FakeKey key) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            long id = vault().add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    private FakeKey tradingKey() {
        return okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").uid("44170012").label("Grid"));
    }

    private void showKey(long id, String tab) {
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    /** Focuses {@code query} and presses Space on it, as a keyboard user does. */
    private Node pressWithKeyboard(String query) {
        focus(this, query);
        Node pressed = focusOwner();
        assertThat(pressed.getId()).isEqualTo(query.substring(1));
        type(KeyCode.SPACE);
        return pressed;
    }

    private String verdict() {
        return lookup("#status-verdict").queryAs(Label.class).getText();
    }

    @Test
    void checkNowLeavesTheFocusOnCheckNow() throws Exception {
        createVault();
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
        Node pressed = pressWithKeyboard("#check-now");
        waitUntil(() -> verdict().equals("Works") && app.shell().keyList().find(id).orElseThrow().historyEntries() > 0);
        assertThat(focusOwner()).isSameAs(pressed);
    }

    @Test
    void checkAllGivesTheFocusBackToCheckAll() throws Exception {
        createVault();
        storeKey("Grid bot", tradingKey());
        storeKey("Journal", tradingKey());
        Node pressed = pressWithKeyboard("#check-all");
        waitUntil(() -> showing(this, "#check-all-view") && !lookup("#check-all").query().isDisabled());
        assertThat(focusOwner()).isSameAs(pressed);
    }

    @Test
    void backUpNowGivesTheFocusBackToItself() {
        createVault();
        clickOn("#open-settings");
        waitUntil(() -> showing(this, "#backup-now"));
        int before = lookup("#backup-list").queryListView().getItems().size();
        Node pressed = pressWithKeyboard("#backup-now");
        waitUntil(() -> lookup("#backup-list").queryListView().getItems().size() > before
                && !lookup("#backup-now").query().isDisabled());
        assertThat(focusOwner()).isSameAs(pressed);
    }

    @Test
    void aRotationTakesTheFocusToTheNewKeysCheckAndItsNoteCoversNothing() throws Exception {
        createVault();
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-status");
        interact(() -> lookup("#rotate-key").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(this, "#rotate-view"));
        FakeKey replacement = tradingKey();
        clickOn(focus(this, "#new-api-key .secret-field")).write(replacement.apiKey());
        clickOn(focus(this, "#new-secret-key .secret-field")).write(replacement.secretKey());
        clickOn(focus(this, "#new-passphrase .secret-field")).write(replacement.passphrase());
        pressWithKeyboard("#replace-key");
        waitUntil(() -> showing(this, "#key-tabs") && showing(this, "#status-verdict") && verdict().equals("Works"));
        assertThat(focusOwner().getId()).isEqualTo("check-now");
        assertThat(showing(this, "#toast")).isTrue();
        assertThat(coveredByTheToast()).isEmpty();
    }

    @Test
    void revokingTakesTheFocusToTheNextStep() throws Exception {
        createVault();
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-status");
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).getItems().get(0).fire());
        waitUntil(() -> showing(this, "#revoke-view"));
        pressWithKeyboard("#revoke-key");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("Revoke key");
        waitUntil(() -> lookup("#revoke-message").queryLabeled().getText().contains("is revoked and archived. ")
                && !lookup("#revoke-message").queryLabeled().getText().endsWith("…"));
        assertThat(focusOwner().getId()).isIn("revoke-check-again", "create-replacement");
    }

    @Test
    void theNoteAfterASaveCoversNoButtonOfTheKeyPage() throws Exception {
        createVault();
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-credentials");
        clickOn(focus(this, "#notes")).write("Runs on the VPS in Frankfurt");
        interact(() -> lookup("#save-key").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(this, "#toast"));
        assertThat(coveredByTheToast()).isEmpty();
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
        assertThat(coveredByTheToast()).isEmpty();
    }

    @Test
    void runACheckOnTheGuideLeavesTheKeyboardOnCheckNowBesideTheVerdict() throws Exception {
        createVault();
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-guide");
        waitUntil(() -> lookup("#action-verify").tryQuery().isPresent());
        pressWithKeyboard("#action-verify");
        waitUntil(() -> showing(this, "#status-verdict") && verdict().equals("Works")
                && app.shell().keyList().find(id).orElseThrow().historyEntries() > 0);
        assertThat(focusOwner().getId()).isEqualTo("check-now");
        assertThat(inView("#status-verdict")).as("the verdict in view").isTrue();
    }

    @Test
    void revokingWithTheKeyboardAloneKeepsTheFocusOnTheRevokePage() throws Exception {
        createVault();
        storeKey("Journal", tradingKey());
        long id = storeKey("Grid bot", tradingKey());
        showKey(id, "#tab-status");
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).getItems().get(0).fire());
        waitUntil(() -> showing(this, "#revoke-view"));
        pressWithKeyboard("#revoke-key");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        interact(() -> lookup("Revoke key").queryButton().requestFocus());
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#revoke-message").queryLabeled().getText().contains("is revoked and archived. ")
                && !lookup("#revoke-message").queryLabeled().getText().endsWith("\u2026")
                && app.shell().keyList().items().size() == 1);
        assertThat(focusOwner().getId()).isIn("revoke-check-again", "create-replacement");
    }

    @Test
    void restoreLeavesTheKeyboardOnTheRestoredKeysCheckNow() throws Exception {
        createVault();
        storeKey("Journal", tradingKey());
        long id = storeKey("Grid bot", tradingKey());
        vault().archive(id, null);
        interact(() -> app.shell().keyList().reload(vault(), null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        pressWithKeyboard("#show-archived");
        waitUntil(() -> showing(this, "#archived-restore-" + id));
        pressWithKeyboard("#archived-restore-" + id);
        waitUntil(() -> lookup("Restore key").tryQuery().isPresent());
        clickOn("Restore key");
        waitUntil(() -> app.shell().keyList().items().size() == 2 && showing(this, "#key-tabs")
                && showing(this, "#status-verdict"));
        assertThat(focusOwner().getId()).isEqualTo("check-now");
        assertThat(inView("#status-verdict")).isTrue();
    }

    @Test
    void aKeyAddedAsAlreadyMadeLandsOnItsStatusWithCheckNow() throws Exception {
        createVault();
        FakeKey key = tradingKey();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-have-key"));
        clickOn("#path-have-key");
        waitUntil(() -> showing(this, "#cancel-key"));
        clickOn(focus(this, "#key-label")).write("Grid bot");
        clickOn(focus(this, "#api-key .secret-field")).write(key.apiKey());
        clickOn(focus(this, "#secret-key .secret-field")).write(key.secretKey());
        clickOn(focus(this, "#passphrase .secret-field")).write(key.passphrase());
        type(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#key-tabs") && showing(this, "#check-now"));
        assertThat(lookup("#key-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tab-status");
        assertThat(focusOwner().getId()).isEqualTo("check-now");
    }

    /** True when {@code query} lies inside the viewport of the scroll pane around it (or the window). */
    private boolean inView(String query) {
        boolean[] inside = new boolean[1];
        interact(() -> {
            Node node = lookup(query).query();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            Node viewport = node;
            while (viewport != null && !(viewport instanceof javafx.scene.control.ScrollPane)) {
                viewport = viewport.getParent();
            }
            Bounds visible = viewport == null ? new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(),
                    stage.getScene().getHeight()) : viewport.localToScene(viewport.getLayoutBounds());
            inside[0] = visible.contains(bounds.getMinX(), bounds.getMinY()) && visible.contains(bounds.getMaxX(),
                    bounds.getMaxY());
        });
        return inside[0];
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The key page's buttons and verdict that the toast lies over. */
    private List<String> coveredByTheToast() {
        List<String> covered = new ArrayList<>();
        interact(() -> {
            Node toast = lookup("#toast").query();
            Bounds note = toast.localToScene(toast.getLayoutBounds());
            List<Node> wanted = new ArrayList<>(lookup(".button").queryAll());
            lookup("#status-verdict").tryQuery().ifPresent(wanted::add);
            lookup(".status-mark").queryAll().forEach(wanted::add);
            for (Node node : wanted) {
                if (shown(node) && node != toast
                        && node.localToScene(node.getLayoutBounds()).intersects(note)) {
                    covered.add(node.getId() == null ? node.toString() : node.getId());
                }
            }
        });
        return covered;
    }
}
