package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes what an older Keyhaven could store but this one refuses (a custom address outside OKX, say),
 * through the vault's own encryption but past its validation. The vault must be closed meanwhile.
 */
public final class OlderVaultWriter {

    private OlderVaultWriter() {
    }

    public static void storeBaseUrl(Path file, Secret password, KeyRecord key, String baseUrl) throws Exception {
        // Written as that Keyhaven would have: through the seal, which it kept up to date.
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(password);
            try (ValueCipher cipher = new ValueCipher(dataKey); VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                KeyRows rows = new KeyRows(cipher, header.vaultId());
                KeyMetadata old = KeyMetadata.of(key);
                KeyMetadata edited = new KeyMetadata(old.label(), old.purpose(), old.environment(),
                        old.region(), baseUrl, old.notes(), old.rotationDays(), old.checklistDone(), old.archivedAt(),
                        old.replacedById());
                database.inTransaction(connection -> {
                    VaultSeal.Update update;
                    try {
                        update = seal.begin(connection);
                    } catch (VaultSeal.Broken e) {
                        throw new IllegalStateException("the vault's seal is broken", e);
                    }
                    update.beforeKey(key.id());
                    rows.writeMetadata(connection, key.id(), edited, Instant.now());
                    update.afterKey(key.id());
                    update.commit();
                    return null;
                });
            } finally {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /**
     * Replaces every key's secret key and passphrase by bytes that cannot decrypt, and seals the vault
     * again as Keyhaven would: a test that a command never needs those two values.
     */
    public static void makeSecretsUndecryptable(Path file, Secret password) throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(password);
            try (VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                database.inTransaction(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("UPDATE keys SET secret_key = zeroblob(40), passphrase = zeroblob(40)");
                    }
                    seal.sealAsIs(connection, VaultSeal.generationOf(connection) + 1);
                    return null;
                });
            } finally {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

    /**
     * Replaces one key's API key by bytes that cannot decrypt and seals the vault again under its own data key, as
     * only someone holding that key could: the seal matches, so only the value's own check finds it.
     */
    public static void makeApiKeyUndecryptable(Path file, Secret password, long id) throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(password);
            try (VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                database.inTransaction(connection -> {
                    try (var update = connection.prepareStatement("UPDATE keys SET api_key = zeroblob(40) WHERE id = ?")) {
                        update.setLong(1, id);
                        update.executeUpdate();
                    }
                    seal.sealAsIs(connection, VaultSeal.generationOf(connection) + 1);
                    return null;
                });
            } finally {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }
}
