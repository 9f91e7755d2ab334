package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outside attack: an older copy of the vault (or another vault with the same password) put in place of
 * the one Keyhaven saw last was only warned about, and {@code run} handed its key to a bot, whose log nobody
 * reads. Now {@code run} refuses until the copy is accepted.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the bot here is a POSIX sh script")
class RunFromReplacedVaultTest {

    @TempDir
    Path folder;

    private CliHarness cli;
    private Path ran;

    @BeforeEach
    void createVaultWithACheckedKey() throws Exception {
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        cli = new CliHarness(folder, options).initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
        try (Secret password = Secret.ofString(CliHarness.PASSWORD); Vault vault = Vault.open(cli.vault(), password, options)) {
            long id = vault.keyByLabel("bot").orElseThrow().id();
            vault.recordHistory(id, new HistoryEntry(Instant.now(), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                    "Checked.", true, new Permissions(true, true, false), List.of(), "1234", List.of(), null));
        }
        ran = folder.resolve("ran.txt");
    }

    private Result runBot(String... gateway) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--password-env-ok"));
        args.addAll(List.of(gateway));
        args.addAll(List.of("bot", "--", "sh", "-c", "echo ran > \"$0\"", ran.toString()));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void anOlderCopyPutInPlaceHandsNoKeyToABotUntilAccepted() throws Exception {
        Path older = folder.resolve("older.keyhaven");
        Files.copy(cli.vault(), older);
        cli.add("newer", API_KEY + "2", SECRET_KEY, PASSPHRASE);
        Files.copy(older, cli.vault(), StandardCopyOption.REPLACE_EXISTING);

        for (String[] how : new String[][] {{}, {"--gateway"}}) {
            Result refused = runBot(how);
            assertThat(refused.exitCode()).as("run %s", List.of(how)).isEqualTo(KeyhavenCli.EXIT_VAULT);
            assertThat(refused.err()).contains("older than the one Keyhaven last saw")
                    .contains("keyhaven info --accept-older-copy").contains("hands no key from it to a program");
            assertThat(ran).as("the bot was not started").doesNotExist();
        }

        assertThat(cli.run("info", "--accept-older-copy").exitCode()).isZero();
        assertThat(runBot().exitCode()).isZero();
        assertThat(ran).exists();
    }

    @Test
    void anotherVaultPutInPlaceHandsNoKeyToABot() throws Exception {
        Path other = folder.resolve("other.keyhaven");
        CliHarness elsewhere = new CliHarness(folder, VaultOptions.forTests());
        elsewhere.run("--vault", other.toString(), "init");
        Files.copy(other, cli.vault(), StandardCopyOption.REPLACE_EXISTING);

        Result refused = runBot();

        assertThat(refused.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(refused.err()).contains("not the vault last opened here").contains("hands no key from it to a program");
        assertThat(ran).doesNotExist();
    }
}
