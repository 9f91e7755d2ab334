package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What an outside reviewer met walking the app as a new trader at 1280x800 and 900x600: why Create vault
 * is off, a wrong master password pushing the question's buttons away, "Copied" out of sight, a squeezed
 * rotation checklist, a cut address, the key list's first Down, and where the keyboard lands after Revoke.
 */
class NewTraderWalkUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    /** The key on the fake OKX stored last. */
    private FakeKey lastOnOkx;

    private long storeKey(String label) throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Grid"));
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            lastOnOkx = key;
            long id = vault().add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    private void showKey(long id, String tab) {
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private static boolean inside(Bounds inner, Window window) {
        return inner.getMinX() >= window.getX() - 1 && inner.getMinY() >= window.getY() - 1
                && inner.getMaxX() <= window.getX() + window.getWidth() + 1
                && inner.getMaxY() <= window.getY() + window.getHeight() + 1;
    }

    // ---- 1. Create vault says why it is off ----

    @Test
    void createVaultSaysWhyItIsOffAsSoonAsTheSecondEntryHasInput() {
        size(900, 600);
        waitUntil(() -> showing(this, "#create-vault"));
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write("lantern");
        waitUntil(() -> showing(this, "#password-mismatch"));
        assertThat(lookup("#create-vault").query().isDisabled()).isTrue();
        assertThat(text(this, "#password-mismatch")).as("shorter than the first").contains("shorter");
        Node create = lookup("#create-vault").query();
        assertThat(inside(WaitForAsyncUtils.waitForAsyncFx(5000, () -> create.localToScreen(create.getBoundsInLocal())),
                stage)).as("Create vault in the window at 900x600 while the note shows").isTrue();

        write("x");
        waitUntil(() -> text(this, "#password-mismatch").contains("differ"));
        assertThat(lookup("#create-vault").query().isDisabled()).isTrue();

        type(KeyCode.BACK_SPACE);
        write(MASTER.substring("lantern".length()));
        waitUntil(() -> !showing(this, "#password-mismatch"));
        assertThat(lookup("#create-vault").query().isDisabled()).as("the same Good password twice").isFalse();
    }

    // ---- 2. A wrong master password keeps the question's buttons in view ----

    private List<String> buttonsAfterAWrongMasterPassword() throws Exception {
        createVault();
        long id = storeKey("Grid bot");
        showKey(id, "#tab-credentials");
        clickOn(focus(this, "#secret-key .toggle-button"));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("#confirm-master-password").write("not the master password");
        type(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#confirm-master-password-problem"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        interact(() -> {
            Node pane = lookup(".dialog-pane").query();
            Window dialog = pane.getScene().getWindow();
            for (Node button : pane.lookupAll(".button-bar .button")) {
                if (!inside(onScreen(button), dialog)) {
                    problems.add(((ButtonBase) button).getText() + " outside the question's window");
                }
            }
            problems.addAll(LayoutProblems.inEveryWindow());
        });
        clickOn("Cancel");
        return problems;
    }

    @Test
    void aWrongMasterPasswordKeepsTheButtonsInViewAt900x600() throws Exception {
        size(900, 600);
        assertThat(buttonsAfterAWrongMasterPassword()).isEmpty();
    }

    @Test
    void aWrongMasterPasswordKeepsTheButtonsInViewAtTheDefaultSize() throws Exception {
        assertThat(buttonsAfterAWrongMasterPassword()).isEmpty();
    }

    // ---- 3. "Copied" beside the button pressed, with the time the clipboard is cleared ----

    private void copiedBeside(String query) {
        waitUntil(() -> showing(this, "#copied-note"));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            Node note = lookup("#copied-note").query();
            Bounds shown = onScreen(note);
            Bounds button = onScreen(lookup(query).query());
            assertThat(((javafx.scene.control.Label) note).getText()).contains("clears the clipboard in");
            assertThat(inside(shown, stage)).as("the note inside the window: " + shown).isTrue();
            double across = Math.max(0, Math.max(button.getMinX() - shown.getMaxX(), shown.getMinX() - button.getMaxX()));
            double down = Math.max(0, Math.max(button.getMinY() - shown.getMaxY(), shown.getMinY() - button.getMaxY()));
            assertThat(across + down).as("px between the note and " + query).isLessThan(24);
        });
        interact(() -> lookup("#copied-note").query().getScene().getWindow().hide());
    }

    @Test
    void copiedShowsBesideTheCopyButtonAndSaysWhenTheClipboardIsCleared() throws Exception {
        size(900, 600);
        createVault();
        long id = storeKey("Grid bot");
        showKey(id, "#tab-credentials");
        clickOn(focus(this, "#api-key-copy"));
        copiedBeside("#api-key-copy");

        clickOn(focus(this, "#secret-key-copy"));
        waitUntil(() -> lookup("#confirm-master-password").tryQuery().isPresent());
        clickOn("#confirm-master-password").write(MASTER);
        type(KeyCode.ENTER);
        copiedBeside("#secret-key-copy");

        long archived = storeKey("Old journal");
        vault().archive(archived, null);
        interact(() -> app.shell().keyList().reload(vault(), null));
        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-copy-api-key-" + archived));
        clickOn(focus(this, "#archived-copy-api-key-" + archived));
        // The archive page says it once, above its cards (ArchiveFollowsUiTest): no floating note over the buttons.
        waitUntil(() -> showing(this, "#archived-message"));
        assertThat(UiTestSupport.text(this, "#archived-message")).contains("Keyhaven clears the clipboard");
    }

    // ---- 4. At 900x600: the rotation checklist has room, the address shows whole ----

    @Test
    void theRotationChecklistsStepsHaveRoomAt900x600() throws Exception {
        size(900, 600);
        createVault();
        long id = storeKey("Grid bot");
        showKey(id, "#tab-status");
        interact(() -> lookup("#rotate-key").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(this, "#rotate-view") && lookup("#rotate-scroll").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        double steps = lookup("#rotate-scroll").queryAs(ScrollPane.class).getViewportBounds().getHeight();
        System.out.println("rotation steps at 900x600: " + steps + " px");
        assertThat(steps).as("px of height the rotation page (steps and entry, one scroll) scrolls in").isGreaterThanOrEqualTo(300);
    }

    @Test
    void theOpenOkxNoteShowsTheWholeAddressAt900x600() {
        size(900, 600);
        createVault();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));
        clickOn("#path-guided");
        waitUntil(() -> lookup("#action-open-api-page").tryQuery().isPresent());
        clickOn(focus(this, "#action-open-api-page"));
        waitUntil(() -> showing(this, "#link-note") && showing(this, "#link-copy"));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            TextField address = lookup("#link-address").queryAs(TextField.class);
            Text drawn = (Text) address.lookup(".text");
            double room = address.getWidth() - address.snappedLeftInset() - address.snappedRightInset();
            assertThat(drawn.getText()).isEqualTo(address.getText()).startsWith("https://");
            assertThat(drawn.getLayoutBounds().getWidth()).as("the address's width, in a field of " + room)
                    .isLessThanOrEqualTo(room);
            assertThat(inside(onScreen(lookup("#link-note").query()), stage)).isTrue();
            assertThat(inside(onScreen(lookup("#link-copy").query()), stage)).isTrue();
        });
    }

    // ---- 5. The keyboard ----

    @Test
    void theFirstDownInTheKeyListSelectsTheFirstKeyThenTheOneAfterTheSelected() throws Exception {
        createVault();
        storeKey("Alpha");
        storeKey("Bravo");
        storeKey("Charlie");
        interact(() -> app.shell().keyList().selectedProperty().set(null));
        focus(this, "#key-list");
        @SuppressWarnings("unchecked")
        ListView<KeyListItem> list = lookup("#key-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem()).isNull();
        type(KeyCode.DOWN);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null);
        assertThat(list.getSelectionModel().getSelectedItem()).as("the first Down")
                .isEqualTo(list.getItems().get(0));

        interact(() -> {
            list.getFocusModel().focus(0);
            app.shell().keyList().selectedProperty().set(list.getItems().get(1));
            list.getFocusModel().focus(0);
        });
        focus(this, "#key-list");
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).as("Down from the second key")
                .isEqualTo(list.getItems().get(2));
    }

    /** Presses Tab until {@code id} holds the focus of {@code window}'s scene. */
    private void tabTo(Window window, String id) {
        for (int i = 0; i < 60; i++) {
            Node owner = window.getScene().getFocusOwner();
            if (owner != null && id.equals(owner.getId())) {
                return;
            }
            type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @Test
    void revokingWithTheKeyboardOnlyLeavesTheFocusOnTheRevokePage() throws Exception {
        createVault();
        storeKey("Journal");
        long id = storeKey("Grid bot");
        // As the page asks: deleted on OKX first, so that OKX's answer afterwards hides "Ask OKX again".
        okx.remove(lastOnOkx);
        showKey(id, "#tab-status");
        focus(this, "#key-list");
        tabTo(stage, "key-more");
        type(KeyCode.SPACE);
        waitUntil(() -> lookup(".context-menu").tryQuery().isPresent());
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#revoke-view"));
        tabTo(stage, "revoke-key");
        type(KeyCode.SPACE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Window question = lookup(".dialog-pane").query().getScene().getWindow();
        for (int i = 0; i < 10 && !(question.getScene().getFocusOwner() instanceof ButtonBase button
                && "Revoke key".equals(button.getText())); i++) {
            type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        type(KeyCode.SPACE);
        waitUntil(() -> text(this, "#revoke-message").contains("is revoked and archived. ")
                && !text(this, "#revoke-message").endsWith("\u2026") && app.shell().keyList().items().size() == 1);
        Node owner = focusOwner();
        assertThat(owner).as("the focus").isNotNull();
        assertThat(owner.getId()).as("the focus after Revoke").isEqualTo("create-replacement");
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> showing(this, "#new-key-tabs"));
    }
}
