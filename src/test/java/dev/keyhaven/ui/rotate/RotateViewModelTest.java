package dev.keyhaven.ui.rotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotateViewModelTest {

    private static final List<String> ROTATION_STEPS = List.of("rotate-create", "rotate-save", "rotate-delete-old");

    @TempDir
    Path folder;

    private Vault vault;
    private KeyRecord old;
    private final List<KeyRecord> rotated = new ArrayList<>();
    private RotateViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Credentials credentials = new Credentials(Secret.ofString("old-api-key"), Secret.ofString("old-secret"),
                        Secret.ofString("Old-pass-1"))) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
            old = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA,
                    "http://127.0.0.1:9", "VPS", 30, credentials)).record();
        }
        vault.setChecklistDone(old.id(), Set.of("account-ready"));
        old = vault.key(old.id()).orElseThrow();
        model = new RotateViewModel(vault, old, new KeyLifecycle(vault, Clock.systemUTC()), BackgroundWork.inline(),
                ROTATION_STEPS, rotated::add);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private void rotate(String apiKey, String secretKey, String passphrase) {
        try (Secret api = Secret.ofString(apiKey); Secret secret = Secret.ofString(secretKey);
                Secret phrase = Secret.ofString(passphrase)) {
            model.rotate(api, secret, phrase);
        }
    }

    @Test
    void theNewKeyTakesOverTheOldOnesSettingsAndRotationTicksWhileTheOldIsArchived() throws Exception {
        model.ticksChanged(Set.of("account-ready", "rotate-create"));
        assertThat(vault.key(old.id()).orElseThrow().checklistDone()).contains("rotate-create");

        rotate("  new-api-key\n", "new-secret", "New-pass-2");

        assertThat(rotated).hasSize(1);
        KeyRecord replacement = rotated.get(0);
        assertThat(replacement.label()).isEqualTo("Grid bot");
        assertThat(replacement.region()).isEqualTo(Region.EEA);
        assertThat(replacement.baseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(replacement.rotationDays()).isEqualTo(30);
        assertThat(replacement.checklistDone()).containsExactly("rotate-create");
        try (Credentials stored = vault.credentials(replacement.id()); Secret expected = Secret.ofString("new-api-key")) {
            assertThat(stored.apiKey().contentEquals(expected)).as("spaces around the pasted value removed").isTrue();
        }
        KeyRecord archived = vault.key(old.id()).orElseThrow();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.replacedById()).isEqualTo(replacement.id());
        assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(replacement.id());
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void missingValuesAndTheOldKeyItselfAreRefusedWithTheNextStep() throws Exception {
        rotate("new-api-key", " ", "New-pass-2");
        assertThat(model.messageProperty().get()).startsWith("Paste the new key's API key, secret key and passphrase");

        rotate("old-api-key", "new-secret", "New-pass-2");
        assertThat(model.messageProperty().get()).contains("is the API key of \"Grid bot\" itself");

        assertThat(rotated).isEmpty();
        assertThat(vault.key(old.id()).orElseThrow().archived()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
