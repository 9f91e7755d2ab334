package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad command lines: one sentence in plain words, then the next step, exit code 2, and none of picocli's words. */
class UsageMessagesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return KeyhavenCli.run(CliContext.builder().build(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] errLines() {
        return err.toString().strip().split("\\R");
    }

    @Test
    void aMistypedCommandIsNamedWithTheClosestCommandAndWhereToSeeThemAll() {
        assertThat(run("lst")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()).containsExactly("keyhaven: 'lst' is not a keyhaven command. Did you mean 'list'?",
                "Run 'keyhaven --help' to see the commands.");
    }

    @Test
    void helpForAMistypedCommandSaysTheSame() {
        assertThat(run("help", "lst")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()).containsExactly("keyhaven: 'lst' is not a keyhaven command. Did you mean 'list'?",
                "Run 'keyhaven --help' to see the commands.");
    }

    @Test
    void aMistypedSubcommandNamesItsParent() {
        assertThat(run("backup", "lst")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()).containsExactly(
                "keyhaven: 'lst' is not a keyhaven backup command. Did you mean 'list'?",
                "Run 'keyhaven backup --help' to see the commands.");
    }

    @Test
    void aMistypedOptionIsNamedWithTheClosestOptionOfThatCommand() {
        assertThat(run("list", "--jsn")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()).containsExactly("keyhaven: 'keyhaven list' has no option --jsn. Did you mean '--json'?",
                "Run 'keyhaven list --help' to see what it takes.");
    }

    @Test
    void aMissingRequiredOptionIsNamedWithItsValue() {
        assertThat(run("add")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).isEqualTo("keyhaven: 'keyhaven add' needs --label NAME.");
    }

    @Test
    void anOptionWithoutItsValueSaysWhatGoesAfterIt() {
        assertThat(run("add", "--label")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).isEqualTo("keyhaven: --label needs a value after it: --label NAME.");
    }

    @Test
    void anOptionGivenTwiceSaysToGiveItOnce() {
        assertThat(run("add", "--label", "a", "--label", "b")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()).containsExactly("keyhaven: --label was given more than once; give it once.",
                "Run 'keyhaven add --help' to see what it takes.");
    }

    @Test
    void aWrongChoiceKeepsKeyhavensOwnReasonWithoutPicocliWords() {
        assertThat(run("add", "--label", "x", "--env", "foo")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).startsWith("keyhaven: --env: 'foo' is not an environment: use live or demo");
    }

    @Test
    void aWrongPurposeListsThePurposesWithoutPicocliWords() {
        assertThat(run("add", "--label", "x", "--purpose", "nope")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).startsWith("keyhaven: --purpose: 'nope' is not a purpose: use trading")
                .doesNotContain("Invalid value");
    }

    @Test
    void checkWithNeitherALabelNorAllSaysItNeedsOne() {
        assertThat(run("check")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).isEqualTo("keyhaven: 'keyhaven check' needs LABEL or --all.");
    }

    @Test
    void checkWithALabelAndAllSaysOneOfThem() {
        assertThat(run("check", "bot", "--all")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).isEqualTo("keyhaven: 'keyhaven check' takes either LABEL or --all, not both.");
    }

    @Test
    void runWithoutDashesAndAProgramShowsTheWholeShape() {
        assertThat(run("run", "bot", "--gateway")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(errLines()[0]).isEqualTo("keyhaven: 'keyhaven run' needs the key's LABEL, then --, then the "
                + "program to start: keyhaven run LABEL -- COMMAND.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lst", "help lst", "frobnicate", "--frobnicate", "list --al", "add", "add --label",
        "add --label a --label b", "add --label x --env foo", "check", "check bot --all",
        "run", "run bot", "run bot --", "show", "backup restore", "backup frob", "passwd --old-backups maybe",
        "init --vault"})
    void noBadCommandLineSpeaksPicocli(String commandLine) {
        assertThat(run(commandLine.split(" "))).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).startsWith("keyhaven: ")
                .doesNotContain("Unmatched", "unexpected argument", "Missing required", "Invalid value",
                        "mutually exclusive", "should be specified", "Error:", "Unknown subcommand", "parameter",
                        "for more information", "Exception");
        assertThat(errLines()[errLines().length - 1]).startsWith("Run 'keyhaven").endsWith(".");
    }
}
