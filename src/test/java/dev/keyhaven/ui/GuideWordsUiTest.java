package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.SuggestedLabel;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's words: a check that could not reach OKX is "Could not check" on the Check step as on the
 * Status tab (not a failure), and the label it suggests for a new key is one no key has yet.
 */
class GuideWordsUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private long store(String label, FakeKey key) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            long id = vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault, null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    @Test
    void aCheckThatCouldNotReachOkxIsNotAFailedCheckStep() throws Exception {
        createVault();
        long id = store("Grid bot", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#check-now"));
        clickOn("#check-now");
        waitUntil(() -> lookup("#status-verdict").tryQuery()
                .map(shown -> ((Label) shown).getText().equals("Could not check")).orElse(false));

        clickOn("#tab-guide");
        waitUntil(() -> showing(this, "#verdict-verify") && text(this, "#verdict-verify").startsWith("Could not check"));
        assertThat(text(this, "#verified-verify")).as("not the failed mark").isNotEqualTo("\u2716");
        assertThat(lookup("#verdict-verify").queryAs(Label.class).getStyleClass()).doesNotContain("danger");
    }

    @Test
    void theSuggestedLabelIsOneNoKeyHasYet() throws Exception {
        createVault();
        String usual = SuggestedLabel.of(Purpose.TRADING, Environment.LIVE);
        store(usual, okx.add(FakeKey.builder()));

        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#step-name-key"));
        String free = usual + "2";
        assertThat(from(lookup("#step-name-key").<javafx.scene.Node>query()).lookup((Label label) ->
                label.getText() != null && label.getText().contains("Suggested: " + free + ".")).tryQuery())
                .as("the step names a free label").isPresent();

        clickOn("#tab-new-credentials");
        clickWhenReady(this, "#open-new-key-form");
        waitUntil(() -> showing(this, "#key-label"));
        assertThat(lookup("#key-label").queryAs(TextField.class).getText()).isEqualTo(free);
    }
}
