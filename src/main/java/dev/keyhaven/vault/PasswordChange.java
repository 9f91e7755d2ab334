package dev.keyhaven.vault;

import java.util.List;

/**
 * What a password change leaves behind: the backups made before it still open with the old password
 * (the change cannot reach into copies). {@link #notice()} says so to the user and what to do about it.
 *
 * @param backupsWithOldPassword backups the old password opens, newest first (at least the one made
 *                               just before the change)
 */
public record PasswordChange(List<Backup> backupsWithOldPassword) {

    public PasswordChange {
        backupsWithOldPassword = List.copyOf(backupsWithOldPassword);
    }

    /** Bots and scripts that unlock the vault themselves keep the old password until someone updates them. */
    public static final String SCRIPTS_NEED_IT = " Scripts and bots that pass the master password to Keyhaven"
            + " (KEYHAVEN_PASSWORD, KEYHAVEN_PASSWORD_FILE or --password-stdin) still have the old one: give them the"
            + " new password, or they cannot unlock the vault.";

    /** Plain sentences: what still opens with the old password, the two ways out, and the OKX keys. */
    public String notice() {
        int count = backupsWithOldPassword.size();
        String which = count == 1 ? "1 backup made before the change still opens" : count + " backups made before the change still open";
        return "The master password was changed, and everything in the vault is now encrypted under a new key. "
                + which + " with the old password. Delete "
                + (count == 1 ? "it" : "them") + ", or re-encrypt " + (count == 1 ? "it" : "them")
                + " so that only the new password opens " + (count == 1 ? "it" : "them") + "."
                + " If the old password may have leaked, also rotate your OKX keys (the Rotate guide in the app):"
                + " anyone who had the old password and a copy of the vault has the keys in it."
                + SCRIPTS_NEED_IT;
    }
}
