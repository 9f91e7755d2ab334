package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a wrong password apart from a header edited outside Keyhaven. When the vault's header is not the
 * one Keyhaven last saw at its path, the password is tried once more, on the newest backup that holds the
 * header last seen: if it opens that backup (and the backup's seal holds), the password was right and the
 * vault's header was changed. Costs one more key derivation, and only after a header change.
 */
final class ChangedHeader {

    private ChangedHeader() {
    }

    /** The problem to report for {@code password}, which did not unwrap {@code header} of {@code file}. */
    static VaultException explain(Path file, VaultHeader header, Secret password, VaultOptions options) {
        HeaderMemory memory = options.headerMemory();
        if (memory == null) {
            return Problems.wrongPassword();
        }
        Optional<String> seen = memory.lastAt(file);
        if (seen.isEmpty() || seen.get().equals(HeaderMemory.fingerprint(header.encode()))) {
            return Problems.wrongPassword();
        }
        return backupOpenedBy(file, seen.get(), password)
                .map(backup -> Problems.headerChanged(file, backup))
                .orElseGet(Problems::wrongPassword);
    }

    private static Optional<Backup> backupOpenedBy(Path file, String seenHeader, Secret password) {
        try {
            for (Backup backup : BackupManager.forVault(file).list()) {
                Optional<Boolean> opened = opens(backup, seenHeader, password);
                if (opened.isPresent()) {
                    return opened.get() ? Optional.of(backup) : Optional.empty();
                }
            }
        } catch (VaultException unreadableFolder) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Empty when {@code backup} does not hold the header last seen or is not intact (a backup from before seals
     * is not); else whether the password opens it.
     */
    private static Optional<Boolean> opens(Backup backup, String seenHeader, Secret password) {
        byte[] dataKey = null;
        try (VaultDatabase copy = VaultDatabase.openReadOnly(backup.file())) {
            byte[] stored = copy.readHeader();
            if (!HeaderMemory.fingerprint(stored).equals(seenHeader)) {
                return Optional.empty();
            }
            VaultHeader header = VaultHeader.decode(stored);
            dataKey = header.unwrapDataKey(password);
            try (VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                seal.verify(copy.connection());
            }
            return Optional.of(true);
        } catch (VaultHeader.WrongPassword wrong) {
            // every older backup with this header would refuse it too: no more key derivations
            return Optional.of(false);
        } catch (SQLException | VaultHeader.Damaged | VaultSeal.Broken | RuntimeException unusable) {
            return Optional.empty();
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }
}
