package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Check all's "at HH:mm" is the app's clock in the app's zone, as every other time the app shows (issue #15). */
class CheckAllClockUiTest extends AppUiTest {

    /** Hours away from any real "now" a test run could start at, so the computer's clock cannot pass for it. */
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-12-03T03:07:00Z"));

    private final FakeOkxServer okx = FakeOkxServer.start();

    @Override
    AppConfig config(Path vault, Path configDirectory) {
        return new AppConfig(vault, configDirectory, VaultOptions.forTests(), CLOCK);
    }

    @AfterEach
    void closeDown() {
        okx.close();
    }

    @Test
    void theTitleSaysWhenTheChecksEndedByTheAppsClock() throws Exception {
        createVault();
        FakeKey key = okx.add(FakeKey.builder().perm("read_only").ips("127.0.0.1"));
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(), "", 0,
                    credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(this, "#check-all-title")).isEqualTo("Asked OKX about 1 key at 03:07: 1 answered");
    }
}
