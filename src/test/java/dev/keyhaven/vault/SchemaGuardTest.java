package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format as numbered steps: in order, without gaps, each run once and recorded in user_version. */
class SchemaGuardTest {

    private final List<Integer> ran = new ArrayList<>();

    private Migration step(int version) {
        return new Migration(version, "step " + version, connection -> ran.add(version));
    }

    @Test
    void stepsAreSortedAndMustNumberOneTwoThree() {
        Schema schema = new Schema(List.of(step(3), step(1), step(2)));
        assertThat(schema.migrations()).extracting(Migration::version).containsExactly(1, 2, 3);
        assertThat(schema.latestVersion()).isEqualTo(3);
        assertThat(new Schema(List.of()).latestVersion()).isZero();

        assertThatThrownBy(() -> new Schema(List.of(step(1), step(3)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Migrations must number 1, 2, 3... without gaps");
        assertThatThrownBy(() -> new Schema(List.of(step(2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schema(List.of(step(0)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schema(List.of(step(1), step(1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheStepsAfterTheFilesVersionRunAndEachIsRecorded() throws Exception {
        Schema schema = new Schema(List.of(step(1), step(2), step(3)));
        try (VaultDatabase database = VaultDatabase.openInMemory()) {
            schema.migrate(database.connection(), 1);
            assertThat(ran).containsExactly(2, 3);
            assertThat(database.userVersion()).isEqualTo(3);

            ran.clear();
            schema.migrate(database.connection(), 3);
            assertThat(ran).isEmpty();
        }
    }

    @Test
    void aFailedStepLeavesTheVersionOfTheLastOneThatRan() throws Exception {
        Schema schema = new Schema(List.of(step(1), new Migration(2, "fails", connection -> {
            throw new SQLException("no");
        })));
        try (VaultDatabase database = VaultDatabase.openInMemory()) {
            assertThatThrownBy(() -> schema.migrate(database.connection(), 0)).hasMessage("no");
            assertThat(database.userVersion()).isEqualTo(1);
        }
    }

    @Test
    void plusAddsTheNextStep() throws Exception {
        Schema current = Schema.current();
        Schema more = current.plus("a column", connection -> ran.add(-1));
        assertThat(more.latestVersion()).isEqualTo(current.latestVersion() + 1);
        assertThat(more.migrations().get(current.latestVersion()).description()).isEqualTo("a column");
        assertThat(current.latestVersion()).isEqualTo(Schema.HEADER_NAMES_SEAL);
        try (VaultDatabase database = VaultDatabase.openInMemory()) {
            more.migrate(database.connection(), 0);
            assertThat(ran).containsExactly(-1);
            assertThat(database.userVersion()).isEqualTo(more.latestVersion());
            assertThat(database.hasHeaderTable()).isTrue();
            assertThat(tables(database.connection())).contains("keys", "history", "vault_header", VaultSeal.TABLE);
        }
    }

    @Test
    void theFirstFormatsTablesHoldOnlyIdsTimesAndBlobs() throws Exception {
        try (VaultDatabase database = VaultDatabase.openInMemory()) {
            new Schema(List.of(Schema.current().migrations().get(0))).migrate(database.connection(), 0);
            assertThat(tables(database.connection())).containsExactlyInAnyOrder("keys", "history", "vault_header",
                    "sqlite_sequence");
            try (Statement statement = database.connection().createStatement()) {
                assertThatThrownBy(() -> statement.execute("INSERT INTO vault_header (id, header) VALUES (2, x'00')"))
                        .as("one header row only").isInstanceOf(SQLException.class);
                statement.execute("INSERT INTO keys (created_at, updated_at, metadata, api_key, secret_key, passphrase)"
                        + " VALUES (1, 1, x'00', x'00', x'00', x'00')");
                statement.execute("INSERT INTO history (key_id, recorded_at, entry) VALUES (1, 1, x'00')");
                assertThatThrownBy(() -> statement.execute("INSERT INTO history (key_id, recorded_at, entry) VALUES (9, 1, x'00')"))
                        .as("history belongs to a key").isInstanceOf(SQLException.class);
                statement.execute("DELETE FROM keys WHERE id = 1");
                assertThat(database.count("SELECT count(*) FROM history")).as("and goes with it").isZero();
            }
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
