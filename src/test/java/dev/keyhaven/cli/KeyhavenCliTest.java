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
        assertThat(lines[0]).startsWith("keyhaven: ").contains("--frobnicate");
        assertThat(lines).hasSize(2);
        assertThat(err.toString()).doesNotContain("Exception");
    }
}
