package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the vault's backups, newest first. Needs no password.")
final class BackupListCommand extends KeyhavenCommand {

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    BackupListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        List<Backup> backups = access.backups();
        if (json) {
            out().println(Json.write(backups.stream().map(BackupCommand.Row::of).toList()));
        } else if (backups.isEmpty()) {
            out().println("There are no backups of " + access.file() + " yet. Make one with 'keyhaven backup create'.");
        } else {
            BackupCommand.printTable(out(), backups, context.zone());
            out().println("Restore one with 'keyhaven backup restore ID'.");
        }
        return KeyhavenCli.EXIT_OK;
    }
}
