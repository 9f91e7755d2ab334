package dev.keyhaven.cli;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the API key, secret key and passphrase: hidden prompts on a terminal, otherwise three lines of
 * standard input. Never from arguments, which other programs can see and shells remember.
 */
final class CredentialsReader {

    private static final String[] NAMES = {"API key", "secret key", "passphrase"};

    private final CliContext context;

    CredentialsReader(CliContext context) {
        this.context = context;
    }

    Credentials read() {
        List<Secret> values = new ArrayList<>(3);
        try {
            SecretLineReader lines = context.terminal().isPresent() ? null
                    : new SecretLineReader(context.standardInput());
            for (String name : NAMES) {
                char[] value = lines == null ? askHidden(name) : nextLine(lines, name);
                if (value.length == 0) {
                    throw CliFailure.badInput("The " + name + " is empty. Copy it again from OKX's API page "
                            + "and run the command again.");
                }
                values.add(Secret.wrap(value));
            }
            return new Credentials(values.get(0), values.get(1), values.get(2));
        } catch (RuntimeException e) {
            values.forEach(Secret::wipe);
            throw e;
        }
    }

    private char[] askHidden(String name) {
        char[] value = context.terminal().readHidden(capitalised(name) + " (hidden): ");
        if (value == null) {
            throw CliFailure.badInput("No " + name + " was entered, so nothing was saved.");
        }
        return value;
    }

    private static char[] nextLine(SecretLineReader lines, String name) {
        try {
            char[] line = lines.nextLine();
            if (line == null) {
                throw CliFailure.badInput("Standard input ended before the " + name + ". Give three lines: "
                        + "API key, secret key and passphrase, in that order.");
            }
            return line;
        } catch (IOException e) {
            throw CliFailure.badInput("Standard input could not be read (" + e.getClass().getSimpleName()
                    + "), so nothing was saved.");
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
