package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Decrypts every stored value with one set of rows' key and writes it back under another's, in the
 * caller's transaction: a password change (new data key) or a format update (values padded).
 * Row ids and times stay as they are.
 */
final class Reencryption {

    private Reencryption() {
    }

    /** Re-encrypts every value of the keys and history tables. */
    static void run(Connection connection, KeyRows from, KeyRows to) throws SQLException, KeyRows.DamagedValue {
        byte[] vaultId = from.vaultId();
        record KeyRow(long id, byte[][] fields) {
        }
        List<KeyRow> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, metadata, api_key, secret_key, passphrase FROM keys")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                byte[][] fields = new byte[KeyRows.FIELDS.size()][];
                for (int i = 0; i < fields.length; i++) {
                    String field = KeyRows.FIELDS.get(i);
                    byte[] plain = from.decrypt(rows.getBytes(i + 2), ValueBinding.key(vaultId, id, field));
                    try {
                        fields[i] = to.sealValue(plain, ValueBinding.key(vaultId, id, field), KeyRows.bucketOf(field));
                    } finally {
                        KeyRows.wipe(plain);
                    }
                }
                keys.add(new KeyRow(id, fields));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE keys SET metadata = ?, api_key = ?, secret_key = ?, passphrase = ? WHERE id = ?")) {
            for (KeyRow key : keys) {
                for (int i = 0; i < key.fields().length; i++) {
                    update.setBytes(i + 1, key.fields()[i]);
                }
                update.setLong(5, key.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        record HistoryRow(long id, byte[] entry) {
        }
        List<HistoryRow> history = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, key_id, entry FROM history")) {
            while (rows.next()) {
                ValueBinding binding = ValueBinding.history(vaultId, rows.getLong(1), rows.getLong(2));
                byte[] plain = from.decrypt(rows.getBytes(3), binding);
                try {
                    history.add(new HistoryRow(rows.getLong(1), to.sealValue(plain, binding, Padding.TEXT)));
                } finally {
                    KeyRows.wipe(plain);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE history SET entry = ? WHERE id = ?")) {
            for (HistoryRow row : history) {
                update.setBytes(1, row.entry());
                update.setLong(2, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
