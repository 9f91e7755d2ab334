package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads each backup with the unlocked vault's own data key and compares its keys (by record id) with the
 * vault's. A backup whose values that key does not open, under another header, was made with an older
 * master password: it is said so, not guessed at. One whose values this key opens but whose header unlocks
 * differently had its header changed outside Keyhaven: the master password does not open it. One whose values
 * this key opens but whose rows do not match its seal was edited outside Keyhaven after it was made.
 */
final class BackupComparison {

    private final byte[] currentHeader;
    private final byte[] currentVaultId;
    private final KeyRows rows;
    private final Map<Long, KeyRecord> now;
    private final VaultSeal seal;
    private final KeyStore vaultNow;
    private final java.time.Instant checkedAt;

    /** How many characters of an API key tell keys of one label apart, as the old-key step shows them. */

    /** @param checkedAt now, against which a backup's name is checked ({@link BackupDate#inTheFuture}) */
    BackupComparison(byte[] currentHeader, KeyRows rows, Map<Long, KeyRecord> now, VaultSeal seal,
                     KeyStore vaultNow, java.time.Instant checkedAt) {
        this.currentHeader = currentHeader.clone();
        this.currentVaultId = VaultHeader.vaultIdOrNull(currentHeader);
        this.rows = rows;
        this.now = now;
        this.seal = seal;
        this.vaultNow = vaultNow;
        this.checkedAt = checkedAt;
    }

    /** Throws only for a passing reason of the vault now (busy, locked, in use, a disk error): see {@link #read}. */
    List<BackupStanding> compare(List<Backup> backups) throws VaultException {
        List<BackupStanding> standings = new ArrayList<>();
        for (Backup backup : backups) {
            standings.add(compare(backup));
        }
        return standings;
    }

    BackupStanding compare(Backup backup) throws VaultException {
        return compare(backup, backup.file());
    }

    /**
     * {@code backup} as {@code file} holds it: the backup itself, or a copy of it made for a restore, which is then
     * the file that takes the vault's place. Format, structure and contents are read on one connection.
     */
    BackupStanding compare(Backup backup, java.nio.file.Path file) throws VaultException {
        return read(backup, file).nameCheckedAt(checkedAt);
    }

    /**
     * The vault's own reads (its history, its API keys) failing for a passing reason are that failure, not the
     * backup's damage: nothing is wrong with the backup, and the next step is to try again.
     */
    private BackupStanding read(Backup backup, java.nio.file.Path file) throws VaultException {
        String notAFile = BackupFileCheck.notAFile(file);
        if (notAFile != null) {
            return BackupStanding.damaged(backup, notAFile);
        }
        try (VaultDatabase copy = VaultDatabase.openBackup(file)) {
            FormatClaim claim = copy.applicationId() == VaultDatabase.APPLICATION_ID ? FormatClaim.of(copy) : null;
            int known = Schema.current().latestVersion();
            if (claim != null && claim.newerThan(known)) {
                return BackupStanding.newerFormat(backup, claim.claimed(), known);
            }
            String problem = BackupFileCheck.structuralProblem(copy);
            if (problem != null) {
                return claim != null && claim.setBack() != null ? BackupStanding.edited(backup, claim.setBack())
                        : BackupStanding.damaged(backup, problem);
            }
            return compare(backup, copy);
        } catch (VaultException e) {
            if (passing(e)) {
                throw e;
            }
            return BackupStanding.damaged(backup, "the vault's history of its keys cannot be read");
        } catch (SQLException e) {
            return BackupStanding.damaged(backup, "it cannot be read as a database");
        }
    }

    private static boolean passing(VaultException e) {
        return switch (e.reason()) {
            case BUSY, IO, LOCKED, IN_USE -> true;
            default -> false;
        };
    }

    private BackupStanding compare(Backup backup, VaultDatabase copy) throws VaultException, SQLException {
        byte[] stored = copy.readHeader();
        byte[] storedVaultId = stored == null ? null : VaultHeader.vaultIdOrNull(stored);
        if (storedVaultId != null && currentVaultId != null && !Arrays.equals(storedVaultId, currentVaultId)) {
            return BackupStanding.anotherVault(backup);
        }
        boolean sameHeader = Arrays.equals(stored, currentHeader);
        boolean sealed = copy.userVersion() >= Schema.SEALED_FROM;
        KeyRows reader = sealed ? rows : rows.unpaddedTwin();
        Collection<KeyRecord> held;
        try {
            held = reader.loadAll(copy.connection()).values();
        } catch (KeyRows.DamagedValue e) {
            // A format update may rewrite the header around the same data key, so only a value that does not decrypt
            // under a header that differs, in a copy whose seal this key does not open, tells of another password.
            return sameHeader || sealed && !brokenSeal(copy).map(VaultSeal.Broken::perhapsAnotherKey).orElse(false)
                    ? BackupStanding.damaged(backup, "a value in it does not decrypt")
                    : BackupStanding.olderPassword(backup);
        }
        Optional<VaultSeal.Broken> broken = sealed ? brokenSeal(copy) : Optional.empty();
        if (broken.isPresent()) {
            // With no key in it, no value tells another password: only a seal this key opens, or the same header, does.
            return held.isEmpty() && !sameHeader && broken.get().perhapsAnotherKey()
                    ? BackupStanding.olderPassword(backup)
                    : BackupStanding.edited(backup, broken.get().getMessage());
        }
        // Its values are under this vault's data key; only an edit outside Keyhaven gives them other unlock settings.
        if (!sameHeader && stored != null && (sealed || !held.isEmpty()) && headerChangedOutside(stored)) {
            return BackupStanding.headerChanged(backup);
        }
        try {
            return against(backup, held, new HistoryThen(reader, copy), sealed ? newestChange(copy) : null);
        } catch (KeyRows.DamagedValue e) {
            return sameHeader ? BackupStanding.damaged(backup, "a value in it does not decrypt")
                    : BackupStanding.olderPassword(backup);
        }
    }

    private boolean headerChangedOutside(byte[] stored) {
        try {
            return !VaultHeader.decode(stored).sameUnlockSettings(VaultHeader.decode(currentHeader));
        } catch (VaultHeader.Damaged damaged) {
            return true;
        }
    }

    /** Why the copy's rows do not match its seal under this vault's key, if they do not. */
    private Optional<VaultSeal.Broken> brokenSeal(VaultDatabase copy) throws SQLException {
        try {
            seal.verify(copy.connection());
            return Optional.empty();
        } catch (VaultSeal.Broken broken) {
            return Optional.of(broken);
        }
    }

    /** A key's history as the backup holds it. */
    private record HistoryThen(KeyRows reader, VaultDatabase copy) {
        List<HistoryEntry> of(long id) throws SQLException, KeyRows.DamagedValue {
            return reader.history(copy.connection(), id);
        }

        Secret apiKey(long id) throws SQLException, KeyRows.DamagedValue {
            return reader.apiKey(copy.connection(), id);
        }
    }

    /**
     * The newest time its rows record, which the seal verified above covers (a renamed file keeps it); null for an
     * empty copy, which records none.
     */
    private static java.time.Instant newestChange(VaultDatabase copy) throws SQLException {
        try (java.sql.Statement statement = copy.connection().createStatement();
             java.sql.ResultSet newest = statement.executeQuery("SELECT max(t) FROM (SELECT max(created_at, updated_at)"
                     + " AS t FROM keys UNION ALL SELECT recorded_at FROM history)")) {
            long millis = newest.next() ? newest.getLong(1) : 0;
            return newest.wasNull() ? null : java.time.Instant.ofEpochMilli(millis);
        }
    }

    private BackupStanding against(Backup backup, Collection<KeyRecord> held, HistoryThen historyThen,
                                   java.time.Instant asOf) throws VaultException, SQLException, KeyRows.DamagedValue {
        Map<Long, KeyRecord> byId = new java.util.HashMap<>();
        held.forEach(record -> byId.put(record.id(), record));
        int active = (int) held.stream().filter(record -> !record.archived()).count();
        List<String> lacksActive = new ArrayList<>();
        List<String> lacksArchived = new ArrayList<>();
        List<String> activeAgain = new ArrayList<>();
        List<BackupStanding.GoneKey> gone = new ArrayList<>();
        Set<String> shared = sharedLabels(held);
        for (KeyRecord record : sorted(now.values())) {
            KeyRecord then = byId.get(record.id());
            if (then == null) {
                (record.archived() ? lacksArchived : lacksActive).add(named(record, shared, historyThen, false));
            } else if (record.archived() && !then.archived()) {
                String name = named(record, shared, historyThen, true);
                activeAgain.add(name);
                goneOnOkx(record.id(), name, historyThen).ifPresent(gone::add);
            }
        }
        List<String> extra = new ArrayList<>();
        for (KeyRecord record : sorted(held)) {
            if (!now.containsKey(record.id())) {
                String name = shared.contains(labelKey(record))
                        ? record.label() + " (API key " + apiKeyStart(historyThen.apiKey(record.id())) + ")"
                        : record.label();
                extra.add(name);
                if (!record.archived()) {
                    goneOnOkx(record.id(), name, historyThen).ifPresent(gone::add);
                }
            }
        }
        List<String> lacks = new ArrayList<>(lacksActive);
        lacks.addAll(lacksArchived);
        int vaultActive = (int) now.values().stream().filter(record -> !record.archived()).count();
        return new BackupStanding(backup, BackupStanding.State.COMPARED, active, held.size() - active, vaultActive,
                lacks, lacksArchived.size(), extra, activeAgain, "", gone, asOf, false);
    }

    /** Whether the newest check of the key, in the vault now or in the backup, found that OKX no longer knows it. */
    private Optional<BackupStanding.GoneKey> goneOnOkx(long id, String name, HistoryThen historyThen)
            throws VaultException, SQLException, KeyRows.DamagedValue {
        List<HistoryEntry> history = new ArrayList<>(historyThen.of(id));
        if (now.containsKey(id)) {
            history.addAll(vaultNow.history(id));
        }
        return GoneOnOkx.saidAt(history).map(at -> new BackupStanding.GoneKey(name, at));
    }

    /**
     * Labels that more than one key carries, in the vault now or in the backup (a rotation keeps the label): such
     * keys are named by what they are now, so that "restoring it loses Gridbot" cannot be read as the other one.
     */
    private Set<String> sharedLabels(Collection<KeyRecord> held) {
        Map<String, Set<Long>> ids = new java.util.HashMap<>();
        java.util.stream.Stream.concat(now.values().stream(), held.stream())
                .forEach(record -> ids.computeIfAbsent(labelKey(record), label -> new java.util.HashSet<>())
                        .add(record.id()));
        return ids.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A key of the vault now by its label; one whose label another key carries too, by the start of its API key
     * (not a secret: OKX's API page shows it) and what it is now, e.g. "Gridbot (API key 7ac8d1e2…, in use now)".
     */
    private String named(KeyRecord inVaultNow, Set<String> shared, HistoryThen historyThen, boolean inBackup)
            throws VaultException, SQLException, KeyRows.DamagedValue {
        if (!shared.contains(labelKey(inVaultNow))) {
            return inVaultNow.label();
        }
        String start = apiKeyStart(inBackup ? historyThen.apiKey(inVaultNow.id()) : vaultNow.apiKey(inVaultNow.id()));
        return inVaultNow.label() + " (API key " + start + ", " + (inVaultNow.archived() ? "the archived one)"
                : "in use now)");
    }

    /** e.g. "7ac8d1e2…"; closes {@code apiKey}. */
    private static String apiKeyStart(Secret apiKey) {
        try (apiKey) {
            return ApiKeyStart.of(apiKey) + "\u2026";
        }
    }

    private static String labelKey(KeyRecord record) {
        return record.label().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<KeyRecord> sorted(Collection<KeyRecord> records) {
        return records.stream().sorted(java.util.Comparator.comparing(KeyRecord::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
