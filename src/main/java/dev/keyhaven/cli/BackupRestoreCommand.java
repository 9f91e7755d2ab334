package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the vault with one of its backups.",
            "What changed since the backup was made is lost (keys added, values or notes changed, checks).",
            "The current file is kept as another backup first (even a damaged one), so you can restore it again."})
final class BackupRestoreCommand extends KeyhavenCommand {

    @Parameters(paramLabel = "ID", description = "The backup's id, as 'keyhaven backup list' shows it.")
    String id;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    BackupRestoreCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        List<Backup> backups = access.backups();
        Backup found = backups.stream().filter(backup -> backup.id().equals(id.strip())).findFirst()
                .orElseThrow(() -> CliFailure.badInput("There is no backup with the id \"" + id + "\". "
                        + (backups.isEmpty() ? "This vault has no backups yet."
                        : "See the ids with 'keyhaven backup list'.")));
        BackupsCompared compared = BackupsCompared.read(context, access, found.id(), this::warn);
        try (PreparedRestore prepared = compared.prepared() != null ? compared.prepared()
                : PreparedRestore.asIs(found, null)) {
            return restore(access, found, compared, prepared);
        }
    }

    private Integer restore(VaultAccess access, Backup found, BackupsCompared compared, PreparedRestore prepared) {
        Backup chosen = compared.backups().stream().filter(backup -> backup.id().equals(found.id())).findFirst()
                .orElse(found);
        Optional<BackupStanding> standing = compared.standing(chosen);
        if (standing.isPresent() && !standing.get().restorable()) {
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, "Backup " + chosen.id() + " cannot be restored: "
                    + standing.get().holds() + " Choose another one ('keyhaven backup list').");
        }
        try {
            VaultFile.requireFreeToReplace(access.file());
        } catch (VaultException e) {
            throw access.failure(e);
        }
        String question = standing.map(known -> known.restoreQuestion(context.zone()))
                .orElse("Replace the vault at " + access.file() + " with backup " + chosen.id() + " from "
                        + Texts.time(chosen.createdAt(), context.zone()) + "? " + BackupCommand.dateDoubt(chosen, null,
                        context.zone(), context.vaultOptions().clock().instant()).map(doubt -> doubt + " ").orElse("")
                        + compared.notCompared()
                        + " What OKX said of its keys since it was made is not carried into it either. The file it"
                        + " replaces is kept as a backup first.");
        if (yes) {
            out().println(question.replaceFirst("^Restore the backup (.*?)\\? ", "Restoring the backup $1. "));
        }
        if (!confirmed(yes, question)) {
            out().println("Nothing was restored.");
            return KeyhavenCli.EXIT_OK;
        }
        try {
            VaultFile.restore(access.file(), prepared.backup().id().equals(chosen.id()) ? prepared
                    : PreparedRestore.asIs(chosen, null), context.vaultOptions());
        } catch (VaultException e) {
            throw access.failure(e);
        }
        out().println("Restored backup " + chosen.id() + ". The file it replaced was kept as a backup "
                + "('keyhaven backup list')." + prepared.afterRestore());
        return KeyhavenCli.EXIT_OK;
    }
}
