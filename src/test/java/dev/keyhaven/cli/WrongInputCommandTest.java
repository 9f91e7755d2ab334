package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong input typed into the commands, as a trader would: each gets one plain sentence and the next step. */
class WrongInputCommandTest {

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void createVault() {
        cli = new CliHarness(folder).initialised();
    }

    @AfterEach
    void neverAStackTraceOrASecret() {
        assertThat(cli.everythingPrinted()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(API_KEY, SECRET_KEY, PASSPHRASE, CliHarness.PASSWORD);
    }

    @Test
    void initIntoAFolderSaysItIsAFolderNotThatAVaultIsThere() throws Exception {
        Path existingFolder = Files.createDirectory(folder.resolve("vaults"));

        Result init = cli.run("init", "--vault", existingFolder.toString());

        assertThat(init.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(init.err()).contains(existingFolder + " is a folder, not a vault file.")
                .contains("--vault " + existingFolder.resolve("vault.keyhaven")).doesNotContain("already a vault");
        try (var inside = Files.list(existingFolder)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void aPasswordFileThatIsAFolderIsCalledAFolderNotSharedWithOthers() throws Exception {
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, folder.toString());

        Result list = cli.run("list");

        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(list.err()).contains("names " + folder + ", which is a folder. Name the password file itself")
                .doesNotContain("chmod").doesNotContain("other users");
    }

    @Test
    void aLabelWithASpaceIsQuotedSoTheSuggestedCommandCanBeTypedAsShown() {
        Result add = cli.add("grid bot", API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Next: check that it works with 'keyhaven check \"grid bot\"'.")
                .doesNotContain("check 'grid bot''");
    }

    @Test
    void aLabelWithAQuoteOrDollarKeepsSingleQuotesThatTheShellLeavesAlone() {
        assertThat(Texts.shellWord("it's $5")).isEqualTo("'it'\\''s $5'");
        assertThat(Texts.shellWord("ünï")).isEqualTo("ünï");
        assertThat(Texts.shellWord("bot 🚀")).isEqualTo("\"bot 🚀\"");
    }

    @Test
    void aUnicodeLabelIsSavedShownAndChecked() {
        assertThat(cli.add("ünï 🚀", API_KEY, SECRET_KEY, PASSPHRASE).exitCode()).isZero();

        Result show = cli.run("show", "ünï 🚀");

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("ünï 🚀");
    }

    @Test
    void aVeryLongLabelIsRefusedWithTheLimit() {
        Result add = cli.add("x".repeat(200), API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(add.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(add.err().strip().lines()).hasSize(1);
        assertThat(add.err()).contains("too long").contains("100 characters");
    }

    @Test
    void anEmptyOrBlankLabelIsRefusedWithAnExample() {
        for (String label : new String[] {"", "   "}) {
            Result add = cli.add(label, API_KEY, SECRET_KEY, PASSPHRASE);
            assertThat(add.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(add.err()).contains("The label is empty").contains("--label grid-bot");
        }
    }

    @Test
    void anUnknownLabelWithJsonStillPrintsTheSentenceOnStandardErrorAndNoJson() {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);

        Result show = cli.run("show", "--json", "nope");

        assertThat(show.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).isEqualTo("keyhaven: There is no key labelled \"nope\". Keys in this vault: bot.\n");
    }

    @Test
    void aVaultPathThatIsAFolderSaysSoForEveryReadingCommand() {
        for (String command : new String[] {"list", "info", "check --all", "backup list"}) {
            String[] args = (command + " --vault " + folder).split(" ");
            Result result = cli.run(args);
            assertThat(result.exitCode()).as(command).isEqualTo(KeyhavenCli.EXIT_VAULT);
            assertThat(result.err()).as(command).startsWith("keyhaven: " + folder + " is a folder, not a vault file.");
            assertThat(Arrays.asList(result.err().strip().split("\\R"))).as(command).hasSize(1);
        }
    }
}
