package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How backups are named and found in their folder. File name: {@code <id>.<reason>.khbackup}, the id being the
 * UTC time {@code yyyyMMdd-HHmmss} (plus {@code -2}, {@code -3}... when several are made in one second).
 */
final class BackupNames {

    static final String EXTENSION = ".khbackup";
    static final String TEMPORARY = ".tmp";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.([a-z0-9-]{1,40})\\.khbackup");

    private BackupNames() {
    }

    /** The files in {@code folder} that carry a backup's name, newest name first. */
    static List<Backup> list(Path folder) throws VaultException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ParsedName> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    try {
                        found.add(new ParsedName(file, name));
                    } catch (java.time.DateTimeException notABackupName) {
                        // e.g. month 13: a stray file, not one of ours
                    }
                }
            }
        } catch (IOException e) {
            throw Problems.io("read the backups folder", folder, e);
        }
        found.sort(Comparator.comparing(ParsedName::createdAt).thenComparingInt(ParsedName::sequence).reversed());
        List<Backup> backups = new ArrayList<>();
        for (ParsedName parsed : found) {
            backups.add(parsed.toBackup());
        }
        return backups;
    }

    /** An id for a backup made at {@code now} that none of {@code existing} has. */
    static String uniqueId(Instant now, List<Backup> existing) {
        String base = ID_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        List<String> taken = existing.stream().map(Backup::id).toList();
        String id = base;
        for (int sequence = 2; taken.contains(id); sequence++) {
            id = base + "-" + sequence;
        }
        return id;
    }

    /** The file name of the backup {@code id} made for {@code reason}. */
    static String fileName(String id, String reason) {
        return id + "." + slug(reason) + EXTENSION;
    }

    static String slug(String reason) {
        String slug = reason == null ? "" : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "manual" : slug;
    }

    private record ParsedName(Path file, Instant createdAt, int sequence, String reason) {

        ParsedName(Path file, Matcher name) {
            this(file, LocalDateTime.parse(name.group(1), ID_TIME).toInstant(ZoneOffset.UTC),
                    name.group(2) == null ? 1 : Integer.parseInt(name.group(2)), name.group(3).replace('-', ' '));
        }

        Backup toBackup() {
            String id = ID_TIME.format(LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC)) + (sequence == 1 ? "" : "-" + sequence);
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = -1;
            }
            return new Backup(id, file, createdAt, reason, size);
        }
    }
}
