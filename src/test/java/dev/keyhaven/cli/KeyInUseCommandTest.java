package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.ManualClock;
import dev.keyhaven.gateway.GatewayRunChild;
import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list and show tell a key a bot uses through the gateway, recorded by another opening of the vault. */
class KeyInUseCommandTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock(START);
    private CliHarness cli;

    @BeforeEach
    void vaultWithAKey() {
        cli = new CliHarness(folder, VaultOptions.forTests().withClock(clock)).initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
    }

    private Vault besideTheCommands() throws Exception {
        try (Secret password = Secret.ofString(CliHarness.PASSWORD)) {
            return Vault.openShared(cli.vault(), password, VaultOptions.forTests().withClock(clock));
        }
    }

    @Test
    void aRunningGatewayIsShownUntilItsStopIsRecorded() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (Vault gateway = besideTheCommands()) {
            long id = gateway.keyByLabel("bot").orElseThrow().id();
            UsageHistory run = new UsageHistory(gateway, id, "bot.py", new UsageLedger(), clock, warnings::add);
            run.start("Refused: withdrawals.");
            clock.advance(Duration.ofSeconds(20));

            assertThat(cli.run("list").out()).contains("[in use by a bot since ")
                    .contains("[in use]: a bot uses the key through Keyhaven's gateway now");
            assertThat(cli.run("show", "bot").out())
                    .containsPattern("Bot use: +In use by a bot through Keyhaven's gateway since ");
            JsonNode listed = new ObjectMapper().readTree(cli.run("list", "--json").out()).path(0);
            assertThat(listed.path("inUse").asBoolean()).isTrue();
            assertThat(listed.path("inUseSince").asText()).isEqualTo(START.toString());

            run.close();
        }

        assertThat(cli.run("list").out()).doesNotContain("in use");
        assertThat(cli.run("show", "bot").out()).doesNotContain("Bot use:");
        assertThat(new ObjectMapper().readTree(cli.run("list", "--json").out()).path(0).path("inUse").asBoolean())
                .isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anIdleGatewayIsShownInUseWhileItsProcessRunsAndNotOnceKilled() throws Exception {
        try (GatewayRunChild child = GatewayRunChild.start(cli.vault(), CliHarness.PASSWORD, "bot", folder)) {
            clock.advance(Duration.ofHours(3));
            assertThat(cli.run("list").out()).as("idle for hours, nothing written: still running")
                    .contains("[in use by a bot since ");
            assertThat(cli.run("show", "bot").out())
                    .containsPattern("Bot use: +In use by a bot through Keyhaven's gateway since ");

            child.kill();
        }

        assertThat(cli.run("list").out()).doesNotContain("in use");
        assertThat(new ObjectMapper().readTree(cli.run("list", "--json").out()).path(0).path("inUse").asBoolean())
                .isFalse();
        assertThat(cli.run("show", "bot").out()).containsPattern("Bot use: +A gateway run started .* ended without a "
                + "stop record").contains("last seen ");
    }

    @Test
    void aGatewayStoppedByItsChildProcessIsNoLongerShown() throws Exception {
        GatewayRunChild child = GatewayRunChild.start(cli.vault(), CliHarness.PASSWORD, "bot", folder);
        assertThat(cli.run("list").out()).contains("[in use by a bot since ");

        child.stop();

        assertThat(cli.run("list").out()).doesNotContain("in use");
        assertThat(cli.run("show", "bot").out()).doesNotContain("Bot use:");
    }

    @Test
    void aPlainHandOutIsToldWithItsTimeButNotAsInUse() {
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.add(FakeKey.builder().apiKey(FakeCredentials.OTHER_API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                    .perm("read_only,trade"));
            cli.add("plain", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
            String password = cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
            CliHarness.Result run = cli.withStdin(CliHarness.PASSWORD + "\n", "run", "--password-stdin", "plain", "--",
                    "sh", "-c", "exit 0");
            cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, password);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        assertThat(cli.run("show", "plain").out())
                .containsPattern("Bot use: +Handed to a bot at \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d with the key itself");
        assertThat(cli.run("list").out()).doesNotContain("in use");
    }
}
