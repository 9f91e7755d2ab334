package dev.keyhaven.ui.newkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewKeyTest {

    @TempDir
    Path folder;

    @Test
    void thePrefillCarriesTheGuidesChoicesAndAFreeSuggestedLabel() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        NewKeyPrefill prefill = NewKeyPrefill.of(Purpose.READ_ONLY, Environment.DEMO, Region.US, day,
                List.of("Grid bot", "demoreadonly", "DemoReadOnly2"));

        assertThat(prefill.purpose()).isEqualTo(Purpose.READ_ONLY);
        assertThat(prefill.environment()).isEqualTo(Environment.DEMO);
        assertThat(prefill.region()).isEqualTo(Region.US);
        assertThat(prefill.label()).isEqualTo("DemoReadOnly3");
        assertThat(NewKeyPrefill.of(Purpose.TRADING, Environment.LIVE, Region.GLOBAL, day, List.of()).label())
                .isEqualTo("TradingBot");
    }

    @Test
    void ticksMadeBeforeTheKeyExistedAreStoredWithItAndSurviveALock() throws Exception {
        Path file = folder.resolve("vault.keyhaven");
        NewKeySession session = new NewKeySession();
        session.ticksChanged(Set.of("account-ready", "name-key"));
        session.ticksChanged(Set.of("account-ready"));
        long id;
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault vault = Vault.create(file, password, VaultOptions.forTests());
                Credentials credentials = new Credentials(Secret.ofString("a"), Secret.ofString("s"),
                        Secret.ofString("p"))) {
            KeyRecord saved = vault.add(new KeyDraft("Bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null,
                    "", 0, credentials)).record();
            session.keySaved(vault, saved);
            id = saved.id();
        }
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault reopened = Vault.open(file, password, VaultOptions.forTests())) {
            assertThat(reopened.key(id).orElseThrow().checklistDone()).containsExactly("account-ready");
        }
    }
}
