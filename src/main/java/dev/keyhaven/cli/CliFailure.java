package dev.keyhaven.cli;

/**
 * Ends a command with an exit code and one or two sentences for the person on stderr. The message
 * never holds a secret.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliFailure(int exitCode, String message) {
        this(exitCode, message, null);
    }

    CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliFailure badInput(String message) {
        return new CliFailure(KeyhavenCli.EXIT_USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
