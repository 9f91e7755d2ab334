package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite side of a vault file: a connection with the settings that keep it crash-safe and tidy
 * (rollback journal, full sync, secure delete, temporary data in memory), the file's identity
 * ({@code application_id}, {@code user_version}), the header row, and transactions.
 */
final class VaultDatabase implements AutoCloseable {

    /** "KHVN": marks a SQLite file as a Keyhaven vault. */
    static final int APPLICATION_ID = 0x4B48564E;

    private final Path file;
    private final Connection connection;

    private VaultDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens an existing file for reading and writing; never creates one. */
    static VaultDatabase openReadWrite(Path file) throws SQLException {
        return open(file, false);
    }

    /** Opens a file (a backup, say) without any chance of changing it. */
    static VaultDatabase openReadOnly(Path file) throws SQLException {
        return open(file, true);
    }

    /**
     * Opens a backup (or a copy of one) read-only without following a link at its name: SQLite refuses a link
     * ({@code SQLITE_OPEN_NOFOLLOW}), so what is read is the file the name holds, as a link check just before said.
     * Links among the folders above it are resolved first: a home folder that is a link is not a backup that is one.
     * Only SQLite's unix file layer honours the flag (Linux, macOS); Windows opens the name as it is.
     */
    static VaultDatabase openBackup(Path file) throws SQLException {
        refuseSpecialFiles(file);
        Path absolute = file.toAbsolutePath();
        Path real;
        try {
            real = absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (java.io.IOException unresolved) {
            // Some drives (virtual and network drives on Windows) cannot name a real path: the path as given is opened,
            // and the link check just before and the restore's own checked copy still hold.
            real = absolute;
        }
        java.util.Properties properties = settings(true).toProperties();
        properties.setProperty(SQLiteConfig.Pragma.OPEN_MODE.pragmaName,
                Integer.toString(settings(true).getOpenModeFlags() | NOFOLLOW));
        return new VaultDatabase(file, new SQLiteConfig(properties).createConnection("jdbc:sqlite:" + real));
    }

    /**
     * SQLite's {@code SQLITE_OPEN_NOFOLLOW} (SQLite 3.31 and later), which the pinned sqlite-jdbc (3.47.2.0) passes
     * through in its open flags but does not name in {@link SQLiteOpenMode}.
     */
    static final int NOFOLLOW = 0x01000000;

    /** A database that lives in memory only, with the same settings as a vault file: for warming up. */
    static VaultDatabase openInMemory() throws SQLException {
        return new VaultDatabase(Path.of(":memory:"), settings(false).createConnection("jdbc:sqlite::memory:"));
    }

    private static VaultDatabase open(Path file, boolean readOnly) throws SQLException {
        refuseSpecialFiles(file);
        Connection connection = settings(readOnly).createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        return new VaultDatabase(file, connection);
    }

    /**
     * A fifo waits for a writer, forever, when it is opened: at the file itself or at one of the files SQLite opens
     * beside it on its own (a hot journal, the write-ahead log and its index), even for a read-only connection.
     */
    private static void refuseSpecialFiles(Path file) throws SQLException {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Path path = file.resolveSibling(file.getFileName() + suffix);
            if (java.nio.file.Files.exists(path) && !java.nio.file.Files.isRegularFile(path)) {
                throw new SQLException("not a regular file: " + path.getFileName());
            }
        }
    }

    private static SQLiteConfig settings(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (readOnly) {
            config.setReadOnly(true);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        config.enforceForeignKeys(true);
        config.setBusyTimeout(2000);
        // A write reads the seal first: taking the write lock at BEGIN makes a second writer wait its turn
        // instead of failing when it tries to upgrade its read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    Connection connection() {
        return connection;
    }

    Path file() {
        return file;
    }

    int applicationId() throws SQLException {
        return intPragma("application_id");
    }

    int userVersion() throws SQLException {
        return intPragma("user_version");
    }

    /** Changes whenever another connection commits to the file (SQLite's {@code data_version}). */
    long dataVersion() throws SQLException {
        return intPragma("data_version");
    }

    /** Runs {@code quick_check}: true when SQLite finds the file's structure sound. */
    boolean structureIsSound() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            return result.next() && "ok".equals(result.getString(1)) && !result.next();
        }
    }

    boolean hasHeaderTable() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'vault_header'");
             ResultSet result = query.executeQuery()) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    /** The stored header bytes, or null when there is none. */
    byte[] readHeader() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT header FROM vault_header WHERE id = 1");
             ResultSet result = query.executeQuery()) {
            return result.next() ? result.getBytes(1) : null;
        }
    }

    void writeHeader(byte[] header) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO vault_header (id, header) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET header = excluded.header")) {
            upsert.setBytes(1, header);
            upsert.executeUpdate();
        }
    }

    long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** Runs {@code work} as one transaction: all of it is stored, or (on any failure) none of it. */
    <T> T inTransaction(SqlWork<T> work) throws SQLException, VaultException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | VaultException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs {@code work}'s reads as one read transaction, so that they all see the same committed state:
     * without it, a command beside this opener may commit between two of the statements (SQLite lets a
     * waiting writer in between them), and rows read after the seal no longer match it.
     */
    <T> T inSnapshot(SqlWork<T> work) throws SQLException, VaultException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN DEFERRED");
        }
        boolean done = false;
        try {
            T result = work.run(connection);
            done = true;
            return result;
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute(done ? "COMMIT" : "ROLLBACK");
            }
        }
    }

    /** Writes a consistent, compact copy of the whole database into {@code emptyFile} (which must exist, empty). */
    void copyInto(Path emptyFile) throws SQLException {
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, emptyFile.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    /** Turns a SQLite failure into a sentence for the user. */
    VaultException problem(String action, SQLException e) {
        return problem(file, action, e);
    }

    static VaultException problem(Path file, String action, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Problems.damaged(file, "SQLite reports that its structure is broken", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Problems.busy(file);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new VaultException(VaultException.Reason.IO,
                    "The disk is full, so Keyhaven could not " + action + ". Nothing was changed. Free some space, then try again.", e);
        }
        return Problems.io(action, file, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the file is released by the driver either way
        }
    }

    private int intPragma(String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException, VaultException;
    }
}
