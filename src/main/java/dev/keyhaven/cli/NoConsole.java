package dev.keyhaven.cli;

/**
 * What to say when a password is needed and there is no console that can hide typing. Java has none in
 * Git Bash's mintty window, an IDE's run window or when input comes from a pipe; Keyhaven then never
 * reads the password from standard input, where every character would show.
 */
final class NoConsole {

    private NoConsole() {
    }

    /** The sentence for a password that would be asked: the reason, then the ways that work. */
    static String cannotAsk(String what, String passwordVariable) {
        return "Keyhaven cannot ask for " + what + " here: this window cannot hide what you type (Git Bash, "
                + "an IDE's console, or input from a pipe), and Keyhaven never asks where a password would show. "
                + "Run the command in a terminal that hides typing (Windows Terminal, PowerShell, Command Prompt, "
                + "the Mac's Terminal; in Git Bash: winpty keyhaven-cli ...), or set " + alternatives(passwordVariable)
                + " in the environment of this command.";
    }

    private static String alternatives(String passwordVariable) {
        return passwordVariable.equals(MasterPasswordReader.PASSWORD_VARIABLE)
                ? MasterPasswordReader.PASSWORD_FILE_VARIABLE + " (a file readable only by you) or " + passwordVariable
                : passwordVariable;
    }
}
