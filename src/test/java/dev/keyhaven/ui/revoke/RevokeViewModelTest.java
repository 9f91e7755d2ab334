package dev.keyhaven.ui.revoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevokeViewModelTest {

    @TempDir
    Path folder;

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.create();
    private Vault vault;
    private KeyRecord key;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> opened = new ArrayList<>();
    private final List<KeyRecord> replacements = new ArrayList<>();
    private int revokedCalls;

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Credentials credentials = new Credentials(Secret.ofString("a"), Secret.ofString("s"),
                        Secret.ofString("p"))) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
            key = vault.add(new KeyDraft("Tax journal", Purpose.READ_ONLY, Environment.LIVE, Region.US, okx.baseUrl(),
                    "", 0, credentials)).record();
        }
    }

    @AfterEach
    void closeVault() {
        vault.close();
        client.close();
        okx.close();
    }

    private RevokeViewModel model() {
        return new RevokeViewModel(key, new KeyLifecycle(vault, Clock.systemUTC(),
                new KeyService(new KeyChecker(client))), BackgroundWork.inline(), dialogs,
                opened::add, () -> revokedCalls++, replacements::add);
    }

    @Test
    void okxsPageIsTheRegionsApiManagement() {
        model().openOkxApiPage();
        assertThat(opened).containsExactly(Region.US.apiManagementUrl());
    }

    @Test
    void nothingHappensUnlessTheTraderConfirms() throws Exception {
        RevokeViewModel model = model();
        dialogs.answering(false);
        model.revoke();

        assertThat(dialogs.confirmations).singleElement().asString().contains("delete it there too");
        assertThat(dialogs.destructive).as("Revoke key is drawn red").hasSize(1);
        assertThat(vault.key(key.id()).orElseThrow().archived()).isFalse();
        assertThat(model.revokedProperty().get()).isFalse();
        assertThat(revokedCalls).isZero();
    }

    @Test
    void aConfirmedRevocationArchivesTheKeyNotesItAndOffersALikeReplacement() throws Exception {
        RevokeViewModel model = model();
        dialogs.answering(true);
        model.revoke();

        KeyRecord archived = vault.key(key.id()).orElseThrow();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.replacedById()).isNull();
        assertThat(vault.history(key.id())).extracting(HistoryEntry::summary)
                .anyMatch(summary -> summary.startsWith("Revoked as possibly compromised"));
        assertThat(model.revokedProperty().get()).isTrue();
        assertThat(revokedCalls).isEqualTo(1);
        assertThat(model.messageProperty().get()).as("deleted on OKX: OKX no longer knows the key")
                .contains("is revoked and archived. Confirmed: OKX no longer accepts \"Tax journal\"");
        assertThat(model.goneOnOkxProperty().get()).isTrue();

        model.revoke();
        assertThat(dialogs.confirmations).hasSize(1);
        model.createReplacement();
        assertThat(replacements).extracting(KeyRecord::purpose, KeyRecord::region)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Purpose.READ_ONLY, Region.US));
    }
}
