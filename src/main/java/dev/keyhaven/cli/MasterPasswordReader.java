package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.MasterPasswordPolicy;
import java.nio.file.Path;

/**
 * Gets master passwords: from {@code KEYHAVEN_PASSWORD} (or {@code KEYHAVEN_NEW_PASSWORD}) or from the
 * first line of the file named by {@code KEYHAVEN_PASSWORD_FILE} for automation, as restic and borg do,
 * else from a hidden prompt. A new password must pass {@link MasterPasswordPolicy}.
 */
final class MasterPasswordReader {

    static final String PASSWORD_VARIABLE = "KEYHAVEN_PASSWORD";
    static final String NEW_PASSWORD_VARIABLE = "KEYHAVEN_NEW_PASSWORD";
    static final String PASSWORD_FILE_VARIABLE = "KEYHAVEN_PASSWORD_FILE";

    private final CliContext context;

    MasterPasswordReader(CliContext context) {
        this.context = context;
    }

    /** True when {@link #current} has somewhere to get the password from (a variable, a file, a terminal). */
    boolean available() {
        return context.variable(PASSWORD_VARIABLE) != null || context.variable(PASSWORD_FILE_VARIABLE) != null
                || context.terminal().isPresent();
    }

    /** The password that unlocks the vault at {@code vault}. */
    Secret current(Path vault) {
        String fromVariable = context.variable(PASSWORD_VARIABLE);
        if (fromVariable != null) {
            return Secret.ofString(fromVariable);
        }
        String file = context.variable(PASSWORD_FILE_VARIABLE);
        if (file != null) {
            return PasswordFile.read(Path.of(file));
        }
        Terminal terminal = context.terminal();
        if (!terminal.isPresent()) {
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, "The vault is locked. "
                    + NoConsole.cannotAsk("the master password", PASSWORD_VARIABLE));
        }
        char[] typed = terminal.readHidden("Master password for " + vault + ": ");
        if (typed == null) {
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, "No master password was entered, so the vault stays locked.");
        }
        return Secret.wrap(typed);
    }

    /**
     * A new master password: from {@code variable} when set, else typed twice on the terminal.
     *
     * @param variable {@link #PASSWORD_VARIABLE} for a new vault, {@link #NEW_PASSWORD_VARIABLE} for a change
     */
    Secret chooseNew(String variable) {
        String fromVariable = context.variable(variable);
        String file = variable.equals(PASSWORD_VARIABLE) ? context.variable(PASSWORD_FILE_VARIABLE) : null;
        Secret chosen;
        if (fromVariable != null) {
            chosen = Secret.ofString(fromVariable);
        } else if (file != null) {
            chosen = PasswordFile.read(Path.of(file));
        } else if (context.terminal().isPresent()) {
            chosen = typedTwice();
        } else {
            throw CliFailure.badInput(NoConsole.cannotAsk("the new master password", variable));
        }
        if (chosen.isEmpty()) {
            chosen.wipe();
            throw CliFailure.badInput("The master password is empty. Choose a long passphrase that you do not use "
                    + "anywhere else.");
        }
        MasterPasswordPolicy.Assessment strength = MasterPasswordPolicy.assess(chosen);
        if (!strength.acceptable()) {
            chosen.wipe();
            throw CliFailure.badInput("This master password is too easy to guess, so nothing was changed. "
                    + strength.advice() + " " + MasterPasswordPolicy.RULE);
        }
        return chosen;
    }

    private Secret typedTwice() {
        Terminal terminal = context.terminal();
        char[] first = terminal.readHidden("New master password (hidden): ");
        if (first == null) {
            throw CliFailure.badInput("No master password was entered, so nothing was changed.");
        }
        char[] second = terminal.readHidden("Type it again: ");
        try (Secret one = Secret.wrap(first); Secret two = Secret.wrap(second == null ? new char[0] : second)) {
            if (!one.contentEquals(two)) {
                throw CliFailure.badInput("The two passwords are not the same, so nothing was changed. "
                        + "Run the command again and type the same password twice.");
            }
            return one.copy();
        }
    }
}
