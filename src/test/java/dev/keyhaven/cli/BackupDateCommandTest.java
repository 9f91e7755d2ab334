package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * backup list shows when each backup was made (MADE, JSON createdAt), with or without the master password, and tells
 * a copy renamed to 2999 apart: its name's date cannot be right, and it is not the last backup.
 */
class BackupDateCommandTest {

    private static final String RENAMED = "it was renamed or copied; its real date is not known.";

    @TempDir
    Path folder;

    /** A vault with a key and two backups of it, the older one then copied under the name of 31 Dec 2999. */
    private CliHarness withACopyRenamedTo2999() throws Exception {
        CliHarness cli = new CliHarness(folder).initialised();
        cli.add("Spot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        Path backups = cli.vault().resolveSibling(cli.vault().getFileName() + ".backups");
        try (var files = Files.list(backups)) {
            Path real = files.filter(file -> file.getFileName().toString().endsWith(".manual.khbackup")).findFirst()
                    .orElseThrow();
            Files.copy(real, backups.resolve("29991231-235959.manual.khbackup"));
        }
        return cli;
    }

    private static JsonNode row(Result list, String idStart) throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(list.out())) {
            if (row.get("id").asText().startsWith(idStart)) {
                return row;
            }
        }
        throw new AssertionError("no backup " + idStart + " in " + list.all());
    }

    private static JsonNode realManual(Result list) throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(list.out())) {
            if (row.get("reason").asText().equals("manual") && !row.get("id").asText().startsWith("2999")) {
                return row;
            }
        }
        throw new AssertionError("no real manual backup in " + list.all());
    }

    @Test
    void aNormalBackupShowsWhenItWasMadeAndIsTheLast() throws Exception {
        CliHarness cli = withACopyRenamedTo2999();
        JsonNode real = realManual(cli.run("backup", "list", "--json"));
        String made = real.get("id").asText().replaceFirst("(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2}).*",
                "$1-$2-$3 $4:$5");

        Result list = cli.run("backup", "list");

        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("  ID                 MADE              SIZE       REASON")
                .containsPattern("  " + real.get("id").asText() + " +" + made + " ")
                .contains("The last backup your master password opens was made ").doesNotContain("as of");
        assertThat(real.get("createdAt").asText()).startsWith(made.replace(' ', 'T'));
        assertThat(real.get("asOf").isNull()).isFalse();
        assertThat(real.get("dateDoubt").isNull()).isTrue();
    }

    @Test
    void withThePasswordACopyRenamedTo2999IsToldAsRenamedAndIsNotTheLast() throws Exception {
        CliHarness cli = withACopyRenamedTo2999();

        Result list = cli.run("backup", "list");
        JsonNode renamed = row(cli.run("backup", "list", "--json"), "2999");

        assertThat(list.out()).as(list.all()).contains("2999-12-31 23:59")
                .containsPattern("\n      Its name says 31 Dec 2999, 23:59, but it holds changes up to [^\\n]+?: " + RENAMED)
                .contains(" 1 backup has a name whose date cannot be right: see each one.");
        assertThat(list.out().lines().filter(line -> line.startsWith("The last backup")))
                .singleElement().asString().doesNotContain("2999");
        assertThat(renamed.get("createdAt").asText()).isEqualTo("2999-12-31T23:59:59Z");
        assertThat(renamed.get("asOf").asText()).startsWith("20");
        assertThat(renamed.get("dateDoubt").asText()).startsWith("Its name says 31 Dec 2999, 23:59, but it holds");
    }

    @Test
    void withoutThePasswordDatesAreShownAndANameInTheFutureIsStillTold() throws Exception {
        CliHarness cli = withACopyRenamedTo2999();
        JsonNode real = realManual(cli.run("backup", "list", "--json"));
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result list = cli.run("backup", "list");
        Result json = cli.run("backup", "list", "--json");

        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("Without the master password").doesNotContain("date not known")
                .contains("2999-12-31 23:59")
                .contains("      Its name says 31 Dec 2999, 23:59, a date in the future: " + RENAMED)
                .containsOnlyOnce("Its name says");
        assertThat(row(json, "2999").get("dateDoubt").asText()).endsWith("a date in the future: " + RENAMED);
        assertThat(row(json, real.get("id").asText()).get("createdAt").asText())
                .isEqualTo(real.get("createdAt").asText());
        assertThat(row(json, real.get("id").asText()).get("dateDoubt").isNull()).isTrue();
    }
}
