package dev.keyhaven.cli;

import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Deletes a key and its history from the vault for good.",
            "The key still exists on OKX: delete it there too if nothing uses it any more."})
final class RemoveCommand extends KeyhavenCommand {

    @Parameters(paramLabel = "LABEL", description = "The key's label.")
    String label;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    RemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Vault vault = openVaultToChange()) {
            KeyRecord key = VaultAccess.key(vault, label, context.zone());
            if (!confirmed(yes, "Delete \"" + key.label() + "\" and its history from the vault? This cannot be undone.")) {
                out().println("Nothing was deleted.");
                return KeyhavenCli.EXIT_OK;
            }
            vault.delete(key.id());
            out().println("Deleted \"" + key.label() + "\" from the vault. The key still exists on OKX: delete it on "
                    + key.region().apiManagementUrl() + " if nothing uses it any more.");
            return KeyhavenCli.EXIT_OK;
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
    }
}
