package dev.keyhaven.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the rows of the keys and history tables, encrypting every value with the data key.
 * A key's metadata (label, purpose, notes...) is one JSON document; each credential is its own value,
 * so listing keys never decrypts a credential.
 */
final class KeyRows {

    static final String METADATA = "metadata";
    static final String API_KEY = "api_key";
    static final String SECRET_KEY = "secret_key";
    static final String PASSPHRASE = "passphrase";
    /** The encrypted columns of a key's row, in table order. */
    static final List<String> FIELDS = List.of(METADATA, API_KEY, SECRET_KEY, PASSPHRASE);

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ValueCipher cipher;
    private final byte[] vaultId;
    /** False only for reading values of format 1 (before values were padded), to migrate them. */
    private final boolean padded;

    KeyRows(ValueCipher cipher, byte[] vaultId) {
        this(cipher, vaultId, true);
    }

    private KeyRows(ValueCipher cipher, byte[] vaultId, boolean padded) {
        this.cipher = cipher;
        this.vaultId = vaultId.clone();
        this.padded = padded;
    }

    /** Rows as format 1 stored them: values not padded. */
    static KeyRows unpadded(ValueCipher cipher, byte[] vaultId) {
        return new KeyRows(cipher, vaultId, false);
    }

    /** The same key reading values as format 1 stored them (a backup made before a format update). */
    KeyRows unpaddedTwin() {
        return new KeyRows(cipher, vaultId, false);
    }

    byte[] vaultId() {
        return vaultId.clone();
    }

    /** Every key's record, decrypted, in id order. */
    Map<Long, KeyRecord> loadAll(Connection connection) throws SQLException, DamagedValue {
        Map<Long, KeyRecord> records = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, created_at, updated_at, metadata FROM keys ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                KeyMetadata metadata = decryptJson(rows.getBytes(4), ValueBinding.key(vaultId, id, METADATA), KeyMetadata.class);
                records.put(id, metadata.toRecord(id, Instant.ofEpochMilli(rows.getLong(2)), Instant.ofEpochMilli(rows.getLong(3))));
            }
        }
        return records;
    }

    /** Inserts a key and returns its id. */
    long insert(Connection connection, KeyMetadata metadata, Credentials credentials, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO keys (created_at, updated_at, metadata, api_key, secret_key, passphrase)"
                        + " VALUES (?, ?, x'', x'', x'', x'')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, now.toEpochMilli());
            insert.setLong(2, now.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        // The values are bound to the row id, which SQLite has only just chosen.
        writeMetadata(connection, id, metadata, now);
        writeCredentials(connection, id, credentials);
        return id;
    }

    void writeMetadata(Connection connection, long id, KeyMetadata metadata, Instant updatedAt) throws SQLException {
        byte[] sealed = encryptJson(metadata, ValueBinding.key(vaultId, id, METADATA));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE keys SET metadata = ?, updated_at = ? WHERE id = ?")) {
            update.setBytes(1, sealed);
            update.setLong(2, updatedAt.toEpochMilli());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    void writeCredentials(Connection connection, long id, Credentials credentials) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE keys SET api_key = ?, secret_key = ?, passphrase = ? WHERE id = ?")) {
            update.setBytes(1, encryptSecret(credentials.apiKey(), ValueBinding.key(vaultId, id, API_KEY)));
            update.setBytes(2, encryptSecret(credentials.secretKey(), ValueBinding.key(vaultId, id, SECRET_KEY)));
            update.setBytes(3, encryptSecret(credentials.passphrase(), ValueBinding.key(vaultId, id, PASSPHRASE)));
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /** The three credentials of key {@code id}, decrypted; the caller closes them. */
    /** Decrypts the API key alone: the secret key and the passphrase stay encrypted. */
    Secret apiKey(Connection connection, long id) throws SQLException, DamagedValue {
        try (PreparedStatement query = connection.prepareStatement("SELECT api_key FROM keys WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("key " + id + " vanished");
                }
                return decryptSecret(row.getBytes(1), ValueBinding.key(vaultId, id, API_KEY));
            }
        }
    }

    Credentials credentials(Connection connection, long id) throws SQLException, DamagedValue {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT api_key, secret_key, passphrase FROM keys WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("key " + id + " vanished");
                }
                Secret apiKey = decryptSecret(row.getBytes(1), ValueBinding.key(vaultId, id, API_KEY));
                try {
                    Secret secretKey = decryptSecret(row.getBytes(2), ValueBinding.key(vaultId, id, SECRET_KEY));
                    try {
                        return new Credentials(apiKey, secretKey,
                                decryptSecret(row.getBytes(3), ValueBinding.key(vaultId, id, PASSPHRASE)));
                    } catch (DamagedValue e) {
                        secretKey.wipe();
                        throw e;
                    }
                } catch (DamagedValue e) {
                    apiKey.wipe();
                    throw e;
                }
            }
        }
    }

    /** Ids of the keys whose API key equals {@code apiKey} (compared in constant time). */
    List<Long> idsHoldingApiKey(Connection connection, Secret apiKey) throws SQLException, DamagedValue {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, api_key FROM keys ORDER BY id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                try (Secret stored = decryptSecret(rows.getBytes(2), ValueBinding.key(vaultId, id, API_KEY))) {
                    if (stored.contentEquals(apiKey)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement history = connection.prepareStatement("DELETE FROM history WHERE key_id = ?");
             PreparedStatement key = connection.prepareStatement("DELETE FROM keys WHERE id = ?")) {
            history.setLong(1, id);
            history.executeUpdate();
            key.setLong(1, id);
            key.executeUpdate();
        }
    }

    /** Adds an entry to a key's history and returns the entry's row id. */
    long insertHistory(Connection connection, long keyId, HistoryEntry entry, Instant now) throws SQLException {
        long historyId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO history (key_id, recorded_at, entry) VALUES (?, ?, x'')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, keyId);
            insert.setLong(2, now.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                historyId = keys.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE history SET entry = ? WHERE id = ?")) {
            update.setBytes(1, encryptJson(entry, ValueBinding.history(vaultId, historyId, keyId)));
            update.setLong(2, historyId);
            update.executeUpdate();
        }
        return historyId;
    }

    /** A key's history, newest first. */
    List<HistoryEntry> history(Connection connection, long keyId) throws SQLException, DamagedValue {
        List<StoredEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, entry FROM history WHERE key_id = ?")) {
            query.setLong(1, keyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(storedEntry(rows.getLong(1), keyId, rows.getBytes(2)));
                }
            }
        }
        return newestFirst(entries);
    }

    /**
     * The histories of {@code keyIds}, each newest first, in one query; a key without history has no entry.
     * Other keys' rows (archived keys') are not decrypted.
     */
    Map<Long, List<HistoryEntry>> histories(Connection connection, Set<Long> keyIds) throws SQLException, DamagedValue {
        Map<Long, List<StoredEntry>> byKey = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, key_id, entry FROM history")) {
            while (rows.next()) {
                long keyId = rows.getLong(2);
                if (keyIds.contains(keyId)) {
                    byKey.computeIfAbsent(keyId, key -> new ArrayList<>())
                            .add(storedEntry(rows.getLong(1), keyId, rows.getBytes(3)));
                }
            }
        }
        Map<Long, List<HistoryEntry>> histories = new HashMap<>();
        for (Map.Entry<Long, List<StoredEntry>> key : byKey.entrySet()) {
            histories.put(key.getKey(), newestFirst(key.getValue()));
        }
        return Map.copyOf(histories);
    }

    private record StoredEntry(long id, HistoryEntry entry) {
    }

    private StoredEntry storedEntry(long id, long keyId, byte[] encrypted) throws DamagedValue {
        return new StoredEntry(id, decryptJson(encrypted, ValueBinding.history(vaultId, id, keyId), HistoryEntry.class));
    }

    private static List<HistoryEntry> newestFirst(List<StoredEntry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing((StoredEntry stored) -> stored.entry().at(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(StoredEntry::id, Comparator.reverseOrder()))
                .map(StoredEntry::entry)
                .toList();
    }

    /** Decrypts every value in the database behind {@code connection} (a fresh backup) and counts the rows. */
    long verifyEveryValue(Connection connection) throws SQLException, DamagedValue {
        long values = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, metadata, api_key, secret_key, passphrase FROM keys")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                for (int i = 0; i < FIELDS.size(); i++) {
                    wipe(decrypt(rows.getBytes(i + 2), ValueBinding.key(vaultId, id, FIELDS.get(i))));
                    values++;
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, key_id, entry FROM history")) {
            while (rows.next()) {
                wipe(decrypt(rows.getBytes(3), ValueBinding.history(vaultId, rows.getLong(1), rows.getLong(2))));
                values++;
            }
        }
        return values;
    }

    private byte[] encryptSecret(Secret secret, ValueBinding binding) {
        byte[] plain = secret.utf8();
        try {
            return sealValue(plain, binding, Padding.CREDENTIAL);
        } finally {
            wipe(plain);
        }
    }

    /** Pads {@code plain} to {@code bucket} and encrypts it for {@code binding}. */
    byte[] sealValue(byte[] plain, ValueBinding binding, int bucket) {
        if (!padded) {
            return cipher.encrypt(plain, binding);
        }
        byte[] padding = Padding.pad(plain, bucket);
        try {
            return cipher.encrypt(padding, binding);
        } finally {
            wipe(padding);
        }
    }

    /** The bucket a stored field is padded to. */
    static int bucketOf(String field) {
        return METADATA.equals(field) ? Padding.TEXT : Padding.CREDENTIAL;
    }

    private Secret decryptSecret(byte[] stored, ValueBinding binding) throws DamagedValue {
        byte[] plain = decrypt(stored, binding);
        try {
            return Secret.fromUtf8(plain);
        } finally {
            wipe(plain);
        }
    }

    private byte[] encryptJson(Object value, ValueBinding binding) {
        byte[] plain;
        try {
            plain = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
        try {
            return sealValue(plain, binding, Padding.TEXT);
        } finally {
            wipe(plain);
        }
    }

    private <T> T decryptJson(byte[] stored, ValueBinding binding, Class<T> type) throws DamagedValue {
        byte[] plain = decrypt(stored, binding);
        try {
            return JSON.readValue(plain, type);
        } catch (IOException e) {
            throw new DamagedValue(binding);
        } finally {
            wipe(plain);
        }
    }

    /** The value stored for {@code binding}, decrypted and unpadded; the caller wipes it. */
    byte[] decrypt(byte[] stored, ValueBinding binding) throws DamagedValue {
        byte[] plain;
        try {
            plain = cipher.decrypt(stored, binding);
        } catch (ValueCipher.TamperedException e) {
            throw new DamagedValue(binding);
        }
        if (!padded) {
            return plain;
        }
        byte[] value = Padding.unpad(plain);
        wipe(plain);
        if (value == null) {
            throw new DamagedValue(binding);
        }
        return value;
    }

    static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }

    /** A stored value failed its integrity check: changed on disk, or copied from another row or field. */
    static final class DamagedValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ValueBinding binding;

        DamagedValue(ValueBinding binding) {
            super(binding.toString(), null, false, false);
            this.binding = binding;
        }

        /** Completes "This vault file is damaged (...)". */
        String what() {
            if (ValueBinding.HISTORY.equals(binding.table())) {
                return "history entry " + binding.rowId() + " fails its integrity check";
            }
            return "the stored " + binding.field().replace('_', ' ') + " of key " + binding.rowId()
                    + " fails its integrity check";
        }
    }
}
