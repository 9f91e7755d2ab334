package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of {@code run}'s gate share: a new vault, a file the bot writes to, and no secret printed. */
abstract class RunGateFixture {

    @TempDir
    Path folder;

    CliHarness cli;
    Path seen;

    @BeforeEach
    void createVault() {
        cli = new CliHarness(folder).initialised();
        seen = folder.resolve("seen.txt");
    }

    @AfterEach
    void nothingSecretWasPrinted() {
        assertThat(cli.everythingPrinted()).doesNotContain(API_KEY).doesNotContain(SECRET_KEY)
                .doesNotContain(PASSPHRASE).doesNotContain(CliHarness.PASSWORD);
    }

    /** Starts {@code run} as the README says: the master password piped in on the first line, none in the environment. */
    Result gate(String... runArguments) {
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        String[] args = Stream.concat(Stream.of("run", "--password-stdin"), Arrays.stream(runArguments))
                .toArray(String[]::new);
        return cli.withStdin(CliHarness.PASSWORD + "\n", args);
    }
}
