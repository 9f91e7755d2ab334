package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An unlocked vault: a SQLite file in which every sensitive value is encrypted under a data key that
 * the master password wraps. All methods are thread-safe. {@link #close()} locks it: the keys held in
 * memory are wiped and every later call fails with {@link VaultException.Reason#LOCKED}.
 *
 * <p>CONTRACT SKELETON: the signatures are fixed; the implementation lands with issue 4.
 */
public final class Vault implements AutoCloseable {

    private Vault() {
    }

    /** Creates a new vault at {@code file} (fails with ALREADY_EXISTS if one is there). */
    public static Vault create(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Unlocks an existing vault. Wrong password, damage, a second writer each have their own reason. */
    public static Vault open(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** True when {@code file} exists (whether or not it is a valid vault). */
    public static boolean exists(Path file) {
        return java.nio.file.Files.exists(file);
    }

    /** The backups of the vault at {@code file}, newest first, without unlocking it. */
    public static List<Backup> backups(Path file) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /**
     * Replaces the vault at {@code file} by {@code backup}, after backing up the current file (even a
     * damaged one) as "before restore". The vault must not be open in this process.
     */
    public static void restore(Path file, Backup backup) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    public Path path() {
        throw new UnsupportedOperationException("issue 4");
    }

    public VaultInfo info() throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Active (not archived) keys, by label. */
    public List<KeyRecord> keys() throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Archived keys (rotated or revoked), newest first. */
    public List<KeyRecord> archivedKeys() throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    public Optional<KeyRecord> key(long id) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Finds an active key by its label (exact match, case-insensitive). */
    public Optional<KeyRecord> keyByLabel(String label) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Adds a key; the draft must carry credentials; labels are unique (INVALID_INPUT otherwise). */
    public SaveOutcome add(KeyDraft draft) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Edits a key; credentials in the draft replace the stored ones, null keeps them. */
    public SaveOutcome update(long id, KeyDraft draft) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Decrypts a key's three values; the caller closes them. */
    public Credentials credentials(long id) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Deletes a key and its history for good. */
    public void delete(long id) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Archives a key (kept, read-only, out of the active list); replacedById may be null. */
    public void archive(long id, Long replacedById) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    public void setChecklistDone(long id, Set<String> stepIds) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    public void recordHistory(long id, HistoryEntry entry) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** A key's history, newest first. */
    public List<HistoryEntry> history(long id) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Re-wraps the data key under a new password after a verified backup; calibrates the KDF again. */
    public void changePassword(Secret currentPassword, Secret newPassword) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Makes a verified backup now; keeps the newest five. */
    public Backup backupNow(String reason) throws VaultException {
        throw new UnsupportedOperationException("issue 4");
    }

    public boolean isLocked() {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Locks the vault: wipes the keys in memory, releases the file. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("issue 4");
    }
}
