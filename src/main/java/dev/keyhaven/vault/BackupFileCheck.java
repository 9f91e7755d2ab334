package dev.keyhaven.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/** What a file with a backup's name is, read without a password: a whole vault file, or why it is not one. */
final class BackupFileCheck {

    private BackupFileCheck() {
    }

    /**
     * Why {@code file} is not a usable vault file (not SQLite, not Keyhaven's, broken structure, damaged
     * header, a format newer than this Keyhaven knows or set back), or null when it is one. Needs no password.
     */
    static String structuralProblem(Path file) {
        String notAFile = notAFile(file);
        if (notAFile != null) {
            return notAFile;
        }
        try (VaultDatabase database = VaultDatabase.openBackup(file)) {
            return structuralProblem(database);
        } catch (SQLException e) {
            return "it cannot be read as a database";
        }
    }

    /** Why what stands at {@code file} is not a regular file to open (a link, a folder, nothing...), or null. */
    static String notAFile(Path file) {
        if (Files.isSymbolicLink(file)) {
            return "it is a link to another file, not a copy Keyhaven wrote";
        }
        return Files.isRegularFile(file) ? null : notARegularFile(file);
    }

    /** As {@link #structuralProblem(Path)}, on a file opened already: what is checked is what is read next. */
    static String structuralProblem(VaultDatabase database) throws SQLException {
        try {
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
        }
    }

    /** The vault id (hex) of {@code file} when it is a whole vault file, else empty. */
    static Optional<String> wholeCopyOf(Path file) {
        if (structuralProblem(file) != null) {
            return Optional.empty();
        }
        try (VaultDatabase database = VaultDatabase.openBackup(file)) {
            return Optional.of(java.util.HexFormat.of().formatHex(VaultHeader.decode(database.readHeader()).vaultId()));
        } catch (VaultHeader.Damaged | SQLException e) {
            return Optional.empty();
        }
    }

    /** What stands at {@code file} instead of a regular file: nothing, a folder, or a pipe or device (never opened). */
    private static String notARegularFile(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a folder, not a backup file";
        }
        return Files.exists(file) ? "it is a special file (a pipe or a device), not a backup file" : "the file is missing";
    }
}
