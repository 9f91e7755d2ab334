package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.OTHER_API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add, list, show and remove, end to end against a real vault file. */
class KeyCommandsTest {

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void createVault() {
        cli = new CliHarness(folder).initialised();
    }

    @AfterEach
    void nothingSecretWasEverPrinted() {
        assertThat(cli.everythingPrinted())
                .doesNotContain(API_KEY).doesNotContain(OTHER_API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD);
    }

    @Test
    void addReadsThreeLinesOfStandardInputAndListShowsTheKey() throws Exception {
        Result added = cli.add("grid-bot", API_KEY, SECRET_KEY, PASSPHRASE,
                "--purpose", "read-only", "--env", "demo", "--region", "eea", "--notes", "my journal");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("Saved \"grid-bot\"").contains("keyhaven check grid-bot");

        Result list = cli.run("list");
        assertThat(list.out()).contains("grid-bot").contains("read-only").contains("demo").contains("eea")
                .contains("Never checked");
        JsonNode rows = new ObjectMapper().readTree(cli.run("list", "--json").out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("label").asText()).isEqualTo("grid-bot");
        assertThat(rows.get(0).get("environment").asText()).isEqualTo("demo");
        assertThat(rows.get(0).get("baseUrl").asText()).isEqualTo("https://eea.okx.com");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("never-checked");
    }

    @Test
    void addOnATerminalAsksWithHiddenPrompts() {
        ScriptedTerminal terminal = new ScriptedTerminal(API_KEY, SECRET_KEY, PASSPHRASE);

        Result added = cli.withTerminal(terminal, "add", "--label", "bot");

        assertThat(added.exitCode()).isZero();
        assertThat(terminal.prompts()).containsExactly("API key (hidden): ", "Secret key (hidden): ",
                "Passphrase (hidden): ");
    }

    @Test
    void standardInputThatEndsEarlyNamesWhatIsMissingAndSavesNothing() {
        Result result = cli.withStdin(API_KEY + "\n" + SECRET_KEY + "\n", "add", "--label", "bot");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("Standard input ended before the passphrase");
        assertThat(cli.run("list").out()).doesNotContain("bot");

        Result empty = cli.withStdin("", "add", "--label", "bot");
        assertThat(empty.err()).contains("ended before the API key");
    }

    @Test
    void anEmptyLineIsRefusedByName() {
        Result result = cli.withStdin(API_KEY + "\n\n" + PASSPHRASE + "\n", "add", "--label", "bot");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("The secret key is empty");
    }

    @Test
    void aLastLineWithoutLineBreakAndWindowsLineBreaksAreRead() throws Exception {
        Result added = cli.withStdin(API_KEY + "\r\n" + SECRET_KEY + "\r\n" + PASSPHRASE, "add", "--label", "bot");

        assertThat(added.exitCode()).isZero();
        assertThat(added.err()).doesNotContain("space");
    }

    @Test
    void spacesPastedAroundAValueAreRemovedAndSaid() throws Exception {
        Result added = cli.withStdin(" " + API_KEY + "\t\n" + SECRET_KEY + "\n" + PASSPHRASE + " \n", "add", "--label", "bot");

        assertThat(added.exitCode()).isZero();
        assertThat(added.err()).contains("removed the spaces around the API key")
                .contains("removed the spaces around the passphrase")
                .doesNotContain("around the secret key").doesNotContain("Warning: ");
        JsonNode shown = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out());
        assertThat(shown.toString()).doesNotContain("INPUT_WHITESPACE");
        try (var vault = cli.openVault();
             var stored = vault.credentials(vault.keyByLabel("bot").orElseThrow().id())) {
            assertThat(stored.apiKey().reveal()).isEqualTo(API_KEY);
            assertThat(stored.passphrase().reveal()).isEqualTo(PASSPHRASE);
        }
    }

    @Test
    void oddShapesAreSavedWithAWarningAndTheWayBack() {
        Result added = cli.withStdin(API_KEY + "\nnot-hex\n" + PASSPHRASE + "\n", "add", "--label", "bot");

        assertThat(added.exitCode()).isZero();
        assertThat(added.err()).contains("Warning: ").contains("secret key");
        assertThat(added.out()).contains("keyhaven remove bot");
    }

    @Test
    void secretsAreNeverTakenAsArguments() {
        for (String option : new String[] {"--secret", "--api-key", "--passphrase", "--password"}) {
            Result result = cli.withStdin("", "add", "--label", "bot", option, SECRET_KEY);

            assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).contains("never takes secrets as arguments");
        }
        assertThat(cli.run("init", "--password", SECRET_KEY).exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
    }

    @Test
    void aSecretTypedAsAnUnknownArgumentIsNotRepeated() {
        Result result = cli.run("list", SECRET_KEY);

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("not repeated here");
    }

    @Test
    void aSecondKeyWithTheSameLabelIsRefusedBeforeAnySecretIsRead() {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);

        Result again = cli.add("BOT", OTHER_API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(again.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(again.err()).contains("already a key labelled \"BOT\"").contains("keyhaven remove BOT");
    }

    @Test
    void badChoicesAndPlainHttpAddressesAreRefusedWithTheNextStep() {
        Result purpose = cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--purpose", "withdraw");
        assertThat(purpose.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(purpose.err()).contains("use trading").contains("read-only");

        Result region = cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--region", "asia");
        assertThat(region.err()).contains("global").contains("eea").contains("us");

        Result http = cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", "http://www.okx.com");
        assertThat(http.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(http.err()).contains("HTTPS");
        assertThat(cli.run("list").out()).contains("no keys yet");
    }

    @Test
    void theSameApiKeyUnderTwoLabelsIsSavedWithAWarning() {
        cli.add("bot-a", API_KEY, SECRET_KEY, PASSPHRASE);

        Result second = cli.add("bot-b", API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).contains("Warning: ").contains("bot-a");
    }

    @Test
    void showGivesMetadataAndAMaskedApiKeyButNoSecret() throws Exception {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--notes", "runs on the VPS");

        Result show = cli.run("show", "bot");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("6f1e...1a0b").contains("trading").contains("live").contains("global")
                .contains("https://www.okx.com").contains("runs on the VPS").contains("never checked");
        JsonNode details = new ObjectMapper().readTree(cli.run("show", "bot", "--json").out());
        assertThat(details.get("apiKeyMasked").asText()).isEqualTo("6f1e...1a0b");
        assertThat(details.get("status").asText()).isEqualTo("never-checked");
        assertThat(details.get("history").isArray()).isTrue();
    }

    @Test
    void aMissingLabelListsTheKeysThereAre() {
        cli.add("grid-bot", API_KEY, SECRET_KEY, PASSPHRASE);

        Result show = cli.run("show", "grid-bto");

        assertThat(show.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(show.err()).contains("no key labelled \"grid-bto\"").contains("grid-bot");
        assertThat(cli.run("remove", "nothing", "--yes").exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
    }

    @Test
    void removeNeedsYesWithoutATerminalAndAsksOnOne() {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);

        Result noTerminal = cli.run("remove", "bot");
        assertThat(noTerminal.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(noTerminal.err()).contains("--yes");

        Result declined = cli.withTerminal(new ScriptedTerminal("no"), "remove", "bot");
        assertThat(declined.out()).contains("Nothing was deleted");
        assertThat(cli.run("list").out()).contains("bot");

        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        Result confirmed = cli.withTerminal(new ScriptedTerminal(CliHarness.PASSWORD, "y"), "remove", "bot");
        assertThat(confirmed.exitCode()).isZero();
        assertThat(confirmed.out()).contains("Deleted \"bot\"").contains("okx.com/account/my-api");
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, CliHarness.PASSWORD);
        assertThat(cli.run("list").out()).contains("no keys yet");
    }

    @Test
    void removeWithYesDeletesAtOnce() {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(cli.run("remove", "bot", "--yes").exitCode()).isZero();
        assertThat(cli.run("show", "bot").exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
    }

    @Test
    void showDecryptsOnlyTheApiKeyToMaskIt() throws Exception {
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
        // A secret key and passphrase that can no longer be decrypted: show must not need them.
        dev.keyhaven.vault.OlderVaultWriter.makeSecretsUndecryptable(cli.vault(), Secret.ofString(CliHarness.PASSWORD));

        Result show = cli.run("show", "bot");

        assertThat(show.exitCode()).as(show.all()).isZero();
        assertThat(show.out()).contains(API_KEY.substring(0, 4) + "..." + API_KEY.substring(API_KEY.length() - 4));
    }
}
