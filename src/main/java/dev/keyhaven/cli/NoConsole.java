package dev.keyhaven.cli;

import java.util.Locale;

/**
 * What to say when a password is needed and there is no console that can hide typing. Java has none in
 * Git Bash's mintty window (Windows), an IDE's run window or when input comes from a pipe; Keyhaven then never
 * reads the password from standard input, where every character would show.
 */
final class NoConsole {

    private NoConsole() {
    }

    /** The sentence for a password that would be asked: the reason, then the ways that work on this system. */
    static String cannotAsk(String what, String passwordVariable) {
        return cannotAsk(what, passwordVariable, System.getProperty("os.name", ""));
    }

    /** As {@link #cannotAsk(String, String)}, with the terminals of the system {@code osName} names. */
    static String cannotAsk(String what, String passwordVariable, String osName) {
        String system = osName.toLowerCase(Locale.ROOT);
        String windows;
        String terminals;
        if (system.startsWith("windows")) {
            windows = "Git Bash, an IDE's console, or input from a pipe";
            terminals = "Windows Terminal, PowerShell or Command Prompt; in Git Bash: winpty keyhaven-cli ...";
        } else if (system.startsWith("mac")) {
            windows = "an IDE's console, or input from a pipe";
            terminals = "the Terminal app or iTerm";
        } else {
            windows = "an IDE's console, or input from a pipe";
            terminals = "a terminal window such as GNOME Terminal, Konsole or xterm, or over ssh";
        }
        return "Keyhaven cannot ask for " + what + " here: this window cannot hide what you type (" + windows
                + "), and Keyhaven never asks where a password would show. Run the command in " + terminals
                + ", or set " + alternatives(passwordVariable) + " in the environment of this command.";
    }

    private static String alternatives(String passwordVariable) {
        return passwordVariable.equals(MasterPasswordReader.PASSWORD_VARIABLE)
                ? MasterPasswordReader.PASSWORD_FILE_VARIABLE + " (a file readable only by you) or " + passwordVariable
                : passwordVariable;
    }
}
