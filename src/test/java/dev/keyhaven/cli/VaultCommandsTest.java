package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, passwd, info and backup, end to end against a real vault file. */
class VaultCommandsTest {

    @TempDir
    Path folder;

    private CliHarness cli() {
        return new CliHarness(folder);
    }

    @Test
    void initCreatesAVaultThatOpensWithThePassword() {
        CliHarness cli = cli();
        Result init = cli.run("init");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("Created a vault at " + cli.vault()).contains("keyhaven add");
        assertThat(Files.exists(cli.vault())).isTrue();
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    void initRefusesToOverwriteAnExistingVault() throws Exception {
        CliHarness cli = cli().initialised();
        byte[] before = Files.readAllBytes(cli.vault());

        Result again = cli.run("init");

        assertThat(again.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(again.err()).contains("already a vault").contains("nothing was changed");
        assertThat(Files.readAllBytes(cli.vault())).isEqualTo(before);
    }

    @Test
    void initOnATerminalAsksTwiceAndRefusesTwoDifferentPasswords() {
        CliHarness cli = cli();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result mismatch = cli.withTerminal(new ScriptedTerminal("first password", "second password"), "init");
        assertThat(mismatch.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(mismatch.err()).contains("not the same");
        assertThat(Files.exists(cli.vault())).isFalse();

        ScriptedTerminal terminal = new ScriptedTerminal("lantern orbit velvet cactus", "lantern orbit velvet cactus");
        assertThat(cli.withTerminal(terminal, "init").exitCode()).isZero();
        assertThat(terminal.prompts()).hasSize(2);
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "lantern orbit velvet cactus");
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    void besideTheUnlockedAppCommandsReadButChangesSayToLockItInOneSentence() throws Exception {
        CliHarness cli = cli().initialised();
        cli.add("bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        try (dev.keyhaven.vault.Vault held = cli.openVault()) {
            Result list = cli.run("list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).contains("bot");
            assertThat(cli.run("show", "bot").exitCode()).isZero();
            assertThat(cli.run("info").exitCode()).isZero();

            Result result = cli.run("remove", "bot", "--yes");

            assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
            assertThat(result.err()).contains("open in another Keyhaven").contains("only one Keyhaven at a time may change it")
                    .contains("Lock the app (Ctrl+L)");
            assertThat(result.err().split("try again", -1)).as("the next step is said once").hasSize(2);
        }
        assertThat(cli.run("remove", "bot", "--yes").exitCode()).as("once the app locks, the change works").isZero();
    }

    @Test
    void initWithoutTerminalOrVariableSaysHowToGiveThePassword() {
        CliHarness cli = cli();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result result = cli.run("init");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("KEYHAVEN_PASSWORD").contains("terminal");
    }

    @Test
    void aMissingVaultSaysToRunInitWithoutAskingForAPassword() {
        CliHarness cli = cli();
        ScriptedTerminal terminal = new ScriptedTerminal();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result result = cli.withTerminal(terminal, "list");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).contains("There is no vault at " + cli.vault()).contains("keyhaven init");
        assertThat(terminal.prompts()).isEmpty();
    }

    @Test
    void theVaultOptionWinsOverTheVariableAndTheDefault() {
        CliHarness cli = cli().initialised();
        Path other = folder.resolve("other.keyhaven");

        assertThat(cli.run("--vault", other.toString(), "init").out()).contains(other.toString());
        assertThat(cli.run("list", "--vault", other.toString()).exitCode()).isZero();
        cli.environment().remove("KEYHAVEN_VAULT");
        Result fallback = cli.run("list");
        assertThat(fallback.err()).contains("default-vault.keyhaven");
    }

    @Test
    void aWrongPasswordIsExitThreeWithTheReason() {
        CliHarness cli = cli().initialised();
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "not the password");

        Result result = cli.run("list");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).containsIgnoringCase("password").doesNotContain("not the password")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noPasswordAndNoTerminalIsExitThreeWithHowToGiveIt() {
        CliHarness cli = cli().initialised();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result result = cli.run("list");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).contains("KEYHAVEN_PASSWORD").contains("terminal");
    }

    @Test
    void aDamagedVaultIsExitThreeAndSaysSo() throws Exception {
        CliHarness cli = cli().initialised();
        byte[] bytes = Files.readAllBytes(cli.vault());
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(cli.vault(), bytes);

        Result result = cli.run("list");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(result.err()).startsWith("keyhaven: ").containsIgnoringCase("damaged").doesNotContain("\tat ");
    }

    @Test
    void passwdChangesThePasswordFromTheVariables() {
        CliHarness cli = cli().initialised();
        cli.add("bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "a brand new passphrase 7#");

        Result change = cli.run("passwd");
        assertThat(change.exitCode()).isZero();
        assertThat(change.out()).contains("changed");

        assertThat(cli.run("list").exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "a brand new passphrase 7#");
        assertThat(cli.run("list").out()).contains("bot");
    }

    @Test
    void passwdOnATerminalAsksForTheCurrentPasswordAndTheNewOneTwice() {
        CliHarness cli = cli().initialised();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        ScriptedTerminal terminal = new ScriptedTerminal(CliHarness.PASSWORD, "quiet harbor maple sparrow 7",
                "quiet harbor maple sparrow 7", "d");

        Result change = cli.withTerminal(terminal, "passwd");
        assertThat(change.exitCode()).isZero();
        assertThat(terminal.prompts()).hasSize(4);
        assertThat(terminal.prompts().get(3)).contains("Re-encrypt them under the new password (r), delete them (d)");
        assertThat(terminal.unusedAnswers()).isZero();
        assertThat(change.out()).contains("Deleted 2 old backups");
        assertThat(cli.run("backup", "list").out()).doesNotContain("password change");
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "quiet harbor maple sparrow 7");
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    void passwdSaysWhichBackupsTheOldPasswordStillOpensAndReEncryptsThemOnRequest() throws Exception {
        CliHarness cli = cli().initialised();
        cli.add("bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        // Three backups: the daily one on unlock, the one after the first key, and the one before the change.
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "a brand new passphrase 7#");

        Result change = cli.run("passwd", "--old-backups", "reencrypt");

        assertThat(change.exitCode()).as(change.all()).isZero();
        assertThat(change.out()).contains("3 backups made before the change still open with the old password")
                .contains("rotate your OKX keys").contains("Re-encrypted 3 of 3 old backups");
        java.nio.file.Path backupFile;
        try (var vault = dev.keyhaven.vault.Vault.open(cli.vault(),
                dev.keyhaven.secret.Secret.ofString("a brand new passphrase 7#"), dev.keyhaven.vault.VaultOptions.forTests())) {
            assertThat(vault.backups().withOldPassword()).isEmpty();
            backupFile = dev.keyhaven.vault.VaultFile.backups(cli.vault()).stream()
                    .filter(backup -> backup.reason().equals("password change")).findFirst().orElseThrow().file();
        }
        java.nio.file.Path copy = cli.vault().resolveSibling("copy").resolve("copy.keyhaven");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.copy(backupFile, copy);
        dev.keyhaven.vault.Vault.open(copy, dev.keyhaven.secret.Secret.ofString("a brand new passphrase 7#"),
                dev.keyhaven.vault.VaultOptions.forTests()).close();
    }

    @Test
    void passwdWithoutATerminalKeepsTheOldBackupsAndSaysSo() {
        CliHarness cli = cli().initialised();
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "a brand new passphrase 7#");

        Result change = cli.run("passwd");

        assertThat(change.exitCode()).isZero();
        assertThat(change.out()).contains("still open with the old password").contains("Kept ")
                .contains("they open with the old password only");
    }

    @Test
    void aVaultFileReplacedByAnOlderCopyIsWarnedAboutUntilAccepted() throws Exception {
        java.nio.file.Path memory = cli().vault().resolveSibling("config");
        CliHarness cli = new CliHarness(folder, dev.keyhaven.vault.VaultOptions.forTests().withGenerationMemory(memory))
                .initialised();
        java.nio.file.Path older = cli.vault().resolveSibling("older.keyhaven");
        java.nio.file.Files.copy(cli.vault(), older);
        cli.add("bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        java.nio.file.Files.copy(older, cli.vault(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Result list = cli.run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).contains("Warning: This vault file").contains("older than the one Keyhaven last saw")
                .contains("keyhaven info --accept-older-copy");
        assertThat(cli.run("list").err()).as("still, until accepted").contains("older than the one");

        Result accepted = cli.run("info", "--accept-older-copy");
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.err()).contains("Accepted");
        assertThat(cli.run("list").err()).doesNotContain("older than the one");
    }

    @Test
    void anotherVaultPutAtThePathIsWarnedAboutUntilAccepted() throws Exception {
        java.nio.file.Path memory = cli().vault().resolveSibling("config");
        CliHarness cli = new CliHarness(folder, dev.keyhaven.vault.VaultOptions.forTests().withGenerationMemory(memory))
                .initialised();
        java.nio.file.Path other = cli.vault().resolveSibling("other.keyhaven");
        new CliHarness(folder, dev.keyhaven.vault.VaultOptions.forTests()).run("--vault", other.toString(), "init");
        java.nio.file.Files.copy(other, cli.vault(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Result list = cli.run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).contains("Warning: This is not the vault last opened here").contains("It was created on")
                .contains("keyhaven info --accept-other-vault");

        Result accepted = cli.run("info", "--accept-other-vault");
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.err()).contains("Accepted");
        assertThat(cli.run("list").err()).doesNotContain("not the vault last opened here");
    }

    @Test
    void passwdWithAWrongCurrentPasswordChangesNothing() {
        CliHarness cli = cli().initialised();
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "wrong");
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "new password 99!");

        assertThat(cli.run("passwd").exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, CliHarness.PASSWORD);
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    void infoJsonHasTheFormatTheKdfTheKeyCountAndTheBackups() throws Exception {
        CliHarness cli = cli().initialised();
        cli.add("bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.run("backup", "create");

        Result result = cli.run("info", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode info = new ObjectMapper().readTree(result.out());
        assertThat(info.get("formatVersion").asInt()).isPositive();
        assertThat(info.at("/kdf/algorithm").asText()).isEqualTo("argon2id");
        assertThat(info.at("/kdf/memoryKiB").asInt()).isEqualTo(256);
        assertThat(info.at("/kdf/iterations").asInt()).isPositive();
        assertThat(info.at("/kdf/parallelism").asInt()).isEqualTo(1);
        assertThat(info.get("keys").asInt()).isEqualTo(1);
        assertThat(info.get("backups").isArray()).isTrue();
        assertThat(info.get("backups").size()).isGreaterThanOrEqualTo(1);
        assertThat(cli.run("info").out()).containsIgnoringCase("argon2id").contains("1 active");
    }

    @Test
    void backupsAreMadeListedAndRestored() throws Exception {
        CliHarness cli = cli().initialised();
        cli.add("kept", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        Result made = cli.run("backup", "create");
        assertThat(made.exitCode()).isZero();
        cli.add("later", FakeCredentials.OTHER_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);

        JsonNode backups = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out());
        String id = backups.get(0).get("id").asText();
        assertThat(made.out()).contains(id);
        assertThat(cli.run("backup", "list").out()).contains(id);

        Result noTerminal = cli.run("backup", "restore", id);
        assertThat(noTerminal.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(noTerminal.err()).contains("--yes");

        Result declined = cli.withTerminal(new ScriptedTerminal("n"), "backup", "restore", id);
        assertThat(declined.out()).contains("Nothing was restored");
        assertThat(cli.run("list").out()).contains("later");

        assertThat(cli.run("backup", "restore", id, "--yes").exitCode()).isZero();
        String list = cli.run("list").out();
        assertThat(list).contains("kept").doesNotContain("later");
    }

    @Test
    void restoringAnUnknownBackupNamesTheNextStep() {
        CliHarness cli = cli().initialised();

        Result result = cli.run("backup", "restore", "19990101-000000", "--yes");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("no backup with the id \"19990101-000000\"");
    }

    @Test
    void debugShowsTheTechnicalDetailsButStillNoPassword() {
        CliHarness cli = cli().initialised();
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "a wrong guess");

        Result plain = cli.run("list");
        Result debug = cli.run("--debug", "list");

        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(debug.err()).contains("VaultException").contains("\tat ").doesNotContain("a wrong guess")
                .doesNotContain(CliHarness.PASSWORD);
    }

    @Test
    void aDamagedVaultNamesTheBackupToRestore() throws Exception {
        CliHarness cli = cli().initialised();
        Result made = cli.run("backup", "create");
        String id = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out()).get(0).get("id").asText();
        assertThat(made.out()).contains(id);
        byte[] bytes = Files.readAllBytes(cli.vault());
        for (int i = 100; i < Math.min(bytes.length, 4000); i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(cli.vault(), bytes);

        Result damaged = cli.run("list");

        assertThat(damaged.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(damaged.err()).contains("keyhaven backup restore " + id);
        assertThat(cli.run("backup", "restore", id, "--yes").exitCode()).isZero();
        assertThat(cli.run("list").exitCode()).isZero();
    }
}
