package dev.keyhaven.ui.settings;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;

/**
 * What a restore looks at in the vault, always in the background (the vault may be held for seconds by a backup or
 * a password change): whether a Keyhaven command reads it, and the backup made ready to take its place.
 * {@link #OF_THE_VAULT} in the app; a test may hand one that fails as nothing real can.
 */
public interface RestoreLooks {

    void requireFree(Vault open) throws VaultException;

    PreparedRestore prepare(Vault open, Backup backup) throws VaultException;

    RestoreLooks OF_THE_VAULT = new RestoreLooks() {
        @Override
        public void requireFree(Vault open) throws VaultException {
            open.backups().requireFreeToRestore();
        }

        @Override
        public PreparedRestore prepare(Vault open, Backup backup) throws VaultException {
            return open.backups().prepareRestore(backup);
        }
    };
}
