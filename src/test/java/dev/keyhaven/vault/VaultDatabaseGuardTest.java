package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The SQLite side of a vault file: its settings, identity, header row, transactions and failure sentences. */
class VaultDatabaseGuardTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void vault() throws Exception {
        file = folder.resolve("keys.khvault");
        Vault.create(file, TestKeys.password(), VaultOptions.forTests()).close();
    }

    @Test
    void everyConnectionIsCrashSafeAndLeavesNoTraces() throws Exception {
        for (boolean readOnly : new boolean[] {false, true}) {
            try (VaultDatabase database = readOnly ? VaultDatabase.openReadOnly(file) : VaultDatabase.openReadWrite(file)) {
                assertThat(pragma(database, "journal_mode")).isEqualTo("delete");
                assertThat(pragma(database, "synchronous")).as("FULL").isEqualTo("2");
                assertThat(pragma(database, "temp_store")).as("MEMORY").isEqualTo("2");
                assertThat(pragma(database, "secure_delete")).isEqualTo("1");
                assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(database, "busy_timeout")).isEqualTo("2000");
            }
        }
        try (VaultDatabase memory = VaultDatabase.openInMemory()) {
            assertThat(pragma(memory, "secure_delete")).isEqualTo("1");
            assertThat(pragma(memory, "foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void aFileAnotherProgramSwitchedToAWriteAheadLogIsSwitchedBack() throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            assertThat(pragma(database, "journal_mode = WAL")).isEqualTo("wal");
        }
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("delete");
        }
        assertThat(folder.resolve("keys.khvault-wal")).doesNotExist();
    }

    @Test
    void aReadOnlyOpeningCannotChangeTheFile() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            assertThatThrownBy(() -> database.writeHeader(new byte[] {1})).isInstanceOf(SQLException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void opensNeverCreateAFile() {
        Path missing = folder.resolve("missing.khvault");
        assertThatThrownBy(() -> VaultDatabase.openReadWrite(missing)).isInstanceOf(SQLException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void itKnowsTheFilesIdentityAndHeader() throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            assertThat(database.file()).isEqualTo(file);
            assertThat(database.applicationId()).isEqualTo(VaultDatabase.APPLICATION_ID);
            assertThat(database.userVersion()).isEqualTo(Schema.current().latestVersion());
            assertThat(database.hasHeaderTable()).isTrue();
            assertThat(database.structureIsSound()).isTrue();
            byte[] header = database.readHeader();
            assertThat(header).isNotEmpty();

            database.writeHeader(new byte[] {1, 2, 3});
            assertThat(database.readHeader()).containsExactly(1, 2, 3);
            database.writeHeader(header);
            assertThat(database.readHeader()).isEqualTo(header);
            assertThat(database.count("SELECT count(*) FROM vault_header")).isEqualTo(1);
            assertThat(database.count("SELECT 5 WHERE 0")).isZero();

            execute(database, "DELETE FROM vault_header");
            assertThat(database.readHeader()).isNull();
            execute(database, "DROP TABLE vault_header");
            assertThat(database.hasHeaderTable()).isFalse();
        }
        try (VaultDatabase memory = VaultDatabase.openInMemory()) {
            assertThat(memory.applicationId()).isZero();
            assertThat(memory.userVersion()).isZero();
        }
    }

    @Test
    void theDataVersionChangesWhenAnotherConnectionCommits() throws Exception {
        try (VaultDatabase watcher = VaultDatabase.openReadOnly(file); VaultDatabase writer = VaultDatabase.openReadWrite(file)) {
            long before = watcher.dataVersion();
            assertThat(watcher.dataVersion()).isEqualTo(before);
            execute(writer, "PRAGMA user_version = 9");
            assertThat(watcher.dataVersion()).isNotEqualTo(before);
        }
    }

    @Test
    void aTransactionStoresAllOrNothingAndEndsInAutoCommit() throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            RuntimeException failure = new IllegalStateException("half way");
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                execute(database, "PRAGMA user_version = 7");
                throw failure;
            })).isSameAs(failure);
            assertThat(database.connection().getAutoCommit()).isTrue();
            assertThat(database.userVersion()).isEqualTo(Schema.current().latestVersion());

            VaultException refusal = Problems.locked();
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                execute(database, "PRAGMA user_version = 7");
                throw refusal;
            })).isSameAs(refusal);
            assertThat(database.userVersion()).isEqualTo(Schema.current().latestVersion());

            String result = database.inTransaction(connection -> {
                execute(database, "PRAGMA user_version = 8");
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(database.connection().getAutoCommit()).isTrue();
        }
        try (VaultDatabase other = VaultDatabase.openReadOnly(file)) {
            assertThat(other.userVersion()).isEqualTo(8);
        }
    }

    @Test
    void aSnapshotEndsItsTransactionEitherWay() throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            Integer seen = database.inSnapshot(connection -> {
                execute(database, "PRAGMA user_version = 5");
                return database.userVersion();
            });
            assertThat(seen).isEqualTo(5);
            assertThat(database.connection().getAutoCommit()).isTrue();
            assertThatThrownBy(() -> database.inSnapshot(connection -> {
                execute(database, "PRAGMA user_version = 6");
                throw new SQLException("failed read");
            })).hasMessage("failed read");
            // The failed one was rolled back, the good one committed; no transaction is left open.
            assertThat(database.userVersion()).isEqualTo(5);
            execute(database, "BEGIN");
            execute(database, "ROLLBACK");
        }
        try (VaultDatabase other = VaultDatabase.openReadOnly(file)) {
            assertThat(other.userVersion()).isEqualTo(5);
        }
    }

    @Test
    void aCopyIsACompleteVault() throws Exception {
        Path copy = folder.resolve("copy.khvault");
        Files.createFile(copy);
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            database.copyInto(copy);
        }
        assertThat(BackupFileCheck.structuralProblem(copy)).isNull();
        try (Vault vault = Vault.open(copy, TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).isEmpty();
        }
    }

    @Test
    void sqliteFailuresBecomeSentences() {
        assertThat(problem(SQLiteErrorCode.SQLITE_CORRUPT)).satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).startsWith("This vault file is damaged (SQLite reports that its structure is broken).");
        });
        assertThat(problem(SQLiteErrorCode.SQLITE_NOTADB).reason()).isEqualTo(Reason.DAMAGED);
        assertThat(problem(SQLiteErrorCode.SQLITE_BUSY).reason()).isEqualTo(Reason.BUSY);
        assertThat(problem(SQLiteErrorCode.SQLITE_LOCKED).reason()).isEqualTo(Reason.BUSY);
        assertThat(problem(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT).reason()).as("an extended code").isEqualTo(Reason.BUSY);
        assertThat(problem(SQLiteErrorCode.SQLITE_CORRUPT_VTAB).reason()).isEqualTo(Reason.DAMAGED);
        VaultException full = problem(SQLiteErrorCode.SQLITE_FULL);
        assertThat(full.reason()).isEqualTo(Reason.IO);
        assertThat(full.getMessage()).isEqualTo("The disk is full, so Keyhaven could not save the key. Nothing was changed."
                + " Free some space, then try again.");
        assertThat(full.getCause()).isInstanceOf(SQLiteException.class);
        VaultException other = problem(SQLiteErrorCode.SQLITE_IOERR);
        assertThat(other.reason()).isEqualTo(Reason.IO);
        assertThat(other.getMessage()).startsWith("Keyhaven could not save the key at " + file);
        VaultException plain = VaultDatabase.problem(file, "save the key", new SQLException("no code"));
        assertThat(plain.reason()).isEqualTo(Reason.IO);
        assertThat(plain.getMessage()).startsWith("Keyhaven could not save the key at " + file);
    }

    @Test
    void anOpenConnectionNamesItsFileInItsSentences() throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultException e = database.problem("read the keys", new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY));
            assertThat(e.reason()).isEqualTo(Reason.BUSY);
            assertThat(e.getMessage()).contains(file.toString());
        }
    }

    private VaultException problem(SQLiteErrorCode code) {
        return VaultDatabase.problem(file, "save the key", new SQLiteException("failed", code));
    }

    private static String pragma(VaultDatabase database, String name) throws SQLException {
        try (Statement statement = database.connection().createStatement();
             var result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static void execute(VaultDatabase database, String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement()) {
            statement.execute(sql);
        }
    }
}
