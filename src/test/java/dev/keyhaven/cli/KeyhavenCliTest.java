package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyhavenCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return KeyhavenCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheBuildVersionAndSucceeds() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Keyhaven " + Version.get());
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpDescribesTheTool() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: keyhaven").contains("OKX API keys");
    }

    @Test
    void unknownOptionIsBadUsageWithAOneLineReason() {
        assertThat(run("--frobnicate")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        String[] lines = err.toString().strip().split("\\R");
        assertThat(lines[0]).startsWith("keyhaven: ").contains("has no such option").doesNotContain("frobnicate");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("Run 'keyhaven --help' to see what it takes.");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void helpForACommandExplainsItsOptions() {
        assertThat(run("help", "add")).isZero();
        assertThat(out.toString()).contains("Usage: keyhaven add").contains("--label").contains("standard input")
                .doesNotContain("--secret");
    }

    @Test
    void everyCommandIsListedInTheHelp() {
        run("--help");
        assertThat(out.toString()).contains("init", "add", "list", "show", "remove", "check", "run", "passwd", "info",
                "backup", "generate-completion");
    }

    @Test
    void aCompletionScriptIsGenerated() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("keyhaven").contains("complete -F");
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        assertThat(run("lsit")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).isEqualTo("keyhaven: 'lsit' is not a keyhaven command. Did you mean 'list'?\n"
                + "Run 'keyhaven --help' to see the commands.\n");
    }

    @Test
    void aWordFarFromEveryCommandGetsNoSuggestion() {
        assertThat(run("frobnicate")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("That is not a keyhaven command (not repeated here")
                .doesNotContain("frobnicate").doesNotContain("Did you mean").contains("Run 'keyhaven --help'");
    }

    @Test
    void aStrayLowercaseWordIsNeverRepeatedItMayBeAPassphrase() {
        assertThat(run("add", "--label", "x", "mysecretpass1")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'keyhaven add' was given a word it does not take (not repeated here")
                .doesNotContain("mysecretpass1");
    }

    @Test
    void knownNamesInTheWrongPlaceAreRepeated() {
        assertThat(run("list", "--all")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'keyhaven list' has no option --all.");
        err.getBuffer().setLength(0);
        assertThat(run("list", "show")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'keyhaven list' does not take the argument 'show'.");
    }
    @Test
    void theHelpShowsEveryDescriptionLineWholeAndEachCommandsFirstSentenceInTheList() {
        picocli.CommandLine root = new picocli.CommandLine(new KeyhavenCli(), new CommandFactory(CliContext.builder().build()));
        assertThat(run("--help")).isZero();
        String rootHelp = out.toString();
        assertThat(rootHelp.lines()).as("the footer's lines").containsAll(java.util.Arrays.asList(
                root.getCommandSpec().usageMessage().footer()));
        java.util.List<picocli.CommandLine> commands = new java.util.ArrayList<>(root.getSubcommands().values());
        for (int i = 0; i < commands.size(); i++) {
            picocli.CommandLine command = commands.get(i);
            if (java.util.List.of("help", "generate-completion").contains(command.getCommandName())) {
                continue; // picocli's own
            }
            commands.addAll(command.getSubcommands().values());
            String[] description = command.getCommandSpec().usageMessage().description();
            // Every parent's list (keyhaven's, backup's...) shows only the first line: it must be a whole sentence.
            assertThat(description[0]).as(command.getCommandSpec().qualifiedName() + "'s first line, shown in the list")
                    .endsWith(".");
            if (command.getParent() == root) {
                assertThat(rootHelp).as(command.getCommandName() + " in the list").contains(description[0]);
            }
            out.getBuffer().setLength(0);
            String[] path = command.getCommandSpec().qualifiedName().split(" ");
            String[] helpArgs = java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(path, 1, path.length), path.length);
            helpArgs[path.length - 1] = "--help";
            assertThat(run(helpArgs)).isZero();
            assertThat(out.toString().lines().map(String::strip)).as(String.join(" ", helpArgs))
                    .containsAll(java.util.Arrays.stream(description).map(line -> line.replace("%%", "%").strip()).toList());
            // picocli formats the lines: a lone % makes it print a warning and the raw line.
            assertThat(description).allSatisfy(line -> assertThat(line.replace("%%", "").replace("%n", "")).doesNotContain("%"));
        }
    }

    @Test
    void checkAndRunListTheirExitCodesSoAWrapperCanTellStopFromTryAgain() {
        for (String command : new String[] {"check", "run"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("Exit codes")
                    .containsPattern("(?m)^ +" + KeyhavenCli.EXIT_PROBLEM + " +.*refused")
                    .containsPattern("(?m)^ +" + KeyhavenCli.EXIT_CAN_WITHDRAW + " +the key can withdraw.*dangerous")
                    .containsPattern("(?m)^ +" + KeyhavenCli.EXIT_NOT_CHECKED + " +.*try again later");
        }
        assertThat(java.util.Set.of(KeyhavenCli.EXIT_OK, KeyhavenCli.EXIT_PROBLEM, KeyhavenCli.EXIT_USAGE,
                KeyhavenCli.EXIT_VAULT, KeyhavenCli.EXIT_CAN_WITHDRAW, KeyhavenCli.EXIT_NOT_CHECKED,
                KeyhavenCli.EXIT_INTERNAL)).as("every code means one thing").hasSize(7);
    }

    /** 'run' refuses both password variables; no help may advise them (or "the file") for it. */
    @Test
    void noHelpAdvisesForRunAPasswordSourceRunRefuses() {
        List<String> sentences = new java.util.ArrayList<>();
        for (String[] helpArgs : new String[][] {{"--help"}, {"run", "--help"}, {"init", "--help"},
            {"passwd", "--help"}, {"check", "--help"}}) {
            out.getBuffer().setLength(0);
            run(helpArgs);
            sentences.addAll(List.of(out.toString().replaceAll("\\s+", " ").split("(?<=[.])\\s")));
        }
        List<String> aboutRunsPassword = sentences.stream()
                .filter(sentence -> sentence.contains("'run'") || sentence.contains("long run"))
                .filter(sentence -> sentence.contains("PASSWORD") || sentence.contains("file")
                        || sentence.contains("password"))
                .toList();

        assertThat(aboutRunsPassword).isNotEmpty().allSatisfy(sentence -> assertThat(sentence)
                .doesNotContainIgnoringCase("prefer the file").doesNotContainIgnoringCase("prefer")
                .doesNotContainIgnoringCase("--password-file"));
        assertThat(String.join(" ", aboutRunsPassword)).contains("refuses").contains("--password-stdin");
    }

    @Test
    void addsHelpKeepsEachDescriptionLineWholeAndInOrder() {
        assertThat(run("add", "--help")).isZero();
        int column = out.toString().lines().filter(line -> line.contains("With --purpose")).findFirst().orElseThrow()
                .indexOf("With --purpose");
        List<String> shown = out.toString().lines()
                .map(line -> line.length() > column ? line.substring(column).strip() : "").toList();

        picocli.CommandLine add = new picocli.CommandLine(new KeyhavenCli(), new CommandFactory(CliContext.system()))
                .getSubcommands().get("add");
        for (picocli.CommandLine.Model.OptionSpec option : add.getCommandSpec().options().stream()
                .filter(option -> !option.hidden()).toList()) {
            List<String> description = java.util.Arrays.stream(option.description()).map(String::strip).toList();
            assertThat(shown).as(option.longestName() + " is not broken across lines").containsSubsequence(description);
        }
        assertThat(shown).containsSubsequence("With --purpose platform: what the platform asked for (never Withdraw):", "trade  Read + Trade", "read   Read only",
                "'check' then flags the key if OKX lets it do more or less.");
    }

    @Test
    void noHelpLineIsWiderThanTheUsageWidth() {
        for (String command : new String[] {"", "init", "add", "list", "show", "remove", "check", "run", "passwd",
            "info", "backup", "backup list", "backup create", "backup restore"}) {
            out.getBuffer().setLength(0);
            String[] args = (command + " --help").strip().split(" ");
            assertThat(run(args)).isZero();
            assertThat(out.toString().lines()).as(command).allSatisfy(line ->
                    assertThat(line.length()).isLessThanOrEqualTo(KeyhavenCli.USAGE_HELP_WIDTH));
        }
    }

    @Test
    void theExitCodesListNamesSeventyTheCodeOfTheUnexpected() {
        run("--help");
        assertThat(out.toString()).containsPattern("(?m)^ *" + KeyhavenCli.EXIT_INTERNAL
                + " +something Keyhaven did not expect");
    }

    @Test
    void runWithoutALabelSaysTheLabelIsMissingAndShowsTheUsageLine() {
        assertThat(run("run", "--gateway", "--", "env")).isEqualTo(KeyhavenCli.EXIT_USAGE);

        assertThat(err.toString()).contains("'keyhaven run' was given no LABEL: the key's label goes before --")
                .contains("Usage: keyhaven run [OPTIONS] LABEL -- COMMAND [ARGUMENT...]")
                .doesNotContain("Missing required parameter: 'COMMAND'");
    }

    @Test
    void runWithALabelButNoProgramStillSaysTheCommandIsMissing() {
        assertThat(run("run", "bot", "--")).isEqualTo(KeyhavenCli.EXIT_USAGE);

        assertThat(err.toString()).contains("'keyhaven run' needs the key's LABEL, then --, then the program to start")
                .contains("Usage: keyhaven run [OPTIONS] LABEL -- COMMAND").doesNotContain("no LABEL")
                .doesNotContain("Missing required");
    }
}
