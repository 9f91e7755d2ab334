package dev.keyhaven.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The format a vault file says it has ({@code user_version}, which anyone can set with sqlite3, outside the
 * header's checksum and the seal) against the lowest format its content shows with no password: the header's
 * table (format 1), the seal's table ({@link Schema#SEALED_FROM}), a header that names the sealed format
 * ({@link Schema#HEADER_NAMES_SEAL}). Keyhaven sets {@code user_version} in the transaction that brings each of
 * them, so a file that claims less was set back outside Keyhaven; updated again, it would be sealed or bound as if
 * Keyhaven had written it. Every reader of a file's format (unlock, the backup checks, a restore) asks here.
 */
record FormatClaim(int claimed, int shown) {

    /** The claim of the Keyhaven vault file at {@code file} (a backup, say), or null when it is not one that reads. */
    static FormatClaim of(Path file) {
        if (Files.isSymbolicLink(file)) {
            return null; // a folder, a missing or special file: VaultDatabase refuses to open it
        }
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            boolean vault = database.applicationId() == VaultDatabase.APPLICATION_ID && database.hasHeaderTable();
            return vault ? of(database) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** The claim of an open file; the caller checked that it is a Keyhaven vault with a header table. */
    static FormatClaim of(VaultDatabase database) throws SQLException {
        int claimed = database.userVersion();
        int shown = 0;
        if (database.hasHeaderTable()) {
            shown = 1;
            if (hasSealTable(database)) {
                shown = Schema.SEALED_FROM;
            }
            if (headerNamesTheSealedFormat(database.readHeader())) {
                shown = Schema.HEADER_NAMES_SEAL;
            }
        }
        return new FormatClaim(claimed, shown);
    }

    /** True when the file says it is of a format after {@code latest}, the newest this Keyhaven knows. */
    boolean newerThan(int latest) {
        return claimed > latest;
    }

    /** Why the claim cannot be true (the file shows a later format than it says), or null. */
    String setBack() {
        if (claimed >= shown) {
            return null;
        }
        return "it says it is of format " + claimed + ", but what it holds shows format " + shown
                + " or later: someone set its format number back";
    }

    private static boolean hasSealTable(VaultDatabase database) throws SQLException {
        return database.count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                + VaultSeal.TABLE + "'") > 0;
    }

    private static boolean headerNamesTheSealedFormat(byte[] stored) {
        try {
            return VaultHeader.decode(stored).sealedFrom() != 0;
        } catch (VaultHeader.Damaged damaged) {
            return false; // told as damage by whoever decodes the header
        }
    }
}
