package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack 23 from the command line: a rollback hidden by garbage over the generation memory is said (once), with the
 * damaged memory kept; a user_version set back or set beyond what this version knows is refused, the file untouched;
 * a set-back one is told as a change outside Keyhaven, and the backup it names restores.
 */
class VaultMemoryAndFormatCommandTest {

    @TempDir
    Path folder;

    private CliHarness cli() {
        return new CliHarness(folder, VaultOptions.forTests().withGenerationMemory(folder.resolve("config"))).initialised();
    }

    private static void userVersion(Path vault, int version) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + vault); Statement edit = raw.createStatement()) {
            edit.execute("PRAGMA user_version = " + version);
        }
    }

    @Test
    void aRollbackBehindAGarbledMemoryIsSaidOnceAndTheMemoryKept() throws Exception {
        CliHarness cli = cli();
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        Path older = folder.resolve("older.keyhaven");
        Files.copy(cli.vault(), older);
        assertThat(cli.run("remove", "Gridbot", "--yes").exitCode()).isZero();
        Files.copy(older, cli.vault(), StandardCopyOption.REPLACE_EXISTING);
        Path memory = folder.resolve("config").resolve("vault-generations.txt");
        Files.write(memory, new byte[] {0x13, (byte) 0x80, 'x', '\n', 0});

        Result list = cli.run("list");

        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("Gridbot");
        assertThat(list.err()).contains("Warning: Keyhaven's memory of this vault's newest change could not be read, so"
                + " it cannot tell whether this vault (" + cli.vault() + ") was rolled back").contains("kept at");
        try (Stream<Path> files = Files.list(folder.resolve("config"))) {
            assertThat(files.filter(file -> file.getFileName().toString().startsWith("vault-generations.unreadable-")))
                    .singleElement().satisfies(kept -> assertThat(Files.readAllBytes(kept))
                            .isEqualTo(new byte[] {0x13, (byte) 0x80, 'x', '\n', 0}));
        }
        assertThat(cli.run("list").err()).as("said once").doesNotContain("memory");
    }

    @Test
    void aFormatNewerThanThisVersionKnowsSaysUpdateKeyhavenAndChangesNothing() throws Exception {
        CliHarness cli = cli();
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        userVersion(cli.vault(), 4);
        byte[] before = Files.readAllBytes(cli.vault());

        Result result = cli.run("list");
        assertThat(result.exitCode()).as(result.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).isEqualTo("keyhaven: This vault was written by a newer Keyhaven (format 4; this"
                + " version reads up to format 3). Update Keyhaven to open it." + System.lineSeparator());
        Result remove = cli.run("remove", "Gridbot", "--yes");
        assertThat(remove.exitCode()).as(remove.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("nothing changed").isTrue();
    }

    @Test
    void aFormatNumberSetBackIsToldAsAChangeWithTheRestoreCommandAndChangesNothing() throws Exception {
        CliHarness cli = cli();
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        userVersion(cli.vault(), 1);
        byte[] before = Files.readAllBytes(cli.vault());

        Result result = cli.run("list");
        assertThat(result.exitCode()).as(result.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).startsWith("keyhaven: This vault was changed outside Keyhaven (its format number was set"
                + " back outside Keyhaven: it says format 1, but its tables are of format 2 or later)")
                .contains("'keyhaven backup restore ").doesNotContain("Exception");
        Result backups = cli.run("backup", "list");
        assertThat(backups.exitCode()).as(backups.all()).isZero();
        assertThat(backups.all()).contains("manual").contains("its format number was set back outside Keyhaven");
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("nothing changed").isTrue();

        String manual = backups.out().lines().filter(line -> line.contains("manual")).findFirst().orElseThrow()
                .trim().split("\\s+")[0];
        Result restored = cli.run("backup", "restore", manual, "--yes");
        assertThat(restored.exitCode()).as(restored.all()).isZero();
        assertThat(cli.run("list").out()).contains("Gridbot");
    }
}
