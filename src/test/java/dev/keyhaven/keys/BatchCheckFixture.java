package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of {@link BatchCheck} share: a real vault file, the fake OKX on loopback, a checker of it. */
abstract class BatchCheckFixture {

    @TempDir
    Path folder;

    final FakeOkxServer okx = FakeOkxServer.start();
    OkxClient client;
    KeyChecker checker;
    Vault vault;

    /** The client the checks go through. */
    OkxClient newClient() {
        return OkxClient.builder().build();
    }

    @BeforeEach
    void openVault() throws VaultException {
        client = newClient();
        checker = new KeyChecker(client);
        try (Secret password = Secret.ofString("correct horse battery staple")) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
    }

    @AfterEach
    void closeAll() {
        vault.close();
        checker.close();
        client.close();
        okx.close();
    }

    /** Saves {@code key} as a live trading key; with {@code knownUid}, after a check an hour ago that saw it. */
    KeyRecord store(String label, FakeKey key, String knownUid) throws VaultException {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            KeyRecord record = vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    okx.baseUrl(), "", 0, credentials)).record();
            if (knownUid != null) {
                vault.recordHistory(record.id(), new HistoryEntry(Instant.now().minusSeconds(3600),
                        HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Works.", true, null, List.of(), knownUid,
                        List.of(), null));
            }
            return record;
        }
    }

    /** A key of account 777000111 that reads and trades from 127.0.0.1, saved as checked an hour ago. */
    KeyRecord storeOfOneAccount(String label) throws VaultException {
        FakeKey key = okx.add(FakeKey.builder().uid("777000111").perm("read_only,trade").ips("127.0.0.1").label(label));
        return store(label, key, "777000111");
    }
}
