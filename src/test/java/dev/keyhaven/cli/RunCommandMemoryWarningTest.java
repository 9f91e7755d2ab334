package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code run} warns when the system has a memory guard and it failed, and only then. Linux's prctl does not
 * fail, so the failing guard here is a stand-in; ProcessMemoryGuardTest proves the real one with a real bot.
 */
class RunCommandMemoryWarningTest extends RunGateFixture {

    private static final String WARNING = "did not let Keyhaven close its memory to other programs";

    @Test
    void aGuardThatFailsWhereOneExistsIsReportedAndTheProgramStillRuns() throws Exception {
        Result result = runBot(guard(false, true));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains(WARNING).contains("they may be able to read the key from Keyhaven");
        assertThat(Files.readString(seen)).isEqualTo("started\n");
    }

    @Test
    void aSystemWithoutAGuardIsNotWarnedAbout() throws Exception {
        Result result = runBot(guard(false, false));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).doesNotContain(WARNING);
        assertThat(Files.readString(seen)).isEqualTo("started\n");
    }

    @Test
    void aGuardThatWorkedIsNotWarnedAbout() throws Exception {
        Result result = runBot(guard(true, true));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).doesNotContain(WARNING);
        assertThat(Files.readString(seen)).isEqualTo("started\n");
    }

    private Result runBot(MemoryGuard guard) throws Exception {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade").ips("127.0.0.1"));
            cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            cli.memoryGuard(guard);
            return gate("bot", "--", "sh", "-c", "echo started > \"$0\"", seen.toString());
        }
    }

    private static MemoryGuard guard(boolean denies, boolean exists) {
        return new MemoryGuard() {
            @Override
            public boolean denyOtherReaders() {
                return denies;
            }

            @Override
            public boolean existsOnThisSystem() {
                return exists;
            }
        };
    }
}
