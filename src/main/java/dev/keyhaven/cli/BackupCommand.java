package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.LastBackup;
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
     * A backup in JSON. {@code asOf} is the newest change sealed inside it (null when Keyhaven cannot trust one;
     * never its file name's time). {@code contents} is "compared", "older-password", "header-changed", "edited", "another-vault", "newer-format", "damaged", or "not-compared" (the vault
     * could not be opened); the counts and labels are there only when compared. {@code summary} is the sentence
     * the table shows.
     */
    record Row(String id, Instant asOf, String reason, long sizeBytes, String file, String contents,
               Integer activeKeys, Integer archivedKeys, List<String> lacksKeys, List<String> extraKeys, String summary) {
        static Row of(Backup backup, BackupStanding standing, ZoneId zone) {
            if (standing == null) {
                return new Row(backup.id(), null, backup.reason(), backup.sizeBytes(),
                        backup.file().toString(), "not-compared", null, null, null, null, null);
            }
            boolean compared = standing.state() == BackupStanding.State.COMPARED;
            return new Row(backup.id(), standing.asOf(), backup.reason(), backup.sizeBytes(), backup.file().toString(),
                    standing.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    compared ? standing.activeKeys() : null, compared ? standing.archivedKeys() : null,
                    compared ? standing.lacks() : null, compared ? standing.extra() : null, standing.summary(zone));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * One line per backup, and under it, when compared, what it holds against the vault now; then the last backup as
     * Settings names it. A date is the one sealed inside a backup, so it is "not known" until the vault is opened.
     */
    static void printTable(PrintWriter out, BackupsCompared compared, ZoneId zone) {
        if (compared.backups().isEmpty()) {
            return;
        }
        out.printf("  %-17s  %-17s  %-9s  %s%n", "ID", "AS OF", "SIZE", "REASON");
        for (Backup backup : compared.backups()) {
            java.util.Optional<BackupStanding> standing = compared.standing(backup);
            out.printf("  %-17s  %-17s  %-9s  %s%n", backup.id(), standing.map(known -> known.date(zone))
                    .orElse("date not known"), backup.size(), backup.reason());
            standing.ifPresent(known -> {
                out.println("      Made " + known.why() + ". " + known.holds());
                out.println("      " + known.comparison(zone));
            });
        }
        if (compared.notCompared() != null) {
            out.println(compared.notCompared());
        } else {
            out.println(LastBackup.sentence(compared.standings(), zone));
        }
    }
}
