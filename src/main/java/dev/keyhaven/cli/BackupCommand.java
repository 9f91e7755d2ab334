package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
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

    /**
     * A backup in JSON. {@code contents} is "compared", "older-password", "header-changed", "edited", "another-vault", "newer-format", "damaged", or "not-compared" (the vault
     * could not be opened); the counts and labels are there only when compared. {@code summary} is the sentence
     * the table shows.
     */
    record Row(String id, Instant createdAt, String reason, long sizeBytes, String file, String contents,
               Integer activeKeys, Integer archivedKeys, List<String> lacksKeys, List<String> extraKeys, String summary) {
        static Row of(Backup backup, BackupStanding standing, ZoneId zone) {
            if (standing == null) {
                return new Row(backup.id(), backup.createdAt(), backup.reason(), backup.sizeBytes(),
                        backup.file().toString(), "not-compared", null, null, null, null, null);
            }
            boolean compared = standing.state() == BackupStanding.State.COMPARED;
            return new Row(backup.id(), backup.createdAt(), backup.reason(), backup.sizeBytes(), backup.file().toString(),
                    standing.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    compared ? standing.activeKeys() : null, compared ? standing.archivedKeys() : null,
                    compared ? standing.lacks() : null, compared ? standing.extra() : null, standing.summary(zone));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line per backup, and under it, when compared, what it holds against the vault now. */
    static void printTable(PrintWriter out, BackupsCompared compared, ZoneId zone) {
        if (compared.backups().isEmpty()) {
            return;
        }
        out.printf("  %-17s  %-16s  %-9s  %s%n", "ID", "MADE", "SIZE", "REASON");
        for (Backup backup : compared.backups()) {
            out.printf("  %-17s  %-16s  %-9s  %s%n", backup.id(), Texts.time(backup.createdAt(), zone),
                    backup.size(), backup.reason());
            compared.standing(backup).ifPresent(standing -> {
                out.println("      Made " + standing.why() + ". " + standing.holds());
                out.println("      " + standing.comparison(zone));
            });
        }
        if (compared.notCompared() != null) {
            out.println(compared.notCompared());
        }
    }
}
