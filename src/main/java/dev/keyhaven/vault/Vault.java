package dev.keyhaven.vault;

import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An unlocked vault: a SQLite file in which every sensitive value is encrypted under a data key that
 * the master password wraps. All methods are thread-safe. {@link #close()} locks it: the keys held in
 * memory are wiped and every later call fails with {@link VaultException.Reason#LOCKED}.
 *
 * <p>Labels are unique among the active keys (an archived key may share its label with the key that
 * replaced it). Every write is one SQLite transaction: once a method returns, its change survives a
 * crash. The decrypted records (never the credentials) are kept in memory while the vault is unlocked.
 *
 * <p>One process at a time may change a vault: {@link #open} holds it for that. Beside it, any number of
 * {@linkplain #openShared shared} openings may read it and add to keys' histories (a check, a hand-out),
 * which changes nothing the writer holds in memory.
 */
public final class Vault implements AutoCloseable {

    private static final int MAX_LABEL_LENGTH = 100;
    private static final int MAX_ROTATION_DAYS = 3650;
    private static final Comparator<KeyRecord> BY_LABEL =
            Comparator.comparing(KeyRecord::label, String.CASE_INSENSITIVE_ORDER).thenComparingLong(KeyRecord::id);
    private static final Comparator<KeyRecord> NEWEST_ARCHIVED_FIRST =
            Comparator.comparing(KeyRecord::archivedAt).thenComparingLong(KeyRecord::id).reversed();

    private final Path file;
    private final VaultOptions options;
    /** Held by the one opener that may change the vault; null when opened {@linkplain #openShared shared}. */
    private VaultLock lock;
    /** Held by a {@linkplain #openShared shared} opener, so that no restore or format update runs under it. */
    private VaultLock readerLock;
    private final VaultDatabase database;
    private final BackupManager backups;
    private final ValueCipher dataKey;
    private final KeyRows rows;
    private VaultHeader header;
    private int formatVersion;
    private Map<Long, KeyRecord> records;
    /** SQLite's data_version when {@link #records} were read: another connection's commit changes it. */
    private long recordsVersion;
    /** SQLite's data_version at unlock, then at the last {@link #changedByOthers()}. */
    private long seenVersion;
    private boolean locked;
    private String backupProblem;

    private Vault(Path file, VaultOptions options, VaultLock lock, VaultDatabase database, VaultHeader header,
                  byte[] dataKeyBytes, int formatVersion) {
        this.file = file;
        this.options = options;
        this.lock = lock;
        this.database = database;
        this.header = header;
        this.formatVersion = formatVersion;
        this.backups = BackupManager.forVault(file);
        this.dataKey = new ValueCipher(dataKeyBytes);
        this.rows = new KeyRows(dataKey, header.vaultId());
    }

    /** Creates a new vault at {@code file} (fails with ALREADY_EXISTS if one is there). */
    public static Vault create(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        return create(file, masterPassword, options, Schema.current());
    }

    /**
     * Builds the vault under a temporary name beside {@code file} (owner-only) and renames it into place
     * once complete, so a crash or a kill never leaves a half-made vault at {@code file}; what an
     * interrupted create left behind is removed by the next one.
     */
    static Vault create(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        Path target = file.toAbsolutePath();
        requireNewPassword(masterPassword);
        if (Files.exists(target)) {
            throw Problems.alreadyExists(target);
        }
        try {
            if (!Files.isDirectory(target.getParent())) {
                FilePermissions.ensureOwnerOnlyFolder(target.getParent());
            }
        } catch (IOException e) {
            throw Problems.io("create the folder for the vault", target.getParent(), e);
        }
        VaultLock lock = VaultLock.writer(target);
        Path unfinished = unfinishedFileOf(target);
        byte[] dataKeyBytes = ValueCipher.randomBytes(ValueCipher.KEY_BYTES);
        VaultDatabase database = null;
        boolean inPlace = false;
        try {
            if (Files.exists(target)) {
                throw Problems.alreadyExists(target);
            }
            KdfParameters kdf = Argon2idKdf.calibrate(options.floor(), options.unlockTarget());
            VaultHeader header = VaultHeader.seal(ValueCipher.randomBytes(VaultHeader.VAULT_ID_BYTES), kdf,
                    masterPassword, dataKeyBytes);
            deleteUnfinished(unfinished);
            FilePermissions.createOwnerOnlyFile(unfinished);
            database = VaultDatabase.openReadWrite(unfinished);
            VaultDatabase fresh = database;
            database.inTransaction(connection -> {
                schema.migrate(connection, 0);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA application_id = " + VaultDatabase.APPLICATION_ID);
                }
                fresh.writeHeader(header.encode());
                return null;
            });
            database.close();
            database = null;
            Files.move(unfinished, target, StandardCopyOption.ATOMIC_MOVE);
            inPlace = true;
            database = VaultDatabase.openReadWrite(target);
            long dataVersion = database.dataVersion();
            Vault created = new Vault(target, options, lock, database, header, dataKeyBytes, schema.latestVersion());
            created.seenVersion = dataVersion;
            return created;
        } catch (IOException | SQLException | VaultException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            if (!inPlace) {
                deleteUnfinishedQuietly(unfinished);
            }
            lock.close();
            if (e instanceof VaultException vaultProblem) {
                throw vaultProblem;
            }
            throw Problems.io("create the vault", target, e);
        } finally {
            Arrays.fill(dataKeyBytes, (byte) 0);
        }
    }

    /** Where {@link #create} builds the vault before renaming it into place. */
    static Path unfinishedFileOf(Path vaultFile) {
        return vaultFile.resolveSibling(vaultFile.getFileName() + ".unfinished");
    }

    /** Unlocks an existing vault. Wrong password, damage, a second writer each have their own reason. */
    public static Vault open(Path file, Secret masterPassword, VaultOptions options) throws VaultException {
        return open(file, masterPassword, options, Schema.current());
    }

    static Vault open(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        Path target = existingFile(file);
        Objects.requireNonNull(masterPassword, "masterPassword");
        return unlock(target, masterPassword, options, schema, VaultLock.writer(target));
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
        return openShared(file, masterPassword, options, Schema.current());
    }

    static Vault openShared(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        Path target = existingFile(file);
        Objects.requireNonNull(masterPassword, "masterPassword");
        VaultLock writer;
        try {
            writer = VaultLock.writer(target);
        } catch (VaultException e) {
            if (e.reason() != VaultException.Reason.IN_USE) {
                throw e;
            }
            writer = null;
        }
        if (writer == null) {
            return unlock(target, masterPassword, options, schema, null);
        }
        Vault vault = unlock(target, masterPassword, options, schema, writer);
        try {
            vault.letOthersChangeIt();
        } catch (VaultException e) {
            vault.close();
            throw e;
        }
        return vault;
    }

    /** From a full opening to a shared one: the readers' lock first, so that nothing can come in between. */
    private synchronized void letOthersChangeIt() throws VaultException {
        readerLock = VaultLock.reader(file);
        lock.close();
        lock = null;
    }

    private static Path existingFile(Path file) throws VaultException {
        Path target = file.toAbsolutePath();
        if (!Files.exists(target)) {
            throw Problems.notFound(target);
        }
        if (!Files.isRegularFile(target)) {
            throw Problems.notAVault(target);
        }
        return target;
    }

    /** Opens and unlocks {@code target}; {@code lock} (the writer's) null opens it shared. */
    private static Vault unlock(Path target, Secret masterPassword, VaultOptions options, Schema schema,
                                VaultLock lock) throws VaultException {
        VaultDatabase database = null;
        Vault vault = null;
        byte[] dataKeyBytes = null;
        VaultLock readerLock = null;
        try {
            if (lock == null) {
                readerLock = VaultLock.reader(target);
            }
            if (lock != null) {
                restrictToOwnerIfPossible(target);
            }
            database = VaultDatabase.openReadWrite(target);
            int version = checkIdentity(database, target, schema);
            if (lock == null && version != schema.latestVersion()) {
                throw Problems.formatUpdatePending(target);
            }
            VaultHeader header = readHeader(database, target);
            if (!header.kdf().meets(options.floor())) {
                throw Problems.weakParameters(header.kdf(), options.floor());
            }
            try {
                dataKeyBytes = header.unwrapDataKey(masterPassword);
            } catch (VaultHeader.WrongPassword e) {
                throw Problems.wrongPassword();
            }
            vault = new Vault(target, options, lock, database, header, dataKeyBytes, version);
            vault.readerLock = readerLock;
            readerLock = null;
            vault.seenVersion = database.dataVersion();
            if (lock != null) {
                vault.migrateIfOlder(schema);
                vault.backUpIfDailyDue();
            }
            return vault;
        } catch (SQLException e) {
            throw closeAfterFailure(vault, database, lock, VaultDatabase.problem(target, "open the vault", e));
        } catch (VaultException e) {
            throw closeAfterFailure(vault, database, lock, e);
        } catch (RuntimeException e) {
            closeAfterFailure(vault, database, lock, null);
            throw e;
        } finally {
            if (readerLock != null) {
                readerLock.close();
            }
            if (dataKeyBytes != null) {
                Arrays.fill(dataKeyBytes, (byte) 0);
            }
        }
    }

    /**
     * Runs what {@link #open} needs once on made-up values in memory (SQLite, Argon2id, AES-GCM, the
     * records' JSON), so that the first unlock in a fresh process is not slowed by loading code. Call it
     * on a background thread while the user types the password; it touches no file.
     */
    public static void warmUp() throws VaultException {
        try {
            UnlockWarmUp.run();
        } catch (SQLException e) {
            throw Problems.io("prepare SQLite", Path.of(":memory:"), e);
        }
    }

    /** True when {@code file} exists (whether or not it is a valid vault). */
    public static boolean exists(Path file) {
        return java.nio.file.Files.exists(file);
    }

    /** The backups of the vault at {@code file}, newest first, without unlocking it. */
    public static List<Backup> backups(Path file) throws VaultException {
        return BackupManager.forVault(file).list();
    }

    /**
     * Replaces the vault at {@code file} by {@code backup}, after backing up the current file (even a
     * damaged one) as "before restore". The vault must not be open in this process.
     */
    public static void restore(Path file, Backup backup) throws VaultException {
        Objects.requireNonNull(backup, "backup");
        Path target = file.toAbsolutePath();
        try (VaultLock lock = VaultLock.writer(target); VaultLock alone = VaultLock.noReaders(target)) {
            BackupManager manager = BackupManager.forVault(target);
            if (Files.exists(target)) {
                manager.copyAsIs("before restore", Instant.now(), backup.file().toAbsolutePath());
            }
            manager.restore(backup);
        }
    }

    public Path path() {
        return file;
    }

    public synchronized VaultInfo info() throws VaultException {
        ensureUnlocked();
        int active = (int) records().values().stream().filter(record -> !record.archived()).count();
        return new VaultInfo(file, formatVersion, Argon2idKdf.ALGORITHM, header.kdf(), active,
                records().size() - active, backups.list());
    }

    /** Active (not archived) keys, by label. */
    public synchronized List<KeyRecord> keys() throws VaultException {
        ensureUnlocked();
        return records().values().stream().filter(record -> !record.archived()).sorted(BY_LABEL).toList();
    }

    /** Archived keys (rotated or revoked), newest first. */
    public synchronized List<KeyRecord> archivedKeys() throws VaultException {
        ensureUnlocked();
        return records().values().stream().filter(KeyRecord::archived).sorted(NEWEST_ARCHIVED_FIRST).toList();
    }

    public synchronized Optional<KeyRecord> key(long id) throws VaultException {
        ensureUnlocked();
        return Optional.ofNullable(records().get(id));
    }

    /** Finds an active key by its label (exact match, case-insensitive). */
    public synchronized Optional<KeyRecord> keyByLabel(String label) throws VaultException {
        ensureUnlocked();
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip();
        return records().values().stream()
                .filter(record -> !record.archived() && record.label().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Adds a key; the draft must carry credentials; labels are unique (INVALID_INPUT otherwise). */
    public synchronized SaveOutcome add(KeyDraft draft) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(draft, "draft");
        if (draft.credentials() == null) {
            throw Problems.invalid("Enter the API key, the secret key and the passphrase to add a key.");
        }
        KeyRows.Metadata metadata = validated(draft, null);
        List<String> duplicates = labelsHoldingApiKey(draft.credentials().apiKey(), null);
        Instant now = now();
        long id = write("save the key", connection -> rows.insert(connection, metadata, draft.credentials(), now));
        KeyRecord record = metadata.toRecord(id, now, now);
        records.put(id, record);
        return new SaveOutcome(record, duplicates);
    }

    /** Edits a key; credentials in the draft replace the stored ones, null keeps them. */
    public synchronized SaveOutcome update(long id, KeyDraft draft) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(draft, "draft");
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is archived, so it cannot be edited. Add a new key instead.");
        }
        KeyRows.Metadata metadata = KeyRows.Metadata.of(existing).editedBy(validated(draft, id));
        List<String> duplicates;
        if (draft.credentials() != null) {
            duplicates = labelsHoldingApiKey(draft.credentials().apiKey(), id);
        } else {
            try (Credentials stored = credentials(id)) {
                duplicates = labelsHoldingApiKey(stored.apiKey(), id);
            }
        }
        Instant now = now();
        write("save the key", connection -> {
            rows.writeMetadata(connection, id, metadata, now);
            if (draft.credentials() != null) {
                rows.writeCredentials(connection, id, draft.credentials());
            }
            return null;
        });
        KeyRecord record = metadata.toRecord(id, existing.createdAt(), now);
        records.put(id, record);
        return new SaveOutcome(record, duplicates);
    }

    /**
     * Replaces a key by a new one in one transaction (a rotation): adds {@code replacement}, archives the
     * old key under {@code archivedLabel} pointing to the new one, and records a note in each key's
     * history. Either all of it is saved or none of it. The replacement may take the old key's label.
     */
    public synchronized SaveOutcome replace(long oldId, KeyDraft replacement, String archivedLabel,
                                            HistoryEntry oldNote, HistoryEntry newNote) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(oldNote, "oldNote");
        Objects.requireNonNull(newNote, "newNote");
        KeyRecord old = existing(oldId);
        if (old.archived()) {
            throw Problems.invalid("\"" + old.label() + "\" is archived already. Rotate the key that replaced it instead.");
        }
        if (replacement.credentials() == null) {
            throw Problems.invalid("Enter the new key's API key, secret key and passphrase to rotate \"" + old.label() + "\".");
        }
        KeyRows.Metadata added = validated(replacement, oldId);
        List<String> duplicates = labelsHoldingApiKey(replacement.credentials().apiKey(), oldId);
        String oldLabel = archivedLabel == null || archivedLabel.isBlank() ? old.label() : archivedLabel.strip();
        Instant now = now();
        long newId = write("rotate the key", connection -> {
            long id = rows.insert(connection, added, replacement.credentials(), now);
            KeyRows.Metadata archived = KeyRows.Metadata.of(old).relabelled(oldLabel).archived(now, id);
            rows.writeMetadata(connection, oldId, archived, now);
            rows.insertHistory(connection, oldId, oldNote, now);
            rows.insertHistory(connection, id, newNote, now);
            return id;
        });
        records.put(oldId, KeyRows.Metadata.of(old).relabelled(oldLabel).archived(now, newId)
                .toRecord(oldId, old.createdAt(), now));
        KeyRecord record = added.toRecord(newId, now, now);
        records.put(newId, record);
        return new SaveOutcome(record, duplicates);
    }

    /** Decrypts a key's three values; the caller closes them. */
    public synchronized Credentials credentials(long id) throws VaultException {
        ensureUnlocked();
        existing(id);
        return read("read the key", connection -> rows.credentials(connection, id));
    }

    /** Decrypts a key's API key only (to show it masked, say); the caller closes it. */
    public synchronized Secret apiKey(long id) throws VaultException {
        ensureUnlocked();
        existing(id);
        return read("read the key", connection -> rows.apiKey(connection, id));
    }

    /** Deletes a key and its history for good. */
    public synchronized void delete(long id) throws VaultException {
        ensureUnlocked();
        existing(id);
        write("delete the key", connection -> {
            rows.delete(connection, id);
            return null;
        });
        records.remove(id);
    }

    /** Archives a key (kept, read-only, out of the active list); replacedById may be null. */
    public synchronized void archive(long id, Long replacedById) throws VaultException {
        ensureUnlocked();
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is already archived.");
        }
        if (replacedById != null && (replacedById == id || !records().containsKey(replacedById))) {
            throw Problems.invalid("The replacement key (id " + replacedById
                    + ") is not in this vault. Save the new key first, then archive the old one.");
        }
        saveMetadata(existing, KeyRows.Metadata.of(existing).archived(now(), replacedById));
    }

    /**
     * Brings an archived key back to the active keys (the archive's Restore). Refused when an active
     * key has its label: the trader renames that one first.
     */
    public synchronized void unarchive(long id) throws VaultException {
        ensureUnlocked();
        KeyRecord existing = existing(id);
        if (!existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is not archived: it is among your keys already.");
        }
        boolean taken = records().values().stream()
                .anyMatch(other -> !other.archived() && other.label().equalsIgnoreCase(existing.label()));
        if (taken) {
            throw Problems.invalid("A key named \"" + existing.label() + "\" is already among your keys."
                    + " Rename that key first, then restore this one.");
        }
        saveMetadata(existing, KeyRows.Metadata.of(existing).archived(null, null));
    }

    /** True when {@code password} is this vault's master password (asked again before a secret is shown). */
    public synchronized boolean isMasterPassword(Secret password) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(password, "password");
        byte[] held = dataKey.exportKey();
        byte[] unwrapped = null;
        try {
            unwrapped = header.unwrapDataKey(password);
            return MessageDigest.isEqual(unwrapped, held);
        } catch (VaultHeader.WrongPassword e) {
            return false;
        } finally {
            Arrays.fill(held, (byte) 0);
            if (unwrapped != null) {
                Arrays.fill(unwrapped, (byte) 0);
            }
        }
    }

    /**
     * Archives a key and records {@code note} in its history in one transaction (a revocation): either
     * both are saved or neither.
     */
    public synchronized void archiveWithNote(long id, HistoryEntry note) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(note, "note");
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is already archived.");
        }
        Instant now = now();
        KeyRows.Metadata archived = KeyRows.Metadata.of(existing).archived(now, null);
        write("archive the key", connection -> {
            rows.writeMetadata(connection, id, archived, now);
            rows.insertHistory(connection, id, note, now);
            return null;
        });
        records.put(id, archived.toRecord(id, existing.createdAt(), now));
    }

    public synchronized void setChecklistDone(long id, Set<String> stepIds) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(stepIds, "stepIds");
        KeyRecord existing = existing(id);
        saveMetadata(existing, KeyRows.Metadata.of(existing).withChecklist(stepIds));
    }

    /** Adds to a key's history; also allowed when the vault is {@linkplain #openShared shared}. */
    public synchronized void recordHistory(long id, HistoryEntry entry) throws VaultException {
        ensureUnlocked();
        Objects.requireNonNull(entry, "entry");
        existing(id);
        Instant now = now();
        inTransaction("record the key's history", connection -> {
            rows.insertHistory(connection, id, entry, now);
            return null;
        });
    }

    /** A key's history, newest first. */
    public synchronized List<HistoryEntry> history(long id) throws VaultException {
        ensureUnlocked();
        existing(id);
        return read("read the key's history", connection -> rows.history(connection, id));
    }

    /** Re-wraps the data key under a new password after a verified backup; calibrates the KDF again. */
    public synchronized void changePassword(Secret currentPassword, Secret newPassword) throws VaultException {
        ensureUnlocked();
        ensureWriter();
        Objects.requireNonNull(currentPassword, "currentPassword");
        requireNewPassword(newPassword);
        byte[] unwrapped = null;
        byte[] held = dataKey.exportKey();
        try {
            try {
                unwrapped = header.unwrapDataKey(currentPassword);
            } catch (VaultHeader.WrongPassword e) {
                throw Problems.wrongPassword();
            }
            if (!MessageDigest.isEqual(unwrapped, held)) {
                throw Problems.wrongPassword();
            }
            backupNow("password change");
            KdfParameters kdf = Argon2idKdf.calibrate(options.floor(), options.unlockTarget());
            VaultHeader renewed = VaultHeader.seal(header.vaultId(), kdf, newPassword, held);
            write("save the new master password", connection -> {
                database.writeHeader(renewed.encode());
                return null;
            });
            header = renewed;
        } finally {
            Arrays.fill(held, (byte) 0);
            if (unwrapped != null) {
                Arrays.fill(unwrapped, (byte) 0);
            }
        }
    }

    /** Makes a verified backup now; keeps the newest five. */
    public synchronized Backup backupNow(String reason) throws VaultException {
        ensureUnlocked();
        ensureWriter();
        return backups.create(database, reason, now(), this::verifyCopy);
    }

    /**
     * Why the last automatic (daily) backup could not be made, if it could not. The vault works
     * without it, but the user should hear it: their newest backup is getting old.
     */
    public synchronized Optional<String> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    public synchronized boolean isLocked() {
        return locked;
    }

    /**
     * True when another process (a command beside the app) committed to the vault since this method
     * was last called, or since the unlock: keys' histories may have grown (checks, hand-outs).
     */
    public synchronized boolean changedByOthers() throws VaultException {
        ensureUnlocked();
        long now = read("read the vault", connection -> database.dataVersion());
        boolean changed = now != seenVersion;
        seenVersion = now;
        return changed;
    }

    /** True when opened {@linkplain #openShared shared}: readable, its keys unchangeable. */
    public synchronized boolean isShared() {
        return lock == null;
    }

    /** Locks the vault: wipes the keys in memory, releases the file. */
    @Override
    public synchronized void close() {
        if (locked) {
            return;
        }
        locked = true;
        records = null;
        dataKey.close();
        database.close();
        if (lock != null) {
            lock.close();
        }
        if (readerLock != null) {
            readerLock.close();
        }
    }

    @Override
    public String toString() {
        return "Vault[" + file + (locked ? ", locked" : ", unlocked") + (isShared() ? ", shared" : "") + "]";
    }

    private static int checkIdentity(VaultDatabase database, Path file, Schema schema) throws SQLException, VaultException {
        if (database.applicationId() != VaultDatabase.APPLICATION_ID) {
            throw Problems.notAVault(file);
        }
        int version = database.userVersion();
        if (version > schema.latestVersion()) {
            throw Problems.newerFormat(version, schema.latestVersion());
        }
        if (version < 1 || !database.hasHeaderTable()) {
            throw Problems.damaged(file, "it was never completely created", null);
        }
        return version;
    }

    private static VaultHeader readHeader(VaultDatabase database, Path file) throws SQLException, VaultException {
        byte[] stored = database.readHeader();
        if (stored == null) {
            throw Problems.damaged(file, "its header is missing", null);
        }
        try {
            return VaultHeader.decode(stored);
        } catch (VaultHeader.Damaged e) {
            throw Problems.damaged(file, e.getMessage(), null);
        }
    }

    /** Brings an older file up to this version's format, after a verified backup; all or nothing. */
    private void migrateIfOlder(Schema schema) throws VaultException {
        if (formatVersion == schema.latestVersion()) {
            return;
        }
        int from = formatVersion;
        // Not under a command reading beside this opener: the tables change shape.
        try (VaultLock alone = VaultLock.noReaders(file)) {
            Backup before = backupNow("migration");
            migrate(schema, from, before);
        }
    }

    private void migrate(Schema schema, int from, Backup before) throws VaultException {
        try {
            database.inTransaction(connection -> {
                schema.migrate(connection, from);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new VaultException(VaultException.Reason.IO,
                    "Keyhaven could not update this vault to its new format, so it left the file as it was (a backup"
                            + " was made first: " + before.file() + "). Use the Keyhaven version that last opened it,"
                            + " and please report this problem.", e);
        }
        formatVersion = schema.latestVersion();
    }

    private void backUpIfDailyDue() {
        try {
            if (backups.dailyDue(now())) {
                backupNow("daily");
            }
            backupProblem = null;
        } catch (VaultException e) {
            backupProblem = e.getMessage();
        }
    }

    /** A fresh backup must hold the same header, the same rows, and values that all decrypt. */
    private void verifyCopy(VaultDatabase copy) throws SQLException, VaultException {
        if (copy.applicationId() != VaultDatabase.APPLICATION_ID || copy.userVersion() != formatVersion
                || !copy.structureIsSound()) {
            throw notVerified("it does not open as this vault");
        }
        if (!Arrays.equals(copy.readHeader(), database.readHeader())) {
            throw notVerified("its header differs from the vault's");
        }
        // Only this writer adds or removes keys; commands beside it may add history rows during the copy.
        long keys = copy.count("SELECT count(*) FROM keys");
        long history = copy.count("SELECT count(*) FROM history");
        if (keys != database.count("SELECT count(*) FROM keys") || history > database.count("SELECT count(*) FROM history")) {
            throw notVerified("it holds other keys than the vault");
        }
        long expected = 4 * keys + history;
        long decrypted;
        try {
            decrypted = rows.verifyEveryValue(copy.connection());
        } catch (KeyRows.DamagedValue e) {
            throw Problems.damaged(file, e.what(), null);
        }
        if (decrypted != expected) {
            throw notVerified("it holds " + decrypted + " values instead of " + expected);
        }
    }

    private VaultException notVerified(String why) {
        return new VaultException(VaultException.Reason.IO,
                "The new backup failed its check (" + why + "), so it was not kept. Your vault is unchanged;"
                        + " try again, and check the disk if it keeps failing.");
    }

    private KeyRows.Metadata validated(KeyDraft draft, Long selfId) throws VaultException {
        String label = draft.label().strip();
        if (label.isEmpty()) {
            throw Problems.invalid("Give the key a name, for example \"Grid bot\" or \"Tax journal\".");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw Problems.invalid("The name is too long: keep it under " + MAX_LABEL_LENGTH + " characters.");
        }
        boolean taken = records().values().stream()
                .anyMatch(other -> !other.archived() && !Objects.equals(other.id(), selfId)
                        && other.label().equalsIgnoreCase(label));
        if (taken) {
            throw Problems.invalid("A key named \"" + label + "\" already exists. Choose another name, or edit that key.");
        }
        if (draft.rotationDays() < 0 || draft.rotationDays() > MAX_ROTATION_DAYS) {
            throw Problems.invalid("The rotation interval must be between 0 and " + MAX_ROTATION_DAYS
                    + " days (0 uses the app's default).");
        }
        String baseUrl = checkedBaseUrl(draft.baseUrl());
        if (draft.credentials() != null) {
            requireFilled(draft.credentials().apiKey(), "API key");
            requireFilled(draft.credentials().secretKey(), "secret key");
            requireFilled(draft.credentials().passphrase(), "passphrase");
        }
        return new KeyRows.Metadata(label, draft.purpose(), draft.environment(), draft.region(), baseUrl,
                draft.notes(), draft.rotationDays(), Set.of(), null, null);
    }

    /** The normalised custom address, or null for the region's; okx.OkxBaseUrl decides what is acceptable. */
    private static String checkedBaseUrl(String text) throws VaultException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OkxBaseUrl.parse(text).toString();
        } catch (IllegalArgumentException refused) {
            throw Problems.invalid(refused.getMessage());
        }
    }

    private static void requireFilled(Secret value, String name) throws VaultException {
        boolean blank;
        if (value.isWiped()) {
            blank = true;
        } else {
            try (Secret stripped = value.stripped()) {
                blank = stripped.isEmpty();
            }
        }
        if (blank) {
            throw Problems.invalid("The " + name + " is empty. Copy it again from OKX and paste it here.");
        }
    }

    private static void requireNewPassword(Secret password) throws VaultException {
        Objects.requireNonNull(password, "password");
        if (password.isWiped() || password.isEmpty()) {
            throw Problems.invalid("Choose a master password: the vault cannot be protected by an empty one.");
        }
    }

    private List<String> labelsHoldingApiKey(Secret apiKey, Long selfId) throws VaultException {
        List<Long> ids = read("compare the API key with the stored ones", connection -> rows.idsHoldingApiKey(connection, apiKey));
        List<String> labels = new ArrayList<>();
        for (Long id : ids) {
            KeyRecord other = records().get(id);
            if (other != null && !other.archived() && !id.equals(selfId)) {
                labels.add(other.label());
            }
        }
        return labels;
    }

    private void saveMetadata(KeyRecord existing, KeyRows.Metadata metadata) throws VaultException {
        Instant now = now();
        write("save the key", connection -> {
            rows.writeMetadata(connection, existing.id(), metadata, now);
            return null;
        });
        records.put(existing.id(), metadata.toRecord(existing.id(), existing.createdAt(), now));
    }

    private KeyRecord existing(long id) throws VaultException {
        KeyRecord record = records().get(id);
        if (record == null) {
            throw Problems.unknownKey(id);
        }
        return record;
    }

    private Map<Long, KeyRecord> records() throws VaultException {
        if (records == null || isShared() && changedElsewhere()) {
            recordsVersion = read("read the keys", connection -> database.dataVersion());
            records = read("read the keys", rows::loadAll);
        }
        return records;
    }

    /** True when another process committed a change since the records were read. */
    private boolean changedElsewhere() throws VaultException {
        return read("read the keys", connection -> database.dataVersion()) != recordsVersion;
    }

    private Instant now() {
        return options.clock().instant();
    }

    private void ensureUnlocked() throws VaultException {
        if (locked) {
            throw Problems.locked();
        }
    }

    private <T> T read(String action, RowWork<T> work) throws VaultException {
        try {
            return work.run(database.connection());
        } catch (SQLException e) {
            throw database.problem(action, e);
        } catch (KeyRows.DamagedValue e) {
            throw Problems.damaged(file, e.what(), null);
        }
    }

    private void ensureWriter() throws VaultException {
        if (isShared()) {
            throw Problems.sharedCannotChange(file);
        }
    }

    /** A change to the keys: only the process holding the vault may make it. */
    private <T> T write(String action, RowWork<T> work) throws VaultException {
        ensureWriter();
        return inTransaction(action, work);
    }

    private <T> T inTransaction(String action, RowWork<T> work) throws VaultException {
        try {
            return database.inTransaction(connection -> {
                try {
                    return work.run(connection);
                } catch (KeyRows.DamagedValue e) {
                    throw Problems.damaged(file, e.what(), null);
                }
            });
        } catch (SQLException e) {
            throw database.problem(action, e);
        }
    }

    private static VaultException closeAfterFailure(Vault vault, VaultDatabase database, VaultLock lock,
                                                    VaultException problem) {
        if (vault != null) {
            vault.close();
        } else {
            if (database != null) {
                database.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
        return problem;
    }

    private static void restrictToOwnerIfPossible(Path file) {
        try {
            FilePermissions.restrictToOwner(file);
        } catch (IOException | UnsupportedOperationException e) {
            // a file of another user, or a file system without permissions: nothing to tighten
        }
    }

    /** The unfinished file and the journal SQLite may have left beside it. */
    private static void deleteUnfinished(Path unfinished) throws IOException {
        Files.deleteIfExists(unfinished.resolveSibling(unfinished.getFileName() + "-journal"));
        Files.deleteIfExists(unfinished);
    }

    private static void deleteUnfinishedQuietly(Path unfinished) {
        try {
            deleteUnfinished(unfinished);
        } catch (IOException ignored) {
            // the next create removes it before it starts
        }
    }

    @FunctionalInterface
    private interface RowWork<T> {
        T run(Connection connection) throws SQLException, KeyRows.DamagedValue, VaultException;
    }
}
