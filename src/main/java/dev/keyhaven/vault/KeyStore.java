package dev.keyhaven.vault;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * The keys of an unlocked {@link Vault}: their records (decrypted, cached), their values and history,
 * and every change to them, each one sealed transaction. Only the vault calls it, holding its lock.
 */
final class KeyStore {

    private static final Comparator<KeyRecord> BY_LABEL =
            Comparator.comparing(KeyRecord::label, String.CASE_INSENSITIVE_ORDER).thenComparingLong(KeyRecord::id);
    private static final Comparator<KeyRecord> NEWEST_ARCHIVED_FIRST =
            Comparator.comparing(KeyRecord::archivedAt).thenComparingLong(KeyRecord::id).reversed();

    private final Vault vault;
    private final Path file;
    private final VaultOptions options;
    private final VaultDatabase database;
    private final SealKeeper sealKeeper;
    private KeyRows rows;
    private Map<Long, KeyRecord> records;
    /** SQLite's data_version when {@link #records} were read: another connection's commit changes it. */
    private long recordsVersion;

    KeyStore(Vault vault, Path file, VaultOptions options, VaultDatabase database, SealKeeper sealKeeper, KeyRows rows) {
        this.vault = vault;
        this.file = file;
        this.options = options;
        this.database = database;
        this.sealKeeper = sealKeeper;
        this.rows = rows;
    }

    KeyRows rows() {
        return rows;
    }

    /** After a password change or a format update: the values are read and written with {@code newRows}. */
    void useRows(KeyRows newRows) {
        rows = newRows;
    }

    /** On lock: the decrypted records go. */
    void forget() {
        records = null;
    }

    /** Active (not archived) keys, by label. */
    List<KeyRecord> active() throws VaultException {
        return records().values().stream().filter(record -> !record.archived()).sorted(BY_LABEL).toList();
    }

    /** Archived keys, newest first. */
    List<KeyRecord> archived() throws VaultException {
        return records().values().stream().filter(KeyRecord::archived).sorted(NEWEST_ARCHIVED_FIRST).toList();
    }

    /** The active key with this label (stripped; case-insensitive), if any. */
    Optional<KeyRecord> activeByLabel(String label) throws VaultException {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip();
        return records().values().stream()
                .filter(record -> !record.archived() && record.label().equalsIgnoreCase(wanted))
                .findFirst();
    }

    SaveOutcome add(KeyDraft draft) throws VaultException {
        Objects.requireNonNull(draft, "draft");
        if (draft.credentials() == null) {
            throw Problems.invalid("Enter the API key, the secret key and the passphrase to add a key.");
        }
        KeyMetadata metadata = DraftChecks.validated(draft, null, records().values());
        List<String> duplicates = labelsHoldingApiKey(draft.credentials().apiKey(), null);
        List<String> notes = archivedHolding(draft.credentials().apiKey());
        Instant now = now();
        long id = write("save the key", (connection, seal) -> {
            long added = rows.insert(connection, metadata, draft.credentials(), now);
            seal.afterKey(added);
            return added;
        });
        KeyRecord record = metadata.toRecord(id, now, now);
        records.put(id, record);
        return new SaveOutcome(record, duplicates, notes);
    }

    SaveOutcome update(long id, KeyDraft draft) throws VaultException {
        Objects.requireNonNull(draft, "draft");
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is archived, so it cannot be edited. Add a new key instead.");
        }
        KeyMetadata metadata = KeyMetadata.of(existing).editedBy(DraftChecks.validated(draft, id, records().values()));
        List<String> duplicates;
        List<String> notes = List.of();
        if (draft.credentials() != null) {
            duplicates = labelsHoldingApiKey(draft.credentials().apiKey(), id);
            try (Credentials stored = credentials(id)) {
                if (!stored.apiKey().contentEquals(draft.credentials().apiKey())) {
                    notes = archivedHolding(draft.credentials().apiKey());
                }
            }
        } else {
            try (Credentials stored = credentials(id)) {
                duplicates = labelsHoldingApiKey(stored.apiKey(), id);
            }
        }
        Instant now = now();
        write("save the key", (connection, seal) -> {
            seal.beforeKey(id);
            rows.writeMetadata(connection, id, metadata, now);
            if (draft.credentials() != null) {
                rows.writeCredentials(connection, id, draft.credentials());
            }
            seal.afterKey(id);
            return null;
        });
        KeyRecord record = metadata.toRecord(id, existing.createdAt(), now);
        records.put(id, record);
        return new SaveOutcome(record, duplicates, notes);
    }

    SaveOutcome replace(long oldId, KeyDraft replacement, String archivedLabel, HistoryEntry oldNote, HistoryEntry newNote) throws VaultException {
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
        KeyMetadata added = DraftChecks.validated(replacement, oldId, records().values());
        List<String> duplicates = labelsHoldingApiKey(replacement.credentials().apiKey(), oldId);
        List<String> notes = archivedHolding(replacement.credentials().apiKey());
        String oldLabel = archivedLabel == null || archivedLabel.isBlank() ? old.label() : archivedLabel.strip();
        Instant now = now();
        long newId = write("rotate the key", (connection, seal) -> {
            long id = rows.insert(connection, added, replacement.credentials(), now);
            KeyMetadata archived = KeyMetadata.of(old).relabelled(oldLabel).archived(now, id);
            seal.beforeKey(oldId);
            rows.writeMetadata(connection, oldId, archived, now);
            seal.afterKey(oldId);
            seal.afterKey(id);
            seal.afterHistory(rows.insertHistory(connection, oldId, oldNote, now));
            seal.afterHistory(rows.insertHistory(connection, id, newNote, now));
            return id;
        });
        records.put(oldId, KeyMetadata.of(old).relabelled(oldLabel).archived(now, newId)
                .toRecord(oldId, old.createdAt(), now));
        KeyRecord record = added.toRecord(newId, now, now);
        records.put(newId, record);
        return new SaveOutcome(record, duplicates, notes);
    }

    Credentials credentials(long id) throws VaultException {
        existing(id);
        return read("read the key", connection -> rows.credentials(connection, id));
    }

    Secret apiKey(long id) throws VaultException {
        existing(id);
        return read("read the key", connection -> rows.apiKey(connection, id));
    }

    void delete(long id) throws VaultException {
        existing(id);
        write("delete the key", (connection, seal) -> {
            seal.beforeKey(id);
            seal.beforeHistoryOf(id);
            rows.delete(connection, id);
            return null;
        });
        records.remove(id);
    }

    void archive(long id, Long replacedById) throws VaultException {
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is already archived.");
        }
        if (replacedById != null && (replacedById == id || !records().containsKey(replacedById))) {
            throw Problems.invalid("The replacement key (id " + replacedById
                    + ") is not in this vault. Save the new key first, then archive the old one.");
        }
        saveMetadata(existing, KeyMetadata.of(existing).archived(now(), replacedById));
    }

    void unarchive(long id) throws VaultException {
        saveMetadata(existing(id), restorable(id));
    }

    /** Restores the key and records {@code note} in its history in one transaction: both or neither. */
    void unarchiveWithNote(long id, HistoryEntry note) throws VaultException {
        Objects.requireNonNull(note, "note");
        KeyRecord existing = existing(id);
        KeyMetadata restored = restorable(id);
        Instant now = now();
        write("restore the key", (connection, seal) -> {
            seal.beforeKey(id);
            rows.writeMetadata(connection, id, restored, now);
            seal.afterKey(id);
            seal.afterHistory(rows.insertHistory(connection, id, note, now));
            return null;
        });
        records.put(id, restored.toRecord(id, existing.createdAt(), now));
    }

    /** The key's metadata without its archive mark, after making sure it may come back. */
    private KeyMetadata restorable(long id) throws VaultException {
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
        return KeyMetadata.of(existing).archived(null, null);
    }

    void archiveWithNote(long id, HistoryEntry note) throws VaultException {
        Objects.requireNonNull(note, "note");
        KeyRecord existing = existing(id);
        if (existing.archived()) {
            throw Problems.invalid("\"" + existing.label() + "\" is already archived.");
        }
        Instant now = now();
        KeyMetadata archived = KeyMetadata.of(existing).archived(now, null);
        write("archive the key", (connection, seal) -> {
            seal.beforeKey(id);
            rows.writeMetadata(connection, id, archived, now);
            seal.afterKey(id);
            seal.afterHistory(rows.insertHistory(connection, id, note, now));
            return null;
        });
        records.put(id, archived.toRecord(id, existing.createdAt(), now));
    }

    void setChecklistDone(long id, Set<String> stepIds) throws VaultException {
        Objects.requireNonNull(stepIds, "stepIds");
        KeyRecord existing = existing(id);
        saveMetadata(existing, KeyMetadata.of(existing).withChecklist(stepIds));
    }

    void recordHistory(long id, HistoryEntry entry) throws VaultException {
        Objects.requireNonNull(entry, "entry");
        existing(id);
        Instant now = now();
        sealed("record the key's history", (connection, seal) -> {
            seal.afterHistory(rows.insertHistory(connection, id, entry, now));
            return null;
        });
    }

    List<HistoryEntry> history(long id) throws VaultException {
        existing(id);
        return read("read the key's history", connection -> rows.history(connection, id));
    }

    /**
     * Notes on the archived keys holding {@code apiKey}.
     *
     * @throws VaultException when one of them was revoked: it may have leaked, so it is not saved again
     */
    private List<String> archivedHolding(Secret apiKey) throws VaultException {
        List<Long> ids = read("compare the API key with the archived ones", connection -> rows.idsHoldingApiKey(connection, apiKey));
        List<String> notes = new ArrayList<>();
        for (Long id : ids) {
            KeyRecord other = records().get(id);
            if (other == null || !other.archived()) {
                continue;
            }
            String sentence = ArchivedApiKey.sentence(other, now(), options.clock().getZone());
            if (ArchivedApiKey.revoked(other)) {
                throw Problems.invalid(sentence);
            }
            notes.add(sentence);
        }
        return notes;
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

    private void saveMetadata(KeyRecord existing, KeyMetadata metadata) throws VaultException {
        Instant now = now();
        write("save the key", (connection, seal) -> {
            seal.beforeKey(existing.id());
            rows.writeMetadata(connection, existing.id(), metadata, now);
            seal.afterKey(existing.id());
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

    Map<Long, KeyRecord> records() throws VaultException {
        if (records == null || vault.isShared() && changedElsewhere()) {
            recordsVersion = read("read the keys", connection -> database.dataVersion());
            records = read("read the keys", rows::loadAll);
        }
        return records;
    }

    /** True when another process committed a change since the records were read. */
    private boolean changedElsewhere() throws VaultException {
        return read("read the keys", connection -> database.dataVersion()) != recordsVersion;
    }

    <T> T read(String action, RowWork<T> work) throws VaultException {
        try {
            return work.run(database.connection());
        } catch (SQLException e) {
            throw database.problem(action, e);
        } catch (KeyRows.DamagedValue e) {
            throw damagedOrRekeyed(e);
        }
    }

    /** A value that does not decrypt is damage, unless another opener changed the password (and the key). */
    private VaultException damagedOrRekeyed(KeyRows.DamagedValue e) {
        try {
            if (vault.isShared() && !Arrays.equals(database.readHeader(), vault.header().encode())) {
                return Problems.passwordChangedElsewhere(file);
            }
        } catch (SQLException unreadable) {
            // reported as the damage it looks like
        }
        return Problems.damaged(file, e.what(), null);
    }

    private Instant now() {
        return options.clock().instant();
    }

    private void ensureWriter() throws VaultException {
        if (vault.isShared()) {
            throw Problems.sharedCannotChange(file);
        }
    }

    /** A change to the keys: only the process holding the vault may make it. */
    private <T> T write(String action, SealedWork<T> work) throws VaultException {
        ensureWriter();
        return sealed(action, work);
    }

    /** One transaction that updates the seal for the rows it touches and raises the generation. */
    private <T> T sealed(String action, SealedWork<T> work) throws VaultException {
        try {
            return database.inTransaction(connection -> {
                try {
                    VaultSeal.Update update = vault.formatVersion() < Schema.SEALED_FROM ? sealKeeper.seal().unsealed()
                            : sealKeeper.begin(connection, database, vault.header());
                    T result = work.run(connection, update);
                    sealKeeper.committing(update.commit());
                    return result;
                } catch (KeyRows.DamagedValue e) {
                    throw Problems.damaged(file, e.what(), null);
                }
            });
        } catch (SQLException e) {
            sealKeeper.rolledBack();
            throw database.problem(action, e);
        } catch (VaultException | RuntimeException e) {
            sealKeeper.rolledBack();
            throw e;
        } finally {
            sealKeeper.committed();
        }
    }

    @FunctionalInterface
    interface RowWork<T> {
        T run(Connection connection) throws SQLException, KeyRows.DamagedValue, VaultException;
    }

    @FunctionalInterface
    private interface SealedWork<T> {
        T run(Connection connection, VaultSeal.Update seal) throws SQLException, KeyRows.DamagedValue, VaultException;
    }
}
