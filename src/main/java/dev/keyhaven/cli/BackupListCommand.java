package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the vault's backups, newest first, with what each holds.",
            "Each backup says when and why it was made and which keys it holds compared with the vault now (this",
            "unlocks the vault; a vault that cannot be opened is listed without the comparison)."})
final class BackupListCommand extends KeyhavenCommand {

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    BackupListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        BackupsCompared compared = BackupsCompared.read(context, access, this::warn);
        List<Backup> backups = compared.backups();
        if (json) {
            out().println(Json.write(backups.stream()
                    .map(backup -> BackupCommand.Row.of(backup, compared.standing(backup).orElse(null), context.zone(),
                            context.vaultOptions().clock().instant()))
                    .toList()));
        } else if (backups.isEmpty()) {
            out().println("There are no backups of " + access.file() + " yet. Make one with 'keyhaven backup create'.");
        } else {
            BackupCommand.printTable(out(), compared, context.zone(), context.vaultOptions().clock().instant());
            out().println("Restore one with 'keyhaven backup restore ID'.");
        }
        return KeyhavenCli.EXIT_OK;
    }
}
