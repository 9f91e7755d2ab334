package dev.keyhaven.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of one vault, in the owner-only folder {@code <vault file name>.backups} beside it.
 * A backup is written to a temporary name, synced, verified, and only then renamed into place, so a
 * file with a backup's name is always complete. The newest {@value #KEEP} are kept.
 *
 * <p>File name: {@code <id>.<reason>.khbackup}, the id being the UTC time {@code yyyyMMdd-HHmmss}
 * (plus {@code -2}, {@code -3}... when several are made in one second).
 */
final class BackupManager {

    static final int KEEP = 5;
    static final Duration DAILY = Duration.ofHours(24);

    private static final String EXTENSION = ".khbackup";
    private static final String TEMPORARY = ".tmp";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.([a-z0-9-]{1,40})\\.khbackup");

    private final Path vaultFile;
    private final Path folder;

    private BackupManager(Path vaultFile) {
        this.vaultFile = vaultFile;
        this.folder = vaultFile.resolveSibling(vaultFile.getFileName() + ".backups");
    }

    static BackupManager forVault(Path vaultFile) {
        return new BackupManager(vaultFile.toAbsolutePath());
    }

    Path folder() {
        return folder;
    }

    /** Checks a freshly written copy; throws when it must not be kept. */
    @FunctionalInterface
    interface Verifier {
        void verify(VaultDatabase copy) throws SQLException, VaultException;
    }

    /** Backups, newest first. */
    List<Backup> list() throws VaultException {
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

    /** The newest backup that still opens and whose header is intact, if any. Never throws. */
    Optional<Backup> newestGood() {
        try {
            return list().stream().filter(backup -> structuralProblem(backup.file()) == null).findFirst();
        } catch (VaultException e) {
            return Optional.empty();
        }
    }

    boolean dailyDue(Instant now) throws VaultException {
        List<Backup> backups = list();
        return backups.isEmpty() || !Duration.between(backups.get(0).createdAt(), now).minus(DAILY).isNegative();
    }

    /** A consistent copy of {@code source}, checked by {@code verifier} before it gets a backup's name. */
    Backup create(VaultDatabase source, String reason, Instant now, Verifier verifier) throws VaultException {
        Target target = prepareTarget(reason, now);
        try {
            source.copyInto(target.temporary());
            force(target.temporary());
            try (VaultDatabase copy = VaultDatabase.openReadOnly(target.temporary())) {
                verifier.verify(copy);
            }
            return commit(target, null);
        } catch (SQLException e) {
            deleteQuietly(target.temporary());
            throw source.problem("write a backup of the vault", e);
        } catch (VaultException | RuntimeException e) {
            deleteQuietly(target.temporary());
            throw e;
        } catch (IOException e) {
            deleteQuietly(target.temporary());
            throw Problems.io("write a backup of the vault", folder, e);
        }
    }

    /** A byte-for-byte copy of the vault file as it is, even damaged (before a restore overwrites it). */
    Backup copyAsIs(String reason, Instant now, Path protectedFromPruning) throws VaultException {
        Target target = prepareTarget(reason, now);
        try {
            byte[] expected = copyBytes(vaultFile, target.temporary());
            if (!MessageDigest.isEqual(expected, sha256(target.temporary()))) {
                throw new IOException("the copy differs from the vault file");
            }
            return commit(target, protectedFromPruning);
        } catch (IOException e) {
            deleteQuietly(target.temporary());
            throw Problems.io("copy the vault file before restoring", folder, e);
        }
    }

    /**
     * Replaces the vault file by {@code backup}: the bytes go to a temporary owner-only file that is
     * synced, compared, and renamed over the vault in one step. A leftover journal of the old file is
     * removed first, as SQLite would otherwise apply it to the restored one.
     */
    void restore(Backup backup) throws VaultException {
        restore(backup, backup.file());
    }

    /** As {@link #restore(Backup)}, with {@code source}: the backup's file or a copy prepared from it. */
    void restore(Backup backup, Path source) throws VaultException {
        String problem = structuralProblem(source);
        if (problem != null) {
            throw new VaultException(VaultException.Reason.DAMAGED,
                    "The backup from " + Problems.describe(backup.createdAt()) + " cannot be restored: " + problem
                            + ". Choose an older backup.");
        }
        Path temporary = RestoreCopies.restoring(vaultFile);
        try {
            Files.deleteIfExists(temporary);
            FilePermissions.createOwnerOnlyFile(temporary);
            byte[] expected = copyBytes(source, temporary);
            if (!MessageDigest.isEqual(expected, sha256(temporary))) {
                throw new IOException("the restored copy differs from the backup");
            }
            for (String sidecar : List.of("-journal", "-wal", "-shm")) {
                Files.deleteIfExists(vaultFile.resolveSibling(vaultFile.getFileName() + sidecar));
            }
            AtomicRename.replace(temporary, vaultFile);
            forceFolder(vaultFile.getParent());
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw Problems.io("restore the backup", vaultFile, e);
        }
    }

    /**
     * Why {@code file} is not a usable vault file (not SQLite, not Keyhaven's, broken structure, damaged
     * header, a format newer than this Keyhaven knows or set back), or null when it is one. Needs no password.
     */
    static String structuralProblem(Path file) {
        if (Files.isSymbolicLink(file)) {
            return "it is a link to another file, not a copy Keyhaven wrote";
        }
        if (!Files.isRegularFile(file)) {
            return notARegularFile(file);
        }
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            if (database.applicationId() != VaultDatabase.APPLICATION_ID || !database.hasHeaderTable()) {
                return "it is not a Keyhaven vault";
            }
            if (!database.structureIsSound()) {
                return "SQLite reports that its structure is broken";
            }
            int known = Schema.current().latestVersion();
            FormatClaim claim = FormatClaim.of(database);
            if (claim.newerThan(known)) {
                // Restored, this Keyhaven could not open the vault: never "whole", whichever path restores it.
                return "it says it is of format " + claim.claimed() + ", and this Keyhaven reads up to format " + known;
            }
            if (claim.setBack() != null) {
                return claim.setBack();
            }
            VaultHeader.decode(database.readHeader());
            return null;
        } catch (VaultHeader.Damaged e) {
            return e.getMessage();
        } catch (SQLException e) {
            return "it cannot be read as a database";
        }
    }

    /** What stands at {@code file} instead of a regular file: nothing, a folder, or a pipe or device (never opened). */
    private static String notARegularFile(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a folder, not a backup file";
        }
        return Files.exists(file) ? "it is a special file (a pipe or a device), not a backup file" : "the file is missing";
    }

    private Target prepareTarget(String reason, Instant now) throws VaultException {
        String slug = slug(reason);
        try {
            FilePermissions.ensureOwnerOnlyFolder(folder);
            removeLeftoverTemporaries();
            String id = uniqueId(now);
            Path finalName = folder.resolve(id + "." + slug + EXTENSION);
            Path temporary = folder.resolve("." + finalName.getFileName() + TEMPORARY);
            FilePermissions.createOwnerOnlyFile(temporary);
            return new Target(id, finalName, temporary);
        } catch (IOException e) {
            throw Problems.io("prepare the backups folder", folder, e);
        }
    }

    /** Gives the verified temporary file its backup name and prunes old ones (except {@code keep}, if given). */
    private Backup commit(Target target, Path keep) throws IOException, VaultException {
        AtomicRename.rename(target.temporary(), target.file());
        forceFolder(folder);
        Backup made = list().stream().filter(backup -> backup.file().equals(target.file())).findFirst()
                .orElseThrow(() -> new IOException("the backup vanished after it was written"));
        prune(made, keep);
        return made;
    }

    /**
     * Keeps {@code made}, {@code keep} and the newest {@value #KEEP} whole copies of the same vault in all. Only
     * those copies count and only they are removed: a damaged file, a link or another vault's file that carries
     * a backup's name (say, dated in the future) can neither push a real backup out nor be removed. A damaged
     * {@code made} (the copy as is of a damaged vault) prunes nothing.
     */
    private void prune(Backup made, Path keep) throws VaultException {
        Optional<String> vault = wholeCopyOf(made.file());
        if (vault.isEmpty()) {
            return;
        }
        int kept = 1;
        for (Backup old : list()) {
            if (old.file().equals(made.file()) || old.file().equals(keep) || !vault.equals(wholeCopyOf(old.file()))) {
                continue;
            }
            if (kept < KEEP) {
                kept++;
                continue;
            }
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw Problems.io("remove an old backup", old.file(), e);
            }
        }
    }

    /** The vault id (hex) of {@code file} when it is a whole vault file, else empty. */
    private static Optional<String> wholeCopyOf(Path file) {
        if (structuralProblem(file) != null) {
            return Optional.empty();
        }
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            return Optional.of(java.util.HexFormat.of().formatHex(VaultHeader.decode(database.readHeader()).vaultId()));
        } catch (VaultHeader.Damaged | SQLException e) {
            return Optional.empty();
        }
    }

    private String uniqueId(Instant now) throws VaultException {
        String base = ID_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        List<String> taken = list().stream().map(Backup::id).toList();
        String id = base;
        for (int sequence = 2; taken.contains(id); sequence++) {
            id = base + "-" + sequence;
        }
        return id;
    }

    private void removeLeftoverTemporaries() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".*" + TEMPORARY)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    static String slug(String reason) {
        String slug = reason == null ? "" : reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "manual" : slug;
    }

    /** Copies {@code from} into the existing file {@code to} (keeping its permissions), synced; returns the SHA-256. */
    private static byte[] copyBytes(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IOException(from.getFileName() + " is not a regular file");
        }
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
        force(to);
        return digest.digest();
    }

    private static byte[] sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable. Some systems (Windows) cannot open a folder for syncing: they need not. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // the rename is still atomic; only its durability across a power cut is up to the system
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is removed before the next backup
        }
    }

    private record Target(String id, Path file, Path temporary) {
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
