package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove refuses a key a bot signs with through the gateway (attack 23: it was deleted under the running bot). */
class RemoveInUseCommandTest {

    @TempDir
    Path folder;

    @Test
    void aKeyInUseThroughTheGatewayIsNotDeletedUntilTheRunStops() throws Exception {
        CliHarness cli = new CliHarness(folder).initialised();
        cli.add("Grid bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        List<String> warnings = new ArrayList<>();
        try (Secret password = Secret.ofString(CliHarness.PASSWORD);
                Vault beside = Vault.openShared(cli.vault(), password, VaultOptions.forTests())) {
            long id = beside.keyByLabel("Grid bot").orElseThrow().id();
            try (UsageHistory run = new UsageHistory(beside, id, "bot.py", new UsageLedger(), Clock.systemUTC(),
                    warnings::add)) {
                run.start("Refused: withdrawals.");

                Result refused = cli.run("remove", "Grid bot", "--yes");

                assertThat(refused.exitCode()).as(refused.all()).isEqualTo(KeyhavenCli.EXIT_PROBLEM);
                assertThat(refused.err()).contains("\"Grid bot\" was not deleted.")
                        .contains("In use by a bot through Keyhaven's gateway since").contains("Stop that bot first");
                assertThat(beside.keys()).extracting(KeyRecord::label).containsExactly("Grid bot");
            }
        }

        Result deleted = cli.run("remove", "Grid bot", "--yes");
        assertThat(deleted.exitCode()).as(deleted.all()).isZero();
        try (Vault vault = cli.openVault()) {
            assertThat(vault.keys()).isEmpty();
        }
        assertThat(warnings).isEmpty();
    }
}
