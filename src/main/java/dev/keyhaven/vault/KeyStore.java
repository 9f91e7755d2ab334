package dev.keyhaven.vault;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.time.Instant;
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
    private final VaultOptions options;
    private final VaultDatabase database;
    private final ApiKeyHolders holders;
    private final KeyTransactions transactions;
    private KeyRows rows;
    private Map<Long, KeyRecord> records;
    /** SQLite's data_version when {@link #records} were read: another connection's commit changes it. */
    private long recordsVersion;

    KeyStore(Vault vault, Path file, VaultOptions options, VaultDatabase database, SealKeeper sealKeeper, KeyRows rows) {
        this.vault = vault;
        this.options = options;
        this.database = database;
        this.rows = rows;
        this.holders = new ApiKeyHolders(this, options);
        this.transactions = new KeyTransactions(vault, file, database, sealKeeper);
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
        List<String> duplicates = holders.labelsHoldingApiKey(draft.credentials().apiKey(), null);
        List<String> notes = holders.archivedHolding(draft.credentials().apiKey());
        Instant now = now();
        long id = transactions.write("save the key", (connection, seal) -> {
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
            duplicates = holders.labelsHoldingApiKey(draft.credentials().apiKey(), id);
            try (Credentials stored = credentials(id)) {
                if (!stored.apiKey().contentEquals(draft.credentials().apiKey())) {
                    notes = holders.archivedHolding(draft.credentials().apiKey());
                }
            }
        } else {
            try (Credentials stored = credentials(id)) {
                duplicates = holders.labelsHoldingApiKey(stored.apiKey(), id);
            }
        }
        Instant now = now();
        transactions.write("save the key", (connection, seal) -> {
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
        List<String> duplicates = holders.labelsHoldingApiKey(replacement.credentials().apiKey(), oldId);
        List<String> notes = holders.archivedHolding(replacement.credentials().apiKey());
        String oldLabel = archivedLabel == null || archivedLabel.isBlank() ? old.label() : archivedLabel.strip();
        Instant now = now();
        long newId = transactions.write("rotate the key", (connection, seal) -> {
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
        transactions.write("delete the key", (connection, seal) -> {
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
        transactions.write("restore the key", (connection, seal) -> {
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
        transactions.write("archive the key", (connection, seal) -> {
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
        transactions.sealed("record the key's history", (connection, seal) -> {
            seal.afterHistory(rows.insertHistory(connection, id, entry, now));
            return null;
        });
    }

    List<HistoryEntry> history(long id) throws VaultException {
        existing(id);
        return read("read the key's history", connection -> rows.history(connection, id));
    }

    Map<Long, List<HistoryEntry>> histories(Set<Long> keyIds) throws VaultException {
        Set<Long> asked = Set.copyOf(keyIds);
        return read("read the keys' histories", connection -> rows.histories(connection, asked));
    }

    private void saveMetadata(KeyRecord existing, KeyMetadata metadata) throws VaultException {
        Instant now = now();
        transactions.write("save the key", (connection, seal) -> {
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

    <T> T read(String action, KeyTransactions.RowWork<T> work) throws VaultException {
        return transactions.read(action, work);
    }

    private Instant now() {
        return options.clock().instant();
    }
}
