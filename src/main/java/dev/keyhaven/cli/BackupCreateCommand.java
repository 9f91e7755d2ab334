package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import picocli.CommandLine.Command;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Makes a verified backup of the vault now. The newest five are kept.")
final class BackupCreateCommand extends KeyhavenCommand {

    BackupCreateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Vault vault = openVaultToChange()) {
            Backup backup = vault.backups().now("manual");
            out().println("Made backup " + backup.id() + " (" + backup.file() + ") and checked that it opens.");
            return KeyhavenCli.EXIT_OK;
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
    }
}
