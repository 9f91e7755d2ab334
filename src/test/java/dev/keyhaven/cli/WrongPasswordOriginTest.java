package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15: after a master password change, a bot's old password is told where it came from, with the next
 * step for that place; Caps Lock only for a typed one.
 */
class WrongPasswordOriginTest {

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void createVault() {
        cli = new CliHarness(folder).initialised();
    }

    @Test
    void anOldPasswordInTheEnvironmentNamesTheVariable() {
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "the old password it had");

        Result list = cli.run("list");

        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(list.err()).contains("environment variable KEYHAVEN_PASSWORD").doesNotContain("Caps Lock");
    }

    @Test
    void anOldPasswordInAFileNamesTheFile() throws Exception {
        Path file = folder.resolve("password.txt");
        Files.writeString(file, "the old password it had\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, file.toString());

        Result list = cli.run("list");

        assertThat(list.err()).contains("file named by KEYHAVEN_PASSWORD_FILE").doesNotContain("Caps Lock");
    }

    @Test
    void anOldPasswordOnStandardInputNamesIt() {
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result run = cli.withStdin("the old password it had\n", "run", "--password-stdin", "bot", "--", "true");

        assertThat(run.err()).contains("standard input (--password-stdin)").doesNotContain("Caps Lock");
    }

    @Test
    void aTypedPasswordStillHearsOfCapsLock() {
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result list = cli.withTerminal(new ScriptedTerminal("the old password it had"), "list");

        assertThat(list.err()).contains("Caps Lock");
    }
}
