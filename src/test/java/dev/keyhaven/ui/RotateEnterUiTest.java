package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
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
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Enter in the rotation's fields (or the save shortcut) presses "Replace the key", as Enter saves a form. */
class RotateEnterUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private long storeAndRotate(FakeKey key) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
        clickWhenReady(this, "#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        return id;
    }

    @Test
    void enterInTheLastFieldReplacesTheKey() throws Exception {
        FakeKey old = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey replacement = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").uid("55120001"));
        unlock();
        long oldId = storeAndRotate(old);

        clickOn(focus(this, "#new-api-key .secret-field")).write(replacement.apiKey());
        clickOn(focus(this, "#new-secret-key .secret-field")).write(replacement.secretKey());
        clickOn(focus(this, "#new-passphrase .secret-field")).write(replacement.passphrase());
        type(KeyCode.ENTER);

        waitUntil(() -> app.shell().keyList().items().size() == 1
                && app.shell().keyList().items().get(0).key().id() != oldId);
    }

    @Test
    void enterWithAValueMissingSaysWhatIsMissing() throws Exception {
        unlock();
        storeAndRotate(okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));

        clickOn(focus(this, "#new-api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a77");
        type(KeyCode.ENTER);

        waitUntil(() -> text(this, "#rotate-message").startsWith("Paste the new key's API key, secret key and"));
        assertThat(showing(this, "#rotate-view")).isTrue();
    }

    @Test
    void enterWithAValueMissingPutsTheCaretThereWithTheSentenceInView() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        storeAndRotate(okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        ScrollPane page = lookup("#rotate-scroll").queryAs(ScrollPane.class);

        clickOn(focus(this, "#new-api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a77");
        type(KeyCode.ENTER);

        waitUntil(() -> text(this, "#rotate-message").startsWith("Paste the new key's API key, secret key and"));
        WaitForAsyncUtils.waitForFxEvents();
        Node secretKey = lookup("#new-secret-key .secret-field").query();
        assertThat(secretKey.isFocused()).as("the caret in the first empty field").isTrue();
        assertThat(RotateOpenFormUiTest.inView(page, secretKey)).as("that field in view").isTrue();
        assertThat(RotateOpenFormUiTest.inView(page, lookup("#rotate-message").query())).as("the reason").isTrue();
    }

    @Test
    void okxRefusingTheNewKeyIsSaidInViewAt900x600() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        storeAndRotate(okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        ScrollPane page = lookup("#rotate-scroll").queryAs(ScrollPane.class);

        clickOn(focus(this, "#new-api-key .secret-field")).write("11111111-2222-3333-4444-555555555555");
        clickOn(focus(this, "#new-secret-key .secret-field")).write("33582BD0CFF14C41EDBF1AB98506286D");
        clickOn(focus(this, "#new-passphrase .secret-field")).write("Pass-phrase-1");
        clickOn(focus(this, "#replace-key"));

        waitUntil(() -> text(this, "#rotate-message").startsWith("The new key was not installed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(RotateOpenFormUiTest.inView(page, lookup("#rotate-message").query())).as("OKX's refusal, whole")
                .isTrue();
    }

    @Test
    void theSaveShortcutPressesReplaceToo() throws Exception {
        unlock();
        storeAndRotate(okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));

        clickOn(focus(this, "#new-secret-key .secret-field")).write("33582BD0CFF14C41EDBF1AB98506286D");
        push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> text(this, "#rotate-message").startsWith("Paste the new key's API key, secret key and"));
    }
}
