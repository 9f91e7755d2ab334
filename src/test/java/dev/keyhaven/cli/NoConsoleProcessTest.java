package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a child JVM whose standard streams are pipes, as in Git Bash's mintty window, an
 * IDE's console or a script: there is no console that can hide typing, so Keyhaven must not read a
 * password from standard input, must say what to do instead, and must never show what was typed.
 */
class NoConsoleProcessTest {

    private static final String PASSWORD = "no console password 1!";
    private static final String TYPED = "typed where everyone sees it 42";

    @TempDir
    Path folder;

    record Outcome(int exitCode, String out, String err) {
    }

    @BeforeEach
    void vault() throws Exception {
        Outcome init = keyhaven(javaOfThisTest(), Map.of(MasterPasswordReader.PASSWORD_VARIABLE, PASSWORD), "", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
    }

    @Test
    void theLockedVaultSaysHowToGiveThePasswordAndNothingTypedIsReadOrShown() throws Exception {
        assertRefusedWithAdvice(keyhaven(javaOfThisTest(), Map.of(), TYPED + "\n", "list"));
    }

    /**
     * Java 22 to 24 give a Console object for pipes too (JLine's; Java 25 went back to null), and only
     * isTerminal() tells them apart from a terminal.
     */
    @Test
    void aJavaWhoseConsoleAnswersForPipesIsRefusedTheSameWay() throws Exception {
        Optional<Path> newerJava = javaWithConsoleForPipes();
        assumeTrue(newerJava.isPresent(), "no Java 22, 23 or 24 installed beside this one (looked in "
                + Path.of(System.getProperty("java.home")).getParent() + ")");
        assertRefusedWithAdvice(keyhaven(newerJava.get(), Map.of(), TYPED + "\n", "list"));
    }

    @Test
    void aNewPasswordIsNotAskedForEither() throws Exception {
        Outcome passwd = keyhaven(javaOfThisTest(), Map.of(MasterPasswordReader.PASSWORD_VARIABLE, PASSWORD),
                TYPED + "\n" + TYPED + "\n", "passwd");

        assertThat(passwd.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(passwd.err()).contains("cannot ask for the new master password here")
                .contains(MasterPasswordReader.NEW_PASSWORD_VARIABLE)
                .doesNotContain(MasterPasswordReader.PASSWORD_FILE_VARIABLE).doesNotContain(TYPED);
        assertThat(passwd.out()).doesNotContain(TYPED);
    }

    private static void assertRefusedWithAdvice(Outcome list) {
        assertThat(list.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(list.err()).startsWith("keyhaven: ").contains("this window cannot hide what you type")
                .contains(MasterPasswordReader.PASSWORD_FILE_VARIABLE)
                .doesNotContain("Exception").doesNotContain(TYPED);
        assertThat(list.out()).doesNotContain(TYPED);
        String system = System.getProperty("os.name");
        assertThat(list.err()).as("names only the terminals of " + system)
                .contains(NoConsole.cannotAsk("the master password", MasterPasswordReader.PASSWORD_VARIABLE, system));
    }

    private static Path javaOfThisTest() {
        return Path.of(System.getProperty("java.home"));
    }

    /** A JDK 22 to 24 installed beside the one running the tests (as on Linux machines with several JDKs). */
    private static Optional<Path> javaWithConsoleForPipes() throws IOException {
        Path jvms = javaOfThisTest().getParent();
        if (jvms == null || !Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isRegularFile(home.resolve("release")))
                    .filter(home -> featureVersion(home) >= 22 && featureVersion(home) <= 24)
                    .max(Comparator.comparingInt(NoConsoleProcessTest::featureVersion));
        }
    }

    private static int featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // not a JDK we can use
        }
        return 0;
    }

    private Outcome keyhaven(Path javaHome, Map<String, String> variables, String standardInput, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.keyhaven.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove(MasterPasswordReader.PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.NEW_PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
        environment.put("KEYHAVEN_VAULT", folder.resolve("vault.keyhaven").toString());
        environment.putAll(variables);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(standardInput.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the command did not read its input, which is the point
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("keyhaven " + String.join(" ", args) + " did not finish in time");
        }
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
