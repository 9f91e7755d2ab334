package dev.keyhaven.cli;

/**
 * Where a command got the master password from, so that a wrong one is met with the next step that fits:
 * Caps Lock only matters for a typed password; a script or bot that passes an old password after a change
 * needs the new one where it keeps it.
 */
enum PasswordOrigin {
    ENVIRONMENT, FILE, STANDARD_INPUT, PROMPT;

    /** The origin {@link MasterPasswordReader#current} picks: the variable, then the file, then the prompt. */
    static PasswordOrigin of(CliContext context) {
        if (context.variable(MasterPasswordReader.PASSWORD_VARIABLE) != null) {
            return ENVIRONMENT;
        }
        if (context.variable(MasterPasswordReader.PASSWORD_FILE_VARIABLE) != null) {
            return FILE;
        }
        return PROMPT;
    }

    /** The sentence for a master password that does not open the vault, with the next step. */
    String wrongPassword() {
        String changed = " If the master password was changed (in the app or with 'keyhaven passwd'), ";
        return switch (this) {
            case ENVIRONMENT -> "The master password in the environment variable "
                    + MasterPasswordReader.PASSWORD_VARIABLE + " does not open this vault." + changed + "set "
                    + MasterPasswordReader.PASSWORD_VARIABLE + " to the new one wherever your scripts and bots set it.";
            case FILE -> "The master password in the file named by " + MasterPasswordReader.PASSWORD_FILE_VARIABLE
                    + " does not open this vault." + changed + "write the new one on the first line of that file.";
            case STANDARD_INPUT -> "The master password sent on standard input (--password-stdin) does not open this"
                    + " vault." + changed + "update the script or service that sends it.";
            case PROMPT -> "The master password is not right. Check Caps Lock and the keyboard layout, then try again.";
        };
    }
}
