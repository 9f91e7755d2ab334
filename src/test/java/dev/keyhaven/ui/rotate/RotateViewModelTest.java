package dev.keyhaven.ui.rotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
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

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.create();
    private final FakeKey fresh = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
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
                    okx.baseUrl(), "VPS", 30, credentials)).record();
        }
        vault.setChecklistDone(old.id(), Set.of("account-ready"));
        old = vault.key(old.id()).orElseThrow();
        model = new RotateViewModel(vault, old, new KeyLifecycle(vault, Clock.systemUTC(),
                new KeyService(new KeyChecker(client))), BackgroundWork.inline(),
                ROTATION_STEPS, rotated::add);
    }

    @AfterEach
    void closeVault() {
        vault.close();
        client.close();
        okx.close();
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

        rotate("  " + fresh.apiKey() + "\n", fresh.secretKey(), fresh.passphrase());

        assertThat(rotated).hasSize(1);
        KeyRecord replacement = rotated.get(0);
        assertThat(replacement.label()).isEqualTo("Grid bot");
        assertThat(replacement.region()).isEqualTo(Region.EEA);
        assertThat(replacement.baseUrl()).isEqualTo(okx.baseUrl());
        assertThat(replacement.rotationDays()).isEqualTo(30);
        assertThat(replacement.checklistDone()).containsExactly("rotate-create");
        try (Credentials stored = vault.credentials(replacement.id()); Secret expected = Secret.ofString(fresh.apiKey())) {
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
    void aNewKeyOkxRefusesLeavesTheOldKeyActiveAndSaysWhy() throws Exception {
        rotate(fresh.apiKey(), fresh.secretKey(), "Not-its-passphrase-3");

        assertThat(rotated).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("The new key was not installed: OKX refused it.")
                .contains("\"Grid bot\" stays active and nothing was archived.");
        assertThat(vault.key(old.id()).orElseThrow().archived()).isFalse();
        assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(old.id());
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
