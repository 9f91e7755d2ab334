package dev.keyhaven.vault;

import java.sql.SQLException;

/**
 * The format a vault file says it has ({@code user_version}, which anyone can set with sqlite3, outside the
 * header's checksum and the seal) against the lowest format its tables show with no password: the header's table
 * (format 1), the seal's table ({@link Schema#SEALED_FROM}). Keyhaven creates each table in the transaction that sets
 * {@code user_version}, so a file that claims less was set back outside Keyhaven; updated again, it would be sealed as
 * if Keyhaven had written it. A header that names the sealed format is not evidence: Keyhaven before 4 December 2026
 * wrote one under format number 2 (a re-encrypted backup), and the update from 2 only names it again. Every reader
 * of a file's format (unlock, the backup checks, a restore) asks here.
 */
record FormatClaim(int claimed, int shown) {

    /** The claim of an open file; the caller checked that it is a Keyhaven vault (one without a header shows 0). */
    static FormatClaim of(VaultDatabase database) throws SQLException {
        int claimed = database.userVersion();
        int shown = 0;
        if (database.hasHeaderTable()) {
            shown = hasSealTable(database) ? Schema.SEALED_FROM : 1;
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
        return "its format number was set back outside Keyhaven: it says format " + claimed + ", but its tables are of "
                + "format " + shown + " or later";
    }

    private static boolean hasSealTable(VaultDatabase database) throws SQLException {
        return database.count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                + VaultSeal.TABLE + "' COLLATE NOCASE") > 0;
    }
}
