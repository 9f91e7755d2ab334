package dev.keyhaven.vault;

import dev.keyhaven.vault.VaultException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences a trader reads when the vault refuses something: what happened and what to do next.
 * None of them carries a secret; paths and numbers only.
 */
final class Problems {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Problems() {
    }

    static VaultException notFound(Path file) {
        return new VaultException(Reason.NOT_FOUND,
                "There is no vault at " + file + ". Check the location, or create a new vault there.");
    }

    static VaultException alreadyExists(Path file) {
        return new VaultException(Reason.ALREADY_EXISTS,
                "A file already exists at " + file + ". Open that vault, or choose another location for a new one.");
    }

    static VaultException wrongPassword() {
        return new VaultException(Reason.WRONG_PASSWORD,
                "The master password is not right. Check Caps Lock and the keyboard layout, then try again.");
    }

    static VaultException inUse(Path file) {
        return new VaultException(Reason.IN_USE,
                "This vault is already open in another Keyhaven window or command (" + file
                        + "). Close it there, then try again.");
    }

    static VaultException sharedCannotChange(Path file) {
        return new VaultException(Reason.IN_USE,
                "Another Keyhaven window or command is changing this vault (" + file + "), so this one may only read it."
                        + " Close it there, then try again.");
    }

    static VaultException beingReplaced(Path file) {
        return new VaultException(Reason.BUSY,
                "Another Keyhaven is restoring a backup of this vault or updating its format (" + file
                        + "). Try again in a moment.");
    }

    static VaultException readersPresent(Path file) {
        return new VaultException(Reason.BUSY,
                "A Keyhaven command is still reading this vault (" + file + "), for example one starting a bot."
                        + " Try again when it has finished.");
    }

    static VaultException busy(Path file) {
        return new VaultException(Reason.BUSY,
                "Another Keyhaven was writing to this vault at that moment (" + file + "). Try again.");
    }

    static VaultException formatUpdatePending(Path file) {
        return new VaultException(Reason.IN_USE,
                "This vault (" + file + ") is open in another Keyhaven and is not in this version's format yet."
                        + " Close it there so that this Keyhaven can update it, then try again.");
    }

    static VaultException locked() {
        return new VaultException(Reason.LOCKED,
                "The vault is locked. Unlock it with your master password to go on.");
    }

    static VaultException invalid(String sentence) {
        return new VaultException(Reason.INVALID_INPUT, sentence);
    }

    static VaultException unknownKey(long id) {
        return invalid("There is no key with id " + id + " in this vault. Refresh the list and pick the key again.");
    }

    static VaultException newerFormat(int found, int known) {
        return new VaultException(Reason.NEWER_FORMAT,
                "This vault was written by a newer Keyhaven (format " + found + "; this version reads up to format "
                        + known + "). Update Keyhaven to open it.");
    }

    static VaultException weakParameters(KdfParameters found, KdfParameters floor) {
        return new VaultException(Reason.WEAK_PARAMETERS,
                "This vault asks for weaker password protection (Argon2id with " + describe(found)
                        + ") than Keyhaven accepts (at least " + describe(floor)
                        + "). Someone may have tampered with it: do not use it, restore a backup you trust.");
    }

    static VaultException isAFolder(Path folder) {
        return new VaultException(Reason.NOT_FOUND, folder + " is a folder, not a vault file. Name the vault file"
                + " itself (for example " + folder.resolve("vault.db") + "), or leave the path out to use the usual one.");
    }

    static VaultException notAVault(Path file) {
        return damaged(file, "it is not a Keyhaven vault", null);
    }

    /** "This vault file is damaged (what)." plus where the newest whole (not damaged) backup is. */
    static VaultException damaged(Path vaultFile, String what, Throwable cause) {
        Optional<Backup> backup = BackupManager.forVault(vaultFile).newestGood();
        String next = backup
                .map(good -> " Your newest whole backup is from " + describe(good.createdAt())
                        + ": restore it from the list of backups (Settings in the app, or the command line's restore command).")
                .orElse(" No whole backup was found beside it. Keep the file as it is, and restore it from your"
                        + " computer's own backups if you have any.");
        return new VaultException(Reason.DAMAGED, "This vault file is damaged (" + what + ")." + next,
                backup.map(Backup::file).orElse(null), cause);
    }

    /**
     * "This vault was changed outside Keyhaven (what)": rows deleted, added, swapped or rolled back, or
     * its seal edited. {@code goodBackup} is the newest backup whose seal verifies, if any; it is offered,
     * never used on its own.
     */
    static VaultException tampered(Path vaultFile, String what, Path goodBackup) {
        return changedOutside(vaultFile, "(" + what + "): a key or its history was deleted, added, swapped or rolled"
                + " back, so Keyhaven did not use it.", goodBackup);
    }

    /**
     * A format number set back below what the file's tables show: nothing says a key or its history changed, only
     * that the file was edited outside Keyhaven, so it is not opened.
     */
    static VaultException formatSetBack(Path vaultFile, String what) {
        return changedOutside(vaultFile, "(" + what + "), so Keyhaven did not open it.", null);
    }

    private static VaultException changedOutside(Path vaultFile, String what, Path goodBackup) {
        Optional<Backup> backup = Optional.empty();
        try {
            backup = goodBackup == null ? BackupManager.forVault(vaultFile).newestGood()
                    : BackupManager.forVault(vaultFile).list().stream().filter(b -> b.file().equals(goodBackup)).findFirst();
        } catch (VaultException unreadable) {
            backup = Optional.empty();
        }
        String next = backup
                .map(good -> " Your newest " + (goodBackup == null ? "" : "intact ") + "backup is from "
                        + describe(good.createdAt()) + ": restore it from the list of backups (Settings in the app,"
                        + " or the command line's restore command).")
                .orElse(" No intact backup was found beside it: keep the file as it is, and restore it from your"
                        + " computer's own backups if you have any.");
        return new VaultException(Reason.TAMPERED, "This vault was changed outside Keyhaven " + what + next
                + " If you did not do this yourself, someone with access to this computer may have: rotate your OKX"
                + " keys after restoring.", backup.map(Backup::file).orElse(null), null);
    }

    /**
     * The password opens {@code backup}, which holds the header Keyhaven last saw at {@code vaultFile}, but not
     * the vault file's header: that header was changed since.
     */
    static VaultException headerChanged(Path vaultFile, Backup backup) {
        return new VaultException(Reason.TAMPERED, "This vault's password protection was changed outside Keyhaven:"
                + " this master password opens the backup from " + describe(backup.createdAt()) + ", which holds the"
                + " protection Keyhaven last saw here, but not the vault file, so Keyhaven did not use it. If you"
                + " changed the master password on another computer, use the new one. If not, restore that backup"
                + " and rotate your OKX keys: someone with access to this computer may have changed the file.",
                backup.file(), null);
    }

    /** A shared opener's keys are stale: the writer changed the master password (and so the data key) meanwhile. */
    static VaultException passwordChangedElsewhere(Path file) {
        return new VaultException(Reason.LOCKED,
                "The master password of this vault (" + file + ") was changed in another Keyhaven while this one had"
                        + " it open, so this one locked it. Unlock it again with the new password.");
    }

    /** The warning for a vault file older than the one Keyhaven saw last. */
    /**
     * @param warnedBefore an older copy was found in its place at an earlier opening and not accepted since: writes
     *                     to it raise its change number, perhaps past {@code seen}, without making it the newer one
     */
    static String olderCopy(Path vaultFile, long seen, long found, boolean warnedBefore) {
        if (warnedBefore && found > seen) {
            return olderCopy(vaultFile, "Keyhaven had seen it at change " + seen + " when an older copy took its place;"
                    + " that copy has been written to since, up to change " + found + ", which does not make it the newer one");
        }
        if (found < seen) {
            return olderCopy(vaultFile, "it is at change " + found + "; Keyhaven last saw change " + seen);
        }
        return olderCopy(vaultFile, "it is at change " + found + " as the one Keyhaven last saw, but a different"
                + " version of it, one that went another way after an older state");
    }

    /** The warning, said once, for a memory of the newest change that is not as Keyhaven wrote it. */
    static String memoryUnreadable(Path vaultFile, Path keptAt) {
        return "Keyhaven's memory of this vault's newest change could not be read, so it cannot tell whether this"
                + " vault (" + vaultFile + ") was rolled back to an older copy. The damaged memory is kept at " + keptAt
                + ". If you did not damage it yourself, look through your keys and their history: if a key you had"
                + " removed is back or a recent change is missing, restore your newest backup and rotate your OKX keys.";
    }

    /** The warning for a vault file found in an older format than the one Keyhaven saw it in last. */
    static String olderFormat(Path vaultFile, int seen, int found) {
        return olderCopy(vaultFile, "its format went back from " + seen + " to " + found);
    }

    private static String olderCopy(Path vaultFile, String how) {
        return "This vault file (" + vaultFile + ") is older than the one Keyhaven last saw (" + how
                + "): an older copy was put in its place,"
                + " and not by a restore in Keyhaven. Keys, archive states or history may be missing or rolled back."
                + " If you put it there yourself, accept it (in the app, or 'keyhaven info --accept-older-copy');"
                + " otherwise restore your newest backup and check your keys.";
    }

    /** The warning for another vault (same master password) found where Keyhaven last opened a vault. */
    static String otherVault(Path vaultFile, Instant createdOn) {
        return "This is not the vault last opened here (" + vaultFile + "): another vault file, with the same master"
                + " password, was put in its place. It was created on " + describe(createdOn) + "."
                + " If you did not replace it, do not use it: put your own vault file back or restore your newest"
                + " backup, then check your OKX keys. If you did, open it (in the app, or"
                + " 'keyhaven info --accept-other-vault').";
    }

    static VaultException io(String action, Path file, Throwable cause) {
        if (cause instanceof AtomicRename.FileInUseException) {
            return new VaultException(Reason.BUSY, "Keyhaven could not " + action + " at " + file + ": another program"
                    + " kept the file open (often an antivirus scan or a backup or sync tool), so nothing was replaced."
                    + " Wait a moment and try again; if it keeps happening, close or pause that program.", cause);
        }
        String detail = cause instanceof IOException && cause.getMessage() != null ? " (" + cause.getClass().getSimpleName() + ")" : "";
        return new VaultException(Reason.IO,
                "Keyhaven could not " + action + " at " + file + detail
                        + ". Check that the disk has free space and the folder is writable, then try again.", cause);
    }

    static String describe(KdfParameters kdf) {
        String memory = kdf.memoryKiB() % 1024 == 0 ? kdf.memoryKiB() / 1024 + " MiB" : kdf.memoryKiB() + " KiB";
        return memory + ", " + kdf.iterations() + " passes, " + kdf.parallelism() + " lane"
                + (kdf.parallelism() == 1 ? "" : "s");
    }

    static String describe(Instant when) {
        return WHEN.format(when.atZone(ZoneId.systemDefault()));
    }
}
