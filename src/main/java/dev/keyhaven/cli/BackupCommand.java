package dev.keyhaven.cli;

import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.BackupDate;
import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.LastBackup;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Lists, makes and restores verified copies of the vault.",
        subcommands = {BackupListCommand.class, BackupCreateCommand.class, BackupRestoreCommand.class})
final class BackupCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * A backup in JSON. {@code createdAt} is when it was made, as its name says; {@code asOf} the newest change sealed
     * inside it (null when not read or it records none); {@code dateDoubt} why its name's date cannot be right (a name
     * later than now, or earlier than {@code asOf}: renamed or copied), null when it can be. {@code contents} is
     * "compared", "older-password", "header-changed", "edited", "another-vault", "newer-format", "damaged", or
     * "not-compared" (the vault could not be opened); the counts and labels are there only when compared.
     * {@code summary} is the sentence the table shows.
     */
    record Row(String id, Instant createdAt, Instant asOf, String dateDoubt, String reason, long sizeBytes,
               String file, String contents, Integer activeKeys, Integer archivedKeys, List<String> lacksKeys,
               List<String> extraKeys, String summary) {
        static Row of(Backup backup, BackupStanding standing, ZoneId zone, Instant now) {
            String doubt = BackupCommand.dateDoubt(backup, standing, zone, now).orElse(null);
            if (standing == null) {
                return new Row(backup.id(), backup.createdAt(), null, doubt, backup.reason(), backup.sizeBytes(),
                        backup.file().toString(), "not-compared", null, null, null, null, null);
            }
            boolean compared = standing.state() == BackupStanding.State.COMPARED;
            return new Row(backup.id(), backup.createdAt(), standing.asOf(), doubt, backup.reason(), backup.sizeBytes(),
                    backup.file().toString(),
                    standing.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    compared ? standing.activeKeys() : null, compared ? standing.archivedKeys() : null,
                    compared ? standing.lacks() : null, compared ? standing.extra() : null, standing.summary(zone));
        }
    }

    /**
     * Why {@code backup}'s name's date cannot be right: from what it holds when it was read ({@code standing}), else
     * from its name alone (later than {@code now}).
     */
    static Optional<String> dateDoubt(Backup backup, BackupStanding standing, ZoneId zone, Instant now) {
        return standing != null ? standing.dateDoubt(zone)
                : BackupDate.doubt(backup, null, BackupDate.inTheFuture(backup, now), zone);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * One line per backup, with when it was made as its name says, and under it why that date cannot be right when it
     * cannot, and, when compared, what it holds against the vault now; then the last backup as Settings names it.
     */
    static void printTable(PrintWriter out, BackupsCompared compared, ZoneId zone, Instant now) {
        if (compared.backups().isEmpty()) {
            return;
        }
        out.printf("  %-17s  %-16s  %-9s  %s%n", "ID", "MADE", "SIZE", "REASON");
        for (Backup backup : compared.backups()) {
            Optional<BackupStanding> standing = compared.standing(backup);
            out.printf("  %-17s  %-16s  %-9s  %s%n", backup.id(), Texts.time(backup.createdAt(), zone),
                    backup.size(), backup.reason());
            dateDoubt(backup, standing.orElse(null), zone, now).ifPresent(doubt -> out.println("      " + doubt));
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
