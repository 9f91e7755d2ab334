package dev.keyhaven.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: the archived card of a revoked key asks OKX again, as the revoke page does. */
class AskOkxAgainTest {

    @TempDir
    Path folder;

    @Test
    void aRevokedKeyOkxStillAcceptsRaisesTheAlarmAndClearsItOnceDeleted() throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start();
                OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(2)).build();
                Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests())) {
            FakeKey fake = okx.add(FakeKey.builder().perm("read_only").label("journal"));
            long id;
            try (Credentials credentials = new Credentials(Secret.ofString(fake.apiKey()),
                    Secret.ofString(fake.secretKey()), Secret.ofString(fake.passphrase()))) {
                id = vault.add(new KeyDraft("journal", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL,
                        okx.baseUrl(), "", 0, credentials)).record().id();
            }
            new KeyLifecycle(vault, Clock.systemUTC()).revoke(id);
            ArchivedKeysViewModel model = new ArchivedKeysViewModel(vault, BackgroundWork.inline(), ZoneOffset.UTC,
                    new RecordingDialogs(), copied -> { }, restored -> { });
            model.setChecks(new KeyService(new KeyChecker(client)));
            model.load();
            ArchivedKey revoked = model.keys().get(0);
            assertThat(model.canAskOkx(revoked)).isTrue();

            model.askOkxAgain(revoked);

            assertThat(model.messageProperty().get()).startsWith("OKX still accepts this revoked key");
            assertThat(model.keys().get(0).alarm()).startsWith("OKX still accepts this revoked key");

            okx.remove(fake);
            model.askOkxAgain(model.keys().get(0));

            assertThat(model.messageProperty().get()).startsWith("Confirmed: OKX no longer accepts");
            assertThat(model.keys().get(0).alarm()).isEmpty();
            // Walk 20b §5: the card says it for good, not only the passing note.
            assertThat(model.keys().get(0).fate()).startsWith("Revoked: not replaced.")
                    .containsPattern("OKX confirmed on \\d+ \\w+ 20\\d\\d, \\d\\d:\\d\\d that it no longer accepts this key\\.$");
        }
    }
}
