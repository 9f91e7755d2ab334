package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A file that says it is of a format from before seals must not show that it was sealed: dropping the
 * seal and setting {@code user_version} back would otherwise turn any change made with sqlite3 into a
 * "former format" that the format update seals as if Keyhaven had written it. A seal table or a header that
 * names the sealed format was refused before the password ({@link FormatClaim}); what is left needs the data
 * key: format 1's values are never padded (its metadata and history are JSON, which never starts with the
 * zero bytes of a padded value's length).
 */
final class DowngradeCheck {

    static final String SET_BACK = "it was sealed, and someone set its format back to one from before seals";

    private DowngradeCheck() {
    }

    /** Why the file cannot be of the former format it claims, or null when nothing says so. */
    static String evidence(Connection connection, KeyRows formerRows) throws SQLException {
        byte[] vaultId = formerRows.vaultId();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, " + KeyRows.METADATA + " FROM keys")) {
            while (rows.next()) {
                if (padded(formerRows, rows.getBytes(2), ValueBinding.key(vaultId, rows.getLong(1), KeyRows.METADATA))) {
                    return SET_BACK;
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, key_id, entry FROM history")) {
            while (rows.next()) {
                if (padded(formerRows, rows.getBytes(3), ValueBinding.history(vaultId, rows.getLong(1), rows.getLong(2)))) {
                    return SET_BACK;
                }
            }
        }
        return null;
    }

    private static boolean padded(KeyRows formerRows, byte[] stored, ValueBinding binding) {
        byte[] plain;
        try {
            plain = formerRows.decrypt(stored, binding);
        } catch (KeyRows.DamagedValue damaged) {
            return false; // the format update's own checks report it as damage
        }
        try {
            byte[] value = Padding.unpad(plain);
            if (value == null) {
                return false;
            }
            KeyRows.wipe(value);
            return true;
        } finally {
            KeyRows.wipe(plain);
        }
    }
}
