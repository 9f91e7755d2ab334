package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.OkxClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The unlocked app checks keys with the OKX client its configuration makes, so tests can keep it on loopback. */
class TestOkxClientUiTest extends AppUiTest {

    private final AtomicInteger made = new AtomicInteger();

    @Override
    KeyhavenApp newApp() throws Exception {
        return new KeyhavenApp(config(vaultFile(), folder.resolve("config")).withOkxClients(() -> {
            made.incrementAndGet();
            return loopbackOkx();
        }));
    }

    @Test
    void theSessionBuildsItsOkxClientFromTheConfiguration() {
        createVault();

        waitUntil(() -> made.get() > 0);
        assertThat(made.get()).isEqualTo(1);
    }
}
