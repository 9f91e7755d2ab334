package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Backups whose header is not the vault's: made before a password change, they open with an older
 * password. They can be deleted, or re-encrypted under the current data key and header so that only
 * the current password opens them.
 */
final class OldPasswordBackups {

    private final BackupManager backups;
    private final byte[] currentHeader;
    private final VaultSeal currentSeal;

    OldPasswordBackups(BackupManager backups, byte[] currentHeader, VaultSeal currentSeal) {
        this.backups = backups;
        this.currentHeader = currentHeader.clone();
        this.currentSeal = currentSeal;
    }

    /** Backups that the current password does not open, newest first. */
    List<Backup> list() throws VaultException {
        List<Backup> older = new ArrayList<>();
        for (Backup backup : backups.list()) {
            try (VaultDatabase copy = VaultDatabase.openReadOnly(backup.file())) {
                if (FormatClaim.of(copy).setBack() != null) {
                    continue; // changed outside Keyhaven, not older: the backup list says so, and no password mends it
                }
                byte[] header = copy.readHeader();
                if (header != null && !Arrays.equals(header, currentHeader) && sameVault(header) && !underTheCurrentKey(copy)) {
                    older.add(backup);
                }
            } catch (SQLException unreadable) {
                // not a vault copy Keyhaven can read: it is neither listed nor touched
            }
        }
        return older;
    }

    /** Another vault's file carries another vault id: it is not this vault's copy under an older password. */
    private boolean sameVault(byte[] header) {
        byte[] id = VaultHeader.vaultIdOrNull(header);
        return id == null || Arrays.equals(id, VaultHeader.vaultIdOrNull(currentHeader));
    }

    /**
     * A sealed copy whose seal the current data key opens was not made under an older password: its header was
     * changed outside Keyhaven ({@link BackupStanding.State#HEADER_CHANGED}), and its rows too when they do not match
     * ({@link BackupStanding.State#EDITED}), which no old password mends.
     */
    private boolean underTheCurrentKey(VaultDatabase copy) throws SQLException {
        if (copy.userVersion() < Schema.SEALED_FROM) {
            return false;
        }
        try {
            currentSeal.verify(copy.connection());
            return true;
        } catch (VaultSeal.Broken broken) {
            return !broken.perhapsAnotherKey();
        }
    }

    /** Deletes every backup the current password does not open; returns how many. */
    int deleteAll() throws VaultException {
        int deleted = 0;
        for (Backup backup : list()) {
            try {
                Files.deleteIfExists(backup.file());
                deleted++;
            } catch (IOException e) {
                throw Problems.io("delete an old backup", backup.file(), e);
            }
        }
        return deleted;
    }

    /** The open vault's header, rows, seal and format, which a re-encrypted backup takes on. */
    record Current(VaultHeader header, KeyRows rows, VaultSeal seal, Schema schema, int formatVersion) {
    }

    /**
     * Re-encrypts each backup that {@code oldPassword} opens under the vault's current key and header;
     * returns the ones left as they were (another password, a format it cannot be brought to, or damage).
     */
    List<Backup> reencrypt(Secret oldPassword, Current current) throws VaultException {
        List<Backup> left = new ArrayList<>();
        Map<String, byte[]> keysByHeader = new HashMap<>();
        try {
            for (Backup backup : list()) {
                if (!reencryptOne(backup, oldPassword, keysByHeader, current)) {
                    left.add(backup);
                }
            }
        } finally {
            keysByHeader.values().forEach(key -> Arrays.fill(key, (byte) 0));
        }
        return left;
    }

    /**
     * A sealed copy takes the vault's header, so it must take the vault's format too, and only steps that change
     * the header can be taken along: a step that changes rows would leave a copy that claims a format its rows are
     * not in. A copy of a newer format than the vault's is not this Keyhaven's to rewrite.
     */
    private static boolean canTakeTheVaultsFormat(int format, Current current) {
        return format >= Schema.SEALED_FROM && format <= current.formatVersion()
                && current.schema().headerOnlyBetween(format, current.formatVersion());
    }

    private boolean reencryptOne(Backup backup, Secret oldPassword, Map<String, byte[]> keysByHeader, Current current)
            throws VaultException {
        Path temporary = backup.file().resolveSibling("." + backup.file().getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temporary);
            FilePermissions.createOwnerOnlyFile(temporary);
            try (var in = Files.newInputStream(backup.file());
                 var out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            try (VaultDatabase copy = VaultDatabase.openReadWrite(temporary)) {
                int format = copy.userVersion();
                if (!canTakeTheVaultsFormat(format, current)) {
                    return false;
                }
                byte[] headerBytes = copy.readHeader();
                VaultHeader header = VaultHeader.decode(headerBytes);
                String cacheKey = HexFormat.of().formatHex(headerBytes);
                byte[] oldKey = keysByHeader.get(cacheKey);
                if (oldKey == null) {
                    oldKey = header.unwrapDataKey(oldPassword);
                    keysByHeader.put(cacheKey, oldKey);
                }
                try (ValueCipher oldCipher = new ValueCipher(oldKey); VaultSeal oldSeal = new VaultSeal(oldKey, header.vaultId())) {
                    KeyRows oldRows = new KeyRows(oldCipher, header.vaultId());
                    KeyRows newRows = current.rows();
                    VaultSeal newSeal = current.seal();
                    copy.inTransaction(connection -> {
                        try {
                            long generation = oldSeal.verify(connection);
                            Reencryption.run(connection, oldRows, newRows);
                            copy.writeHeader(current.header().encode());
                            // The vault's header is of the vault's format (from format 3 it names the sealed one):
                            // the copy takes that format with it, or it would claim less than it shows (FormatClaim).
                            current.schema().migrate(connection, format, current.formatVersion());
                            newSeal.sealCopyAsIs(connection, generation);
                        } catch (VaultSeal.Broken | KeyRows.DamagedValue e) {
                            throw new SQLException("the backup does not verify", e);
                        }
                        return null;
                    });
                    newSeal.verify(copy.connection());
                    newRows.verifyEveryValue(copy.connection());
                }
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            AtomicRename.replace(temporary, backup.file());
            return true;
        } catch (VaultHeader.WrongPassword | VaultHeader.Damaged | VaultSeal.Broken | KeyRows.DamagedValue
                 | SQLException e) {
            return false;
        } catch (IOException e) {
            throw Problems.io("re-encrypt an old backup", backup.file(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is removed before the next backup
            }
        }
    }
}
