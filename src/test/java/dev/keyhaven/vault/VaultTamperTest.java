package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage and tampering are detected, reported as damage (not as a wrong password), and never decrypt. */
class VaultTamperTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private Vault open() throws VaultException {
        return Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
    }

    @Test
    @Tag("slow")
    void everyFlippedByteOfTheHeaderIsDamageNotAWrongPassword() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        byte[] header;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            header = raw.blob("vault_header", "header", 1);
        }
        byte[] original = Files.readAllBytes(file());
        int start = indexOf(original, header);
        assertThat(start).as("the header is stored once, in one piece").isPositive();
        assertThat(indexOf(original, header, start + 1)).isEqualTo(-1);

        for (int i = start; i < start + header.length; i++) {
            byte[] damaged = original.clone();
            damaged[i] ^= 0x01;
            Files.write(file(), damaged);
            int position = i - start;
            assertThatThrownBy(this::open)
                    .as("flipped header byte %d", position)
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                        assertThat(e.getMessage()).startsWith("This vault file is damaged (");
                    });
        }

        Files.write(file(), original);
        open().close();
    }

    @Test
    @Tag("mutation-redundant")
    void everyFlippedByteOfAStoredCredentialIsDetected() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            try (RawVaultFile raw = new RawVaultFile(file())) {
                for (String column : new String[] {"api_key", "secret_key", "passphrase"}) {
                    byte[] original = raw.blob("keys", column, id);
                    for (int i = 0; i < original.length; i++) {
                        byte[] flipped = original.clone();
                        flipped[i] ^= (byte) 0x80;
                        raw.setBlob("keys", column, id, flipped);
                        assertDamaged(() -> vault.credentials(id), column + " byte " + i);
                    }
                    raw.setBlob("keys", column, id, original);
                }
            }
            vault.credentials(id).close();
        }
    }

    /** One unlock per byte: the slowest vault test; a mutation run can leave it out (README, Mutation testing). */
    @Test
    @Tag("slow")
    void everyFlippedByteOfStoredMetadataAndHistoryIsDetected() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("bot")).record().id();
            vault.recordHistory(id, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                    "Works.", true, null, null, "4711", null, null));
            vault.backups().now("manual"); // so that the reopenings below need no daily backup
        }
        byte[] metadata;
        byte[] history;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            metadata = raw.blob("keys", "metadata", id);
            history = raw.blob("history", "entry", 1);
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            for (int i = 0; i < metadata.length; i++) {
                byte[] flipped = metadata.clone();
                flipped[i] ^= 0x01;
                raw.setBlob("keys", "metadata", id, flipped);
                // A fresh unlock checks the seal over every row before anything is decrypted.
                assertTampered(this::open, "metadata byte " + i);
            }
            raw.setBlob("keys", "metadata", id, metadata);
        }
        try (Vault vault = open()) {
            try (RawVaultFile raw = new RawVaultFile(file())) {
                for (int i = 0; i < history.length; i++) {
                    byte[] flipped = history.clone();
                    flipped[i] ^= 0x01;
                    raw.setBlob("history", "entry", 1, flipped);
                    long key = id;
                    assertDamaged(() -> vault.history(key), "history byte " + i);
                }
                raw.setBlob("history", "entry", 1, history);
            }
            assertThat(vault.history(id)).hasSize(1);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aValueMovedToAnotherRowOrFieldDoesNotDecrypt() throws Exception {
        long first;
        long second;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            first = vault.add(TestKeys.draft("first")).record().id();
            second = vault.add(TestKeys.draft("second")).record().id();
            vault.recordHistory(first, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.OK, "Works.", true, null, null, null, null, null));
            try (RawVaultFile raw = new RawVaultFile(file())) {
                byte[] secondApiKey = raw.blob("keys", "api_key", second);

                raw.setBlob("keys", "api_key", second, raw.blob("keys", "api_key", first));
                assertDamaged(() -> vault.credentials(second), "api key of another row");

                raw.setBlob("keys", "api_key", second, raw.blob("keys", "secret_key", second));
                assertDamaged(() -> vault.credentials(second), "secret key in the api key's place");

                raw.setBlob("keys", "api_key", second, secondApiKey);
                raw.execute("UPDATE history SET key_id = " + second + " WHERE key_id = " + first);
                long target = second;
                assertDamaged(() -> vault.history(target), "history entry moved to another key");
            }
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("keys", "metadata", second, raw.blob("keys", "metadata", first));
        }
        assertTampered(this::open, "metadata of another row");
    }

    @Test
    @Tag("mutation-redundant")
    void aDamagedHeaderPointsToTheNewestGoodBackup() throws Exception {
        Backup backup;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("bot"));
            backup = vault.backups().now("manual");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            byte[] header = raw.blob("vault_header", "header", 1);
            header[header.length - 1] ^= 0x01;
            raw.setBlob("vault_header", "header", 1, header);
        }

        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains("its header does not match its checksum")
                    .contains("Your newest whole backup is from");
            assertThat(e.newestGoodBackup()).contains(backup.file());
        });
    }

    @Test
    void filesThatAreNotVaultsAreDamageWithASentence() throws Exception {
        Files.write(file(), "this is a text file, not a database, and it is long enough to look like one".getBytes());
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).startsWith("This vault file is damaged").contains("No whole backup");
        });

        Files.delete(file());
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        }
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains("not a Keyhaven vault");
        });
    }

    @Test
    void aFileFromANewerKeyhavenIsNotTouched() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEWER_FORMAT);
            assertThat(e.getMessage()).contains("Update Keyhaven");
        });
    }

    private static void assertDamaged(ThrowingCallable call, String what) {
        try {
            call.call();
            fail("no damage reported for " + what);
        } catch (VaultException e) {
            assertThat(e.reason()).as(what).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).as(what).contains("fails its integrity check");
        } catch (Throwable other) {
            fail("unexpected failure for " + what, other);
        }
    }

    static void assertTampered(ThrowingCallable call, String what) {
        try {
            call.call();
            fail("no tampering reported for " + what);
        } catch (VaultException e) {
            assertThat(e.reason()).as(what).isEqualTo(Reason.TAMPERED);
            assertThat(e.getMessage()).as(what).startsWith("This vault was changed outside Keyhaven (");
        } catch (Throwable other) {
            fail("unexpected failure for " + what, other);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
