package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Lists, makes and restores verified copies of the vault.",
        subcommands = {BackupListCommand.class, BackupCreateCommand.class, BackupRestoreCommand.class})
final class BackupCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A backup in JSON. */
    record Row(String id, Instant createdAt, String reason, long sizeBytes, String file) {
        static Row of(Backup backup) {
            return new Row(backup.id(), backup.createdAt(), backup.reason(), backup.sizeBytes(), backup.file().toString());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void printTable(PrintWriter out, List<Backup> backups, ZoneId zone) {
        if (backups.isEmpty()) {
            return;
        }
        out.printf("  %-17s  %-16s  %-9s  %s%n", "ID", "MADE", "SIZE", "REASON");
        for (Backup backup : backups) {
            out.printf("  %-17s  %-16s  %-9s  %s%n", backup.id(), Texts.time(backup.createdAt(), zone),
                    size(backup.sizeBytes()), backup.reason());
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? bytes / 1024 + " KiB" : bytes / (1024 * 1024) + " MiB";
    }
}
