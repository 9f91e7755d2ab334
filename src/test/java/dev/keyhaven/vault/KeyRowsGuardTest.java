package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value moved to another field of its own row (with the vault open, so the seal is not read again) is
 * reported as that field's damage by name; history comes back newest first, ties by the later row, read
 * for one key or for all at once.
 */
class KeyRowsGuardTest {

    @TempDir
    Path folder;

    @Test
    void eachCredentialMovedToAnotherFieldIsNamedAsThatFieldsDamage() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests());
             RawVaultFile raw = new RawVaultFile(folder.resolve("v.khvault"))) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            byte[] apiKey = raw.blob("keys", "api_key", id);
            byte[] secretKey = raw.blob("keys", "secret_key", id);
            byte[] passphrase = raw.blob("keys", "passphrase", id);

            raw.setBlob("keys", "api_key", id, secretKey);
            assertDamaged(() -> vault.credentials(id), "the stored api key of key " + id + " fails its integrity check");
            assertDamaged(() -> vault.apiKey(id), "the stored api key of key " + id);
            raw.setBlob("keys", "api_key", id, apiKey);

            raw.setBlob("keys", "secret_key", id, passphrase);
            assertDamaged(() -> vault.credentials(id), "the stored secret key of key " + id);
            raw.setBlob("keys", "secret_key", id, secretKey);

            raw.setBlob("keys", "passphrase", id, apiKey);
            assertDamaged(() -> vault.credentials(id), "the stored passphrase of key " + id);
            raw.setBlob("keys", "passphrase", id, passphrase);

            try (Credentials back = vault.credentials(id); Secret api = vault.apiKey(id)) {
                assertThat(back.passphrase().contentEquals(Secret.ofString("passphrase-bot"))).isTrue();
                assertThat(api.contentEquals(Secret.ofString("apikey-bot"))).isTrue();
            }
        }
    }

    @Test
    void aHistoryEntryMovedToAnotherRowIsNamedByItsRow() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests());
             RawVaultFile raw = new RawVaultFile(folder.resolve("v.khvault"))) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            vault.recordHistory(id, entry(Instant.EPOCH, "first"));
            vault.recordHistory(id, entry(Instant.EPOCH, "second"));
            raw.setBlob("history", "entry", 2, raw.blob("history", "entry", 1));
            assertDamaged(() -> vault.history(id), "history entry 2 fails its integrity check");
        }
    }

    @Test
    void historyIsNewestFirstThenLaterRowFirstWithUndatedEntriesLast() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            long other = vault.add(TestKeys.draft("other")).record().id();
            vault.recordHistory(id, entry(Instant.parse("2026-01-02T00:00:00Z"), "b"));
            vault.recordHistory(id, entry(null, "undated"));
            vault.recordHistory(other, entry(Instant.parse("2026-01-05T00:00:00Z"), "another key's"));
            vault.recordHistory(id, entry(Instant.parse("2026-01-03T00:00:00Z"), "c"));
            vault.recordHistory(id, entry(Instant.parse("2026-01-01T00:00:00Z"), "a"));
            vault.recordHistory(id, entry(Instant.parse("2026-01-02T00:00:00Z"), "b, recorded later"));
            assertThat(vault.history(id)).extracting(HistoryEntry::summary)
                    .containsExactly("c", "b, recorded later", "b", "a", "undated");
        }
    }

    @Test
    void everyKeysHistoryReadInOneQueryIsEachKeysHistoryInTheSameOrder() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            long other = vault.add(TestKeys.draft("other")).record().id();
            long quiet = vault.add(TestKeys.draft("quiet")).record().id();
            vault.recordHistory(id, entry(Instant.parse("2026-01-02T00:00:00Z"), "b"));
            vault.recordHistory(id, entry(null, "undated"));
            vault.recordHistory(other, entry(Instant.parse("2026-01-05T00:00:00Z"), "another key's"));
            vault.recordHistory(id, entry(Instant.parse("2026-01-03T00:00:00Z"), "c"));
            vault.recordHistory(id, entry(Instant.parse("2026-01-02T00:00:00Z"), "b, recorded later"));

            Map<Long, List<HistoryEntry>> histories = vault.histories(Set.of(id, other, quiet));

            assertThat(histories.get(id)).extracting(HistoryEntry::summary)
                    .containsExactly("c", "b, recorded later", "b", "undated");
            assertThat(histories.get(id)).isEqualTo(vault.history(id));
            assertThat(histories.get(other)).extracting(HistoryEntry::summary).containsExactly("another key's");
            assertThat(histories).doesNotContainKey(quiet).hasSize(2);
            assertThat(vault.histories(Set.of(other))).containsOnlyKeys(other);
        }
    }

    @Test
    void aDamagedHistoryOfAKeyNotAskedForIsNotReadWithTheOthers() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests());
             RawVaultFile raw = new RawVaultFile(folder.resolve("v.khvault"))) {
            long[] keys = twoKeysTheFirstWithTwoEntries(vault);
            long notAsked = keys[0];
            long listed = keys[1];
            vault.recordHistory(listed, entry(Instant.EPOCH, "listed"));
            raw.setBlob("history", "entry", 2, raw.blob("history", "entry", 1));

            assertThat(vault.histories(Set.of(listed)).get(listed)).extracting(HistoryEntry::summary)
                    .containsExactly("listed");
            assertDamaged(() -> vault.histories(Set.of(listed, notAsked)), "history entry 2 fails its integrity check");
        }
    }

    @Test
    void aHistoryEntryMovedToAnotherKeyOrRowIsDamageWhenEveryHistoryIsRead() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("v.khvault"), TestKeys.password(), VaultOptions.forTests());
             RawVaultFile raw = new RawVaultFile(folder.resolve("v.khvault"))) {
            long[] keys = twoKeysTheFirstWithTwoEntries(vault);
            long id = keys[0];
            long other = keys[1];

            raw.execute("UPDATE history SET key_id = " + other + " WHERE id = 2");
            assertDamaged(() -> vault.histories(Set.of(id, other)), "history entry 2 fails its integrity check");
            raw.execute("UPDATE history SET key_id = " + id + " WHERE id = 2");
            assertThat(vault.histories(Set.of(id)).get(id)).hasSize(2);

            raw.setBlob("history", "entry", 2, raw.blob("history", "entry", 1));
            assertDamaged(() -> vault.histories(Set.of(id, other)), "history entry 2 fails its integrity check");
        }
    }

    /** Two keys, "bot" and "other"; history rows 1 and 2 are the first key's. */
    private static long[] twoKeysTheFirstWithTwoEntries(Vault vault) throws VaultException {
        long first = vault.add(TestKeys.draft("bot")).record().id();
        long second = vault.add(TestKeys.draft("other")).record().id();
        vault.recordHistory(first, entry(Instant.EPOCH, "first"));
        vault.recordHistory(first, entry(Instant.EPOCH, "second"));
        return new long[] {first, second};
    }

    private static HistoryEntry entry(Instant at, String summary) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, summary, true, null, null, null,
                null, null);
    }

    private static void assertDamaged(ThrowingCallable call, String what) {
        assertThatThrownBy(call).isInstanceOf(VaultException.class).hasMessageContaining(what)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.DAMAGED);
    }
}
