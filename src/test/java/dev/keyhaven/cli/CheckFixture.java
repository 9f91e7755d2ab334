package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.OTHER_API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeOkxServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of {@code check} share: a new vault, the OKX stand-in, and no secret printed or sent. */
abstract class CheckFixture {

    @TempDir
    Path folder;

    CliHarness cli;
    FakeOkxServer okx;

    @BeforeEach
    void start() {
        cli = new CliHarness(folder).initialised();
        okx = FakeOkxServer.start();
    }

    @AfterEach
    void noSecretWasPrintedOrSentInTheClear() {
        okx.close();
        assertThat(cli.everythingPrinted()).doesNotContain(API_KEY).doesNotContain(OTHER_API_KEY)
                .doesNotContain(SECRET_KEY).doesNotContain(PASSPHRASE);
        assertThat(okx.requests()).allSatisfy(request -> assertThat(request.wireText()).doesNotContain(SECRET_KEY));
    }
}
