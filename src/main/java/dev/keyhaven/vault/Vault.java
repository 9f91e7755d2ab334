package dev.keyhaven.vault;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An unlocked vault: a SQLite file in which every sensitive value is encrypted under a data key that
 * the master password wraps, sealed as a whole ({@link VaultSeal}). All methods are thread-safe.
 * {@link #close()} locks it: the keys held in memory are wiped and every later call fails with
 * {@link VaultException.Reason#LOCKED}.
 *
 * <p>Labels are unique among the active keys (an archived key may share its label with the key that
 * replaced it). Every write is one SQLite transaction that also updates the seal and raises its
 * generation: once a method returns, its change survives a crash. The decrypted records (never the
 * credentials) are kept in memory while the vault is unlocked.
 *
 * <p>One process at a time may change a vault: {@link #open} holds it for that. Beside it, any number of
 * {@linkplain #openShared shared} openings may read it and add to keys' histories (a check, a hand-out),
 * which changes nothing the writer holds in memory.
 */
public final class Vault implements AutoCloseable {

    private final Path file;
    private final VaultOptions options;
    private final VaultHold hold;
    private final VaultDatabase database;
    private final OpenVaultBackups openBackups;
    private final SealKeeper sealKeeper;
    private final PasswordKeeper keys;
    private final KeyStore keyStore;
    private final UnlockSteps unlockSteps;
    private final VaultAtPath atPath;
    private final VaultBackups vaultBackups;
    private int formatVersion;
    /** The formats this opening knows (a test's may have more steps than this version's). */
    private Schema schema = Schema.current();
    /** SQLite's data_version at unlock, then at the last {@link #changedByOthers()}. */
    private long seenVersion;
    private boolean locked;

    Vault(Path file, VaultOptions options, VaultLock lock, VaultDatabase database, VaultHeader header,
          byte[] dataKeyBytes, int formatVersion) {
        this.file = file;
        this.options = options;
        this.hold = new VaultHold(file, lock);
        this.database = database;
        this.formatVersion = formatVersion;
        BackupManager backupManager = BackupManager.forVault(file);
        ValueCipher dataKey = new ValueCipher(dataKeyBytes);
        this.sealKeeper = new SealKeeper(file, header.vaultId(), new VaultSeal(dataKeyBytes, header.vaultId()),
                options.memory(), options.clock());
        this.keys = new PasswordKeeper(file, options, database, backupManager, sealKeeper, header, dataKey);
        this.keyStore = new KeyStore(this, file, options, database, sealKeeper,
                formatVersion < Schema.SEALED_FROM ? KeyRows.unpadded(dataKey, header.vaultId())
                        : new KeyRows(dataKey, header.vaultId()));
        this.openBackups = new OpenVaultBackups(file, options, database, backupManager, keyStore, sealKeeper);
        this.atPath = new VaultAtPath(file, header.vaultId(), options);
        this.vaultBackups = new VaultBackups(this, openBackups, keys, keyStore);
        this.unlockSteps = new UnlockSteps(file, hold, database, openBackups, sealKeeper, keys, keyStore, atPath);
    }

    /** Creates a new vault at {@code file} (fails with ALREADY_EXISTS if one is there). */
    public static Vault create(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        return VaultOpening.create(file, masterPassword, options, Schema.current());
    }

    /**
     * Unlocks an existing vault. Wrong password, damage, a change made outside Keyhaven
     * ({@link VaultException.Reason#TAMPERED}), a second writer: each has its own reason.
     */
    public static Vault open(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        return VaultOpening.open(file, masterPassword, options, Schema.current());
    }

    /**
     * Unlocks a vault beside the one opener that may change it (the desktop app, while unlocked): this
     * one reads everything and may {@linkplain #recordHistory add to a key's history}; any other change
     * or a backup fails with {@link VaultException.Reason#IN_USE}. What the other opener changes
     * meanwhile, this one sees on its next read. When nobody holds the vault, this opening first does
     * what a full one does on unlock (update an older format, the daily backup), then lets go of it, so
     * that the app can unlock while a command runs.
     */
    public static Vault openShared(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        return VaultOpening.openShared(file, masterPassword, options, Schema.current());
    }

    /**
     * As {@link #openShared}, but without the daily backup: for reading the backups, which stay as they were
     * listed (a daily backup can prune the oldest one a trader just read the id of).
     */
    public static Vault openSharedKeepingBackups(Path file, Secret masterPassword, VaultOptions options)
            throws VaultException {
        return VaultOpening.openShared(file, masterPassword, options, Schema.current(), false);
    }

    /** From a full opening to a shared one: the readers' lock first, so that nothing comes in between. */
    synchronized void letOthersChangeIt() throws VaultException {
        hold.letOthersChangeIt();
    }

    synchronized void holdReaderLock(VaultLock held) {
        hold.holdReaderLock(held);
    }

    synchronized void afterCreate(Schema schema) throws SQLException, VaultException {
        this.schema = schema;
        seenVersion = database.dataVersion();
        // Reads the seal the create stored, so that the generation memory learns its fingerprint.
        unlockSteps.afterCreate(formatVersion);
    }

    /** See {@link UnlockSteps#afterUnlock}; a format update backs up first, as "migration". */
    synchronized void afterUnlock(Schema schema, VaultHeader boundHeader, boolean dailyBackup)
            throws SQLException, VaultException {
        this.schema = schema;
        seenVersion = database.dataVersion();
        formatVersion = unlockSteps.afterUnlock(schema, formatVersion, boundHeader, () -> vaultBackups.now("migration"),
                dailyBackup);
    }

    /** Warms up what {@link #open} needs (see {@link UnlockWarmUp}); call it while the user types; no file. */
    public static void warmUp() throws VaultException {
        warmUp(() -> { });
    }

    /**
     * As {@link #warmUp()}, calling {@code between} between its steps (about every 10 ms of its work once
     * compiled): the desktop app holds the warm-up there while a real unlock runs, so that the two do not
     * share the processors.
     */
    public static void warmUp(Runnable between) throws VaultException {
        try {
            UnlockWarmUp.run(between);
        } catch (SQLException e) {
            throw Problems.io("prepare SQLite", Path.of(":memory:"), e);
        }
    }

    public Path path() {
        return file;
    }

    public synchronized VaultInfo info() throws VaultException {
        ensureUnlocked();
        int active = (int) keyStore.records().values().stream().filter(record -> !record.archived()).count();
        return new VaultInfo(file, formatVersion, Argon2idKdf.ALGORITHM, keys.header().kdf(), active,
                keyStore.records().size() - active, openBackups.list());
    }

    /** Active (not archived) keys, by label. */
    public synchronized List<KeyRecord> keys() throws VaultException {
        ensureUnlocked();
        return keyStore.active();
    }

    /** Archived keys (rotated or revoked), newest first. */
    public synchronized List<KeyRecord> archivedKeys() throws VaultException {
        ensureUnlocked();
        return keyStore.archived();
    }

    public synchronized Optional<KeyRecord> key(long id) throws VaultException {
        ensureUnlocked();
        return Optional.ofNullable(keyStore.records().get(id));
    }

    /** Finds an active key by its label (exact match, case-insensitive). */
    public synchronized Optional<KeyRecord> keyByLabel(String label) throws VaultException {
        ensureUnlocked();
        return keyStore.activeByLabel(label);
    }

    /** Adds a key; the draft must carry credentials; labels are unique (INVALID_INPUT otherwise). */
    public synchronized SaveOutcome add(KeyDraft draft) throws VaultException {
        ensureUnlocked();
        return keyStore.add(draft);
    }

    /** Edits a key; credentials in the draft replace the stored ones, null keeps them. */
    public synchronized SaveOutcome update(long id, KeyDraft draft) throws VaultException {
        ensureUnlocked();
        return keyStore.update(id, draft);
    }

    /**
     * Replaces a key by a new one in one transaction (a rotation): adds {@code replacement}, archives the
     * old key under {@code archivedLabel} pointing to the new one, and records a note in each key's
     * history. Either all of it is saved or none of it. The replacement may take the old key's label.
     */
    public synchronized SaveOutcome replace(long oldId, KeyDraft replacement, String archivedLabel,
                                            HistoryEntry oldNote, HistoryEntry newNote) throws VaultException {
        ensureUnlocked();
        return keyStore.replace(oldId, replacement, archivedLabel, oldNote, newNote);
    }

    /** Decrypts a key's three values; the caller closes them. */
    public synchronized Credentials credentials(long id) throws VaultException {
        ensureUnlocked();
        return keyStore.credentials(id);
    }

    /** Decrypts a key's API key only (to show it masked, say); the caller closes it. */
    public synchronized Secret apiKey(long id) throws VaultException {
        ensureUnlocked();
        return keyStore.apiKey(id);
    }

    /** Deletes a key and its history for good (backups made before keep them: see the README). */
    public synchronized void delete(long id) throws VaultException {
        ensureUnlocked();
        keyStore.delete(id);
    }

    /** Archives a key (kept, read-only, out of the active list); replacedById may be null. */
    public synchronized void archive(long id, Long replacedById) throws VaultException {
        ensureUnlocked();
        keyStore.archive(id, replacedById);
    }

    /**
     * Brings an archived key back to the active keys (the archive's Restore). Refused when an active
     * key has its label: the trader renames that one first.
     */
    public synchronized void unarchive(long id) throws VaultException {
        ensureUnlocked();
        keyStore.unarchive(id);
    }

    /** Restores an archived key and records {@code note} in its history in one transaction. */
    public synchronized void unarchiveWithNote(long id, HistoryEntry note) throws VaultException {
        ensureUnlocked();
        keyStore.unarchiveWithNote(id, note);
    }

    /** True when {@code password} is this vault's master password (asked again before a secret is shown). */
    public synchronized boolean isMasterPassword(Secret password) throws VaultException {
        ensureUnlocked();
        return keys.isMasterPassword(password);
    }

    /**
     * Archives a key and records {@code note} in its history in one transaction (a revocation): either
     * both are saved or neither.
     */
    public synchronized void archiveWithNote(long id, HistoryEntry note) throws VaultException {
        ensureUnlocked();
        keyStore.archiveWithNote(id, note);
    }

    public synchronized void setChecklistDone(long id, Set<String> stepIds) throws VaultException {
        ensureUnlocked();
        keyStore.setChecklistDone(id, stepIds);
    }

    /** Adds to a key's history; also allowed when the vault is {@linkplain #openShared shared}. */
    public synchronized void recordHistory(long id, HistoryEntry entry) throws VaultException {
        ensureUnlocked();
        keyStore.recordHistory(id, entry);
    }

    /** A key's history, newest first. */
    public synchronized List<HistoryEntry> history(long id) throws VaultException {
        ensureUnlocked();
        return keyStore.history(id);
    }

    /**
     * The histories of {@code keyIds}, each newest first, read in one query (a list of 100 keys took 100);
     * a key without history, or not in the vault, is not in the map. No other key's history is decrypted.
     */
    public synchronized Map<Long, List<HistoryEntry>> histories(Set<Long> keyIds) throws VaultException {
        ensureUnlocked();
        return keyStore.histories(keyIds);
    }

    /**
     * Changes the master password: after a verified backup, a fresh data key, salt and calibrated KDF,
     * and every value re-encrypted in one transaction. The result lists the backups that still open with
     * the old password; show its {@link PasswordChange#notice()} and offer {@link VaultBackups#deleteWithOldPassword()}
     * or {@link VaultBackups#reencryptWithOldPassword(Secret)}.
     */
    public synchronized PasswordChange changePassword(Secret currentPassword, Secret newPassword) throws VaultException {
        ensureUnlocked();
        ensureWriter();
        PasswordChange change = keys.change(currentPassword, newPassword, keyStore,
                () -> vaultBackups.now("password change"));
        atPath.headerWritten(keys.header());
        return change;
    }

    /** A warning when this file is an older copy (lower generation or format), not one restored in Keyhaven. */
    public synchronized Optional<String> olderCopyWarning() {
        return sealKeeper.olderCopyWarning();
    }

    /**
     * A warning, given by the opening that found it only, when Keyhaven's memory of this vault's newest change
     * could not be read (so it cannot tell whether this file was rolled back); the damaged memory was kept aside.
     */
    public synchronized Optional<String> memoryUnreadableWarning() {
        return sealKeeper.memoryUnreadableWarning();
    }

    /** The user keeps this older copy knowingly: it becomes the generation remembered; the warning ends. */
    public synchronized void acceptOlderCopy() throws VaultException {
        ensureUnlocked();
        sealKeeper.acceptOlderCopy();
    }

    /** A warning when this is not the vault last opened at its path; the caller asks whether to use it. */
    public synchronized Optional<String> otherVaultWarning() {
        return atPath.otherVaultWarning();
    }

    /** The user uses this other vault knowingly: it becomes the vault remembered at this path. */
    public synchronized void acceptOtherVault() throws VaultException {
        ensureUnlocked();
        atPath.acceptOtherVault(formatVersion, keys.header());
    }

    /** Its backups: make one, compare them with it, those that still open with an old password. */
    public VaultBackups backups() {
        return vaultBackups;
    }

    public synchronized boolean isLocked() {
        return locked;
    }

    /** True when another process committed to the vault since the last call or the unlock (checks, hand-outs). */
    public synchronized boolean changedByOthers() throws VaultException {
        ensureUnlocked();
        long now = keyStore.read("read the vault", connection -> database.dataVersion());
        boolean changed = now != seenVersion;
        seenVersion = now;
        return changed;
    }

    /** True when opened {@linkplain #openShared shared}: readable, its keys unchangeable. */
    public synchronized boolean isShared() {
        return !hold.isWriter();
    }

    /** Locks the vault: wipes the keys in memory, releases the file. */
    @Override
    public synchronized void close() {
        if (locked) {
            return;
        }
        locked = true;
        keyStore.forget();
        keys.close();
        sealKeeper.close();
        database.close();
        hold.close();
    }

    @Override
    public String toString() {
        return "Vault[" + file + (locked ? ", locked" : ", unlocked") + (isShared() ? ", shared" : "") + "]";
    }

    VaultHeader header() {
        return keys.header();
    }

    int formatVersion() {
        return formatVersion;
    }

    Schema schema() {
        return schema;
    }

    /** The data key's holder, for the test that proves {@link #close()} wipes it. */
    ValueCipher dataKeyForTests() {
        return keys.dataKey();
    }

    void ensureWriter() throws VaultException {
        hold.ensureWriter();
    }

    void ensureUnlocked() throws VaultException {
        if (locked) {
            throw Problems.locked();
        }
    }
}
