package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The vault's backups, each with what it holds compared with the vault now; when the vault itself cannot
 * be opened (missing, damaged, changed outside Keyhaven) the backups are listed without it, with the reason,
 * so that one can still be restored.
 *
 * @param standings  one per backup, newest first; empty when {@code notCompared} says why
 */
record BackupsCompared(List<Backup> backups, List<BackupStanding> standings, String notCompared,
                       PreparedRestore prepared) {

    BackupsCompared(List<Backup> backups, List<BackupStanding> standings, String notCompared) {
        this(backups, standings, notCompared, null);
    }

    static BackupsCompared read(CliContext context, VaultAccess access, Consumer<String> warn) {
        return read(context, access, null, warn);
    }

    /**
     * As {@link #read(CliContext, VaultAccess, Consumer)}; with the vault open, also prepares the backup {@code toRestore}
     * (its id) for a restore, with what OKX said since it was made carried into it ({@link #prepared()}, closed by
     * the caller; null when the vault could not be opened).
     */
    static BackupsCompared read(CliContext context, VaultAccess access, String toRestore, Consumer<String> warn) {
        List<Backup> backups = access.backups();
        if (backups.isEmpty()) {
            return new BackupsCompared(backups, List.of(), null);
        }
        if (!VaultFile.exists(access.file())) {
            return new BackupsCompared(backups, List.of(), "There is no vault at " + access.file()
                    + " now, so the backups are not compared with it.");
        }
        MasterPasswordReader reader = new MasterPasswordReader(context);
        if (!reader.available()) {
            return new BackupsCompared(backups, List.of(), "Without the master password (a terminal, "
                    + MasterPasswordReader.PASSWORD_VARIABLE + " or " + MasterPasswordReader.PASSWORD_FILE_VARIABLE
                    + ") Keyhaven cannot say which keys each backup holds compared with the vault now.");
        }
        try (Secret password = reader.current(access.file());
             Vault vault = Vault.openSharedKeepingBackups(access.file(), password, context.vaultOptions())) {
            vault.memoryUnreadableWarning().ifPresent(warn);
            List<BackupStanding> standings = vault.backups().standings();
            List<Backup> listed = standings.stream().map(BackupStanding::backup).toList();
            Optional<Backup> chosen = listed.stream().filter(backup -> backup.id().equals(toRestore)).findFirst();
            return new BackupsCompared(listed, standings, null,
                    chosen.isPresent() ? vault.backups().prepareRestore(chosen.get()) : null);
        } catch (VaultException e) {
            // Not compared only when the vault itself cannot be read; busy, locked, in use or a disk error: try again.
            return switch (e.reason()) {
                case NEWER_FORMAT, WEAK_PARAMETERS -> notCompared(backups, e);
                default -> {
                    if (PreparedRestore.vaultCannotBeRead(e)) {
                        yield notCompared(backups, e);
                    }
                    throw access.failure(e);
                }
            };
        }
    }

    private static BackupsCompared notCompared(List<Backup> backups, VaultException e) {
        return new BackupsCompared(backups, List.of(), "Keyhaven could not open the vault (" + e.getMessage()
                + "), so the backups are not compared with it.");
    }

    Optional<BackupStanding> standing(Backup backup) {
        return standings.stream().filter(standing -> standing.backup().id().equals(backup.id())).findFirst();
    }
}
