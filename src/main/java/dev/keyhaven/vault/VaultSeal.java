package dev.keyhaven.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Seals the vault as one whole: every row of the keys and history tables gets a tag (HMAC-SHA256 over
 * its id, times and stored values) under a key derived from the data key with HKDF; the XOR of all
 * tags and a generation counter are stored in {@code vault_seal}, encrypted under a second derived key
 * with the generation as associated data. A deleted, added, swapped or rolled-back row, or an edited
 * generation, no longer matches. Every write raises the generation; the XOR lets a write update the
 * seal from the rows it touched alone.
 */
final class VaultSeal implements AutoCloseable {

    static final String TABLE = "vault_seal";
    private static final int DIGEST_BYTES = 32;
    private static final byte[] TAG_INFO = "keyhaven vault row tags v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEAL_INFO = "keyhaven vault seal v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] vaultId;
    private final byte[] tagKey;
    private final Mac mac;
    private final ValueCipher sealCipher;
    /** The stored seal last read or written: its hash tells two files of the same generation apart. */
    private byte[] lastSealed = new byte[0];

    /** Derives the seal's keys from {@code dataKey} (which the caller keeps and wipes). */
    VaultSeal(byte[] dataKey, byte[] vaultId) {
        this.vaultId = vaultId.clone();
        this.tagKey = derive(dataKey, vaultId, TAG_INFO);
        byte[] sealKey = derive(dataKey, vaultId, SEAL_INFO);
        try {
            this.sealCipher = new ValueCipher(sealKey);
        } finally {
            Arrays.fill(sealKey, (byte) 0);
        }
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tagKey, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks HMAC-SHA256", e);
        }
    }

    /** A short hash of the stored seal last read or written (each write stores a fresh one). */
    synchronized String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(lastSealed);
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }

    /** The seal's table; created empty by the format update that introduced it. */
    static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " ("
                    + " id INTEGER PRIMARY KEY CHECK (id = 1),"
                    + " generation INTEGER NOT NULL,"
                    + " seal BLOB NOT NULL)");
        }
    }

    /** Seals the rows as they are, at {@code generation}: for a new vault and the format update only. */
    synchronized void sealAsIs(Connection connection, long generation) throws SQLException {
        lastSealed = store(connection, generation, digestOfAllRows(connection));
    }

    /** Seals another file's rows (a backup re-encrypted under this key); this vault's fingerprint stays. */
    synchronized void sealCopyAsIs(Connection connection, long generation) throws SQLException {
        store(connection, generation, digestOfAllRows(connection));
    }

    /** The generation of a sealed file, read without any key (a backup's, say); 0 when it is not sealed. */
    static long generationOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'")) {
            if (!tables.next() || tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT generation FROM " + TABLE + " WHERE id = 1")) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** The generation, when every row matches the seal; {@link Broken} saying what does not otherwise. */
    synchronized long verify(Connection connection) throws SQLException, Broken {
        return verify(connection, false);
    }

    /** As {@link #verify(Connection)}, for the vault's own file: its seal becomes the {@link #fingerprint()}. */
    synchronized long verifyOwn(Connection connection) throws SQLException, Broken {
        return verify(connection, true);
    }

    private long verify(Connection connection, boolean own) throws SQLException, Broken {
        Stored stored = readStored(connection);
        if (own) {
            lastSealed = stored.sealed();
        }
        byte[] expected = digestOfAllRows(connection);
        if (!MessageDigest.isEqual(expected, stored.digest())) {
            throw new Broken("its keys or their history are not as Keyhaven left them");
        }
        return stored.generation();
    }

    /** A write to a file of a format from before seals (only while it is being updated, or in tests). */
    synchronized Update unsealed() {
        return new Update(null, null);
    }

    /** Starts a sealed write in the caller's transaction: checks the stored seal is one Keyhaven wrote. */
    synchronized Update begin(Connection connection) throws SQLException, Broken {
        return new Update(connection, readStored(connection));
    }

    private Stored readStored(Connection connection) throws SQLException, Broken {
        SealedTables.refuseForeignSchema(connection);
        long generation;
        byte[] sealed;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT generation, seal FROM " + TABLE + " WHERE id = 1")) {
            if (!row.next()) {
                throw Broken.perhapsAnotherKey("its seal is missing");
            }
            generation = row.getLong(1);
            sealed = row.getBytes(2);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                throw Broken.perhapsAnotherKey("its seal is missing");
            }
            throw e;
        }
        try {
            byte[] digest = sealCipher.decrypt(sealed, sealContext(generation));
            if (digest.length != DIGEST_BYTES) {
                throw new Broken("its seal was changed");
            }
            return new Stored(generation, digest, sealed);
        } catch (ValueCipher.TamperedException e) {
            throw Broken.perhapsAnotherKey("its seal or its generation was changed");
        }
    }

    private byte[] store(Connection connection, long generation, byte[] digest) throws SQLException {
        byte[] sealed = sealCipher.encrypt(digest, sealContext(generation));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (id, generation, seal) VALUES (1, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, seal = excluded.seal")) {
            upsert.setLong(1, generation);
            upsert.setBytes(2, sealed);
            upsert.executeUpdate();
        }
        return sealed;
    }

    private byte[] sealContext(long generation) {
        return ByteBuffer.allocate(SEAL_INFO.length + vaultId.length + Long.BYTES)
                .put(SEAL_INFO).put(vaultId).putLong(generation).array();
    }

    private byte[] digestOfAllRows(Connection connection) throws SQLException {
        byte[] digest = new byte[DIGEST_BYTES];
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(KEY_COLUMNS + " FROM keys")) {
            while (rows.next()) {
                xorInto(digest, keyTag(rows));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY_COLUMNS + " FROM history")) {
            while (rows.next()) {
                xorInto(digest, historyTag(rows));
            }
        }
        return digest;
    }

    private static final String KEY_COLUMNS = "SELECT id, created_at, updated_at, metadata, api_key, secret_key, passphrase";
    private static final String HISTORY_COLUMNS = "SELECT id, key_id, recorded_at, entry";

    private byte[] keyTag(ResultSet row) throws SQLException {
        mac.update((byte) 'k');
        updateLong(row.getLong(1));
        updateLong(row.getLong(2));
        updateLong(row.getLong(3));
        for (int column = 4; column <= 7; column++) {
            updateBlob(row.getBytes(column));
        }
        return mac.doFinal();
    }

    private byte[] historyTag(ResultSet row) throws SQLException {
        mac.update((byte) 'h');
        updateLong(row.getLong(1));
        updateLong(row.getLong(2));
        updateLong(row.getLong(3));
        updateBlob(row.getBytes(4));
        return mac.doFinal();
    }

    private void updateLong(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            mac.update((byte) (value >>> shift));
        }
    }

    private void updateBlob(byte[] value) {
        byte[] bytes = value == null ? new byte[0] : value;
        updateLong(bytes.length);
        mac.update(bytes);
    }

    private static void xorInto(byte[] digest, byte[] tag) {
        for (int i = 0; i < DIGEST_BYTES; i++) {
            digest[i] ^= tag[i];
        }
    }

    private static byte[] derive(byte[] dataKey, byte[] salt, byte[] info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(dataKey, salt, info));
        byte[] key = new byte[DIGEST_BYTES];
        hkdf.generateBytes(key, 0, key.length);
        return key;
    }

    @Override
    public synchronized void close() {
        Arrays.fill(tagKey, (byte) 0);
        sealCipher.close();
        try {
            mac.init(new SecretKeySpec(new byte[DIGEST_BYTES], "HmacSHA256"));
        } catch (GeneralSecurityException impossible) {
            // the key was accepted once; the zero key is as long
        }
    }

    private record Stored(long generation, byte[] digest, byte[] sealed) {
    }

    /**
     * One write's change to the seal: {@link #before} each row the write will change or delete,
     * {@link #after} each row it changed or added, then {@link #commit}.
     */
    final class Update {
        private final Connection connection;
        private final long generation;
        private final byte[] digest;

        private Update(Connection connection, Stored stored) {
            this.connection = connection;
            this.generation = stored == null ? -1 : stored.generation();
            this.digest = stored == null ? null : stored.digest();
        }

        void beforeKey(long id) throws SQLException {
            foldKey(id);
        }

        void afterKey(long id) throws SQLException {
            foldKey(id);
        }

        /** A key's history rows, before they are deleted with it. */
        void beforeHistoryOf(long keyId) throws SQLException {
            if (digest == null) {
                return;
            }
            synchronized (VaultSeal.this) {
                try (PreparedStatement query = connection.prepareStatement(HISTORY_COLUMNS + " FROM history WHERE key_id = ?")) {
                    query.setLong(1, keyId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            xorInto(digest, historyTag(rows));
                        }
                    }
                }
            }
        }

        void afterHistory(long historyId) throws SQLException {
            if (digest == null) {
                return;
            }
            synchronized (VaultSeal.this) {
                try (PreparedStatement query = connection.prepareStatement(HISTORY_COLUMNS + " FROM history WHERE id = ?")) {
                    query.setLong(1, historyId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            xorInto(digest, historyTag(rows));
                        }
                    }
                }
            }
        }

        /** Stores the updated seal with the next generation, which it returns. */
        long commit() throws SQLException {
            if (digest == null) {
                return 0;
            }
            synchronized (VaultSeal.this) {
                lastSealed = store(connection, generation + 1, digest);
            }
            return generation + 1;
        }

        private void foldKey(long id) throws SQLException {
            if (digest == null) {
                return;
            }
            synchronized (VaultSeal.this) {
                try (PreparedStatement query = connection.prepareStatement(KEY_COLUMNS + " FROM keys WHERE id = ?")) {
                    query.setLong(1, id);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            xorInto(digest, keyTag(rows));
                        }
                    }
                }
            }
        }
    }

    /** The rows do not match the seal; {@link #getMessage()} completes "changed outside Keyhaven (...)". */
    static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean perhapsAnotherKey;

        /** A file this key's seal opens, or no file Keyhaven wrote under any key: it was changed outside Keyhaven. */
        Broken(String what) {
            this(what, false);
        }

        private Broken(String what, boolean perhapsAnotherKey) {
            super(what, null, false, false);
            this.perhapsAnotherKey = perhapsAnotherKey;
        }

        /** A seal this key does not open: the file was changed, or it was sealed under another data key. */
        static Broken perhapsAnotherKey(String what) {
            return new Broken(what, true);
        }

        /**
         * False when the file was changed outside Keyhaven whatever key it is under; true when this key does not
         * open its seal, as it does not open a copy made under another master password's data key.
         */
        boolean perhapsAnotherKey() {
            return perhapsAnotherKey;
        }
    }
}
