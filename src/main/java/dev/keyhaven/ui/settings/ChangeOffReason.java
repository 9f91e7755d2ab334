package dev.keyhaven.ui.settings;

/** Why "Change master password" is off, said beside it as the user types; empty once it is on. */
final class ChangeOffReason {

    private ChangeOffReason() {
    }

    static String of(boolean noCurrent, boolean strongEnough, boolean ready) {
        if (noCurrent && !ready) {
            return "Change is off: type your current password and a new one that rates Good, twice.";
        }
        if (noCurrent) {
            return "Change is off: type your current password.";
        }
        if (!strongEnough) {
            return "Change is off: the new password is not strong enough yet. It must rate Good.";
        }
        if (!ready) {
            return "Change is off: the two new passwords differ. Type the same password in both fields.";
        }
        return "";
    }
}
