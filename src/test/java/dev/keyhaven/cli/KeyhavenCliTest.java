package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        assertThat(lines[0]).startsWith("keyhaven: ").contains("unexpected argument").doesNotContain("frobnicate");
        assertThat(lines).hasSize(2);
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
        assertThat(err.toString()).contains("'keyhaven' was given an unexpected argument").doesNotContain("lsit")
                .contains("Did you mean list?");
    }

    @Test
    void aWordFarFromEveryCommandGetsNoSuggestion() {
        assertThat(run("frobnicate")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("unexpected argument").doesNotContain("frobnicate")
                .doesNotContain("Did you mean");
    }

    @Test
    void aStrayLowercaseWordIsNeverRepeatedItMayBeAPassphrase() {
        assertThat(run("add", "--label", "x", "mysecretpass1")).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'keyhaven add' was given an unexpected argument (not repeated here")
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
}
