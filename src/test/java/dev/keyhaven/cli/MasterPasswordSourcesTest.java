package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.OwnerOnlyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Where init, passwd and the other commands take master passwords from, and the rule new ones must meet. */
class MasterPasswordSourcesTest {

    private static final String WEAK = "password1234";

    @TempDir
    Path folder;

    private CliHarness cli;

    @AfterEach
    void noPasswordWasPrinted() {
        assertThat(cli.everythingPrinted()).doesNotContain(WEAK).doesNotContain(CliHarness.PASSWORD);
    }

    @Test
    void initRefusesAWeakPasswordWithWhatIsNeeded() {
        cli = new CliHarness(folder);
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, WEAK);

        Result result = cli.run("init");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("too easy to guess").contains("at least 12 characters");
        assertThat(Files.exists(cli.vault())).isFalse();
    }

    @Test
    void initRefusesAShortPasswordTypedTwice() {
        cli = new CliHarness(folder);
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result result = cli.withTerminal(new ScriptedTerminal("Xq7#pL2!", "Xq7#pL2!"), "init");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("Too short: 8 of at least 12 characters.");
        assertThat(Files.exists(cli.vault())).isFalse();
    }

    @Test
    void passwdRefusesAWeakNewPasswordAndKeepsTheOldOne() {
        cli = new CliHarness(folder).initialised();
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, WEAK);

        Result result = cli.run("passwd");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("too easy to guess");
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    void thePasswordFileUnlocksTheVaultFromItsFirstLine() throws Exception {
        cli = new CliHarness(folder).initialised();
        Path file = privateFile(CliHarness.PASSWORD + "\r\nsecond line is ignored\n");
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, file.toString());

        Result list = cli.run("list");

        assertThat(list.exitCode()).as(list.all()).isZero();
    }

    @Test
    void initTakesTheNewPasswordFromTheFileToo() throws Exception {
        cli = new CliHarness(folder);
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, privateFile(CliHarness.PASSWORD).toString());

        assertThat(cli.run("init").exitCode()).isZero();
        assertThat(cli.run("list").exitCode()).isZero();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes: Windows has no 'readable by others' bits "
            + "and the password file's ACL is not checked there")
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        cli = new CliHarness(folder).initialised();
        Path file = privateFile(CliHarness.PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, file.toString());

        Result list = cli.run("list");

        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(list.err()).contains("can be read or changed by other users").contains("chmod 600");
    }

    @Test
    void aMissingPasswordFileIsASentence() {
        cli = new CliHarness(folder).initialised();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);
        cli.environment().put(MasterPasswordReader.PASSWORD_FILE_VARIABLE, folder.resolve("nope.txt").toString());

        Result list = cli.run("list");

        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(list.err()).contains("does not exist");
    }

    private Path privateFile(String content) throws Exception {
        Path file = folder.resolve("password.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            OwnerOnlyFiles.restrict(file);
        }
        return file;
    }
}
