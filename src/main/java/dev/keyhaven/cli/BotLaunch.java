package dev.keyhaven.cli;

import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the program that {@code run} hands a key to, with and without the gateway: the same environment
 * rules for both (the master-password variables removed, the OKX variables set), standard input, output
 * and error passed through, Windows scripts started the Windows way.
 */
final class BotLaunch {

    private BotLaunch() {
    }

    /**
     * @param baseUrl     what the program gets as OKX_BASE_URL (OKX's address, or the gateway's)
     * @param credentials what it gets as OKX_API_KEY, OKX_SECRET_KEY and OKX_PASSPHRASE (stored or session ones)
     */
    static Process start(CliContext context, List<String> command, String flag, String baseUrl,
            Credentials credentials) {
        ProcessBuilder builder = new ProcessBuilder(WindowsCommandLine.forThisSystem(command, context.environment()))
                .inheritIO();
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(context.environment());
        environment.remove(MasterPasswordReader.PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.NEW_PASSWORD_VARIABLE);
        environment.remove(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
        environment.put("OKX_FLAG", flag);
        environment.put("OKX_BASE_URL", baseUrl);
        environment.put("OKX_API_KEY", credentials.apiKey().reveal());
        environment.put("OKX_SECRET_KEY", credentials.secretKey().reveal());
        environment.put("OKX_PASSPHRASE", credentials.passphrase().reveal());
        try {
            return builder.start();
        } catch (IOException e) {
            throw CliFailure.badInput(ProgramNotStarted.sentence(command.get(0), e, context.environment()));
        } finally {
            environment.clear();
        }
    }

    /**
     * Waits for the program and returns its exit code; if Keyhaven is stopped (Ctrl+C, a signal) meanwhile,
     * the program is asked to stop too.
     */
    static int waitFor(Process child, String program) {
        Thread stopChild = new Thread(child::destroy, "keyhaven-run-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            throw new CliFailure(KeyhavenCli.EXIT_INTERNAL, "Keyhaven was interrupted while " + program
                    + " was running; it was asked to stop.");
        } finally {
            removeHook(stopChild);
        }
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down and runs the hook itself.
        }
    }

    static String program(List<String> command) {
        return Path.of(command.get(0)).getFileName().toString();
    }
}
