package dev.keyhaven.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the tables the seal covers, checked at unlock and at the start of every write: the seal's row
 * tags are combined so that two equal rows cancel out, so the seal holds only while each row is there once,
 * under a whole-number id.
 */
final class SealedTables {

    private SealedTables() {
    }

    /**
     * Keyhaven makes no triggers or views. One added with sqlite3 could undo or swallow a write inside the
     * write's own statement (so the seal, updated from the rows as they are after it, would still match),
     * or show the seal other rows than the table holds. Checked at unlock and at the start of every write.
     */
    static void refuseForeignSchema(Connection connection) throws SQLException, VaultSeal.Broken {
        try (Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')")) {
            if (found.next() && found.getInt(1) > 0) {
                throw new VaultSeal.Broken("it holds a trigger or a view that Keyhaven did not make");
            }
        }
        refuseTableWithoutItsKey(connection, "keys");
        refuseTableWithoutItsKey(connection, "history");
    }

    /**
     * Row tags are combined so that two equal rows cancel out: a table rebuilt without its primary key could
     * take a deleted key's old row twice and the seal would still match. Keyhaven's tables always have
     * {@code id INTEGER PRIMARY KEY}, which makes two rows with one id impossible.
     */
    private static void refuseTableWithoutItsKey(Connection connection, String table) throws SQLException, VaultSeal.Broken {
        try (PreparedStatement columns = connection.prepareStatement(
                "SELECT name, upper(type) FROM pragma_table_info(?) WHERE pk > 0")) {
            columns.setString(1, table);
            try (ResultSet key = columns.executeQuery()) {
                boolean keyedById = key.next() && "id".equals(key.getString(1)) && "INTEGER".equals(key.getString(2));
                if (!keyedById || key.next()) {
                    throw new VaultSeal.Broken("its table of " + table + " was rebuilt without the key that keeps each row once");
                }
            }
        }
        refuseIdsThatAreNotRowIds(connection, table);
    }

    /**
     * Tags read every whole-number column as a long, so 2.5 would pass for 2: a table rebuilt with
     * {@code PRIMARY KEY DESC} or {@code WITHOUT ROWID} (whose id is not the row id) could hold one row as
     * 2, 2.25, 2.5 and 2.75, and a history entry moved to key 1.5 would vanish from key 1's history, with the
     * seal unchanged. In Keyhaven's tables every id is the row id and every whole-number column holds one.
     */
    private static void refuseIdsThatAreNotRowIds(Connection connection, String table) throws SQLException, VaultSeal.Broken {
        List<String> wholeNumbers = new ArrayList<>();
        try (PreparedStatement columns = connection.prepareStatement(
                "SELECT name FROM pragma_table_info(?) WHERE upper(type) = 'INTEGER'")) {
            columns.setString(1, table);
            try (ResultSet column = columns.executeQuery()) {
                while (column.next()) {
                    wholeNumbers.add(column.getString(1));
                }
            }
        }
        StringBuilder odd = new StringBuilder("SELECT count(*) FROM " + table + " WHERE id IS NOT rowid");
        for (String column : wholeNumbers) {
            odd.append(" OR typeof(\"").append(column.replace("\"", "\"\"")).append("\") <> 'integer'");
        }
        try (Statement statement = connection.createStatement(); ResultSet found = statement.executeQuery(odd.toString())) {
            if (found.next() && found.getLong(1) > 0) {
                throw new VaultSeal.Broken("its table of " + table + " holds rows whose numbers were changed");
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such column")) {
                throw new VaultSeal.Broken("its table of " + table + " was rebuilt without row ids");
            }
            throw e;
        }
    }
}
