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
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(password);
            try (ValueCipher cipher = new ValueCipher(dataKey)) {
                KeyRows rows = new KeyRows(cipher, header.vaultId());
                KeyRows.Metadata old = KeyRows.Metadata.of(key);
                KeyRows.Metadata edited = new KeyRows.Metadata(old.label(), old.purpose(), old.environment(),
                        old.region(), baseUrl, old.notes(), old.rotationDays(), old.checklistDone(), old.archivedAt(),
                        old.replacedById());
                database.inTransaction(connection -> {
                    rows.writeMetadata(connection, key.id(), edited, Instant.now());
                    return null;
                });
            } finally {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
        }
    }
}
