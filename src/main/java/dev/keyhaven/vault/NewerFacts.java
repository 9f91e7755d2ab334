package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What OKX told the vault after a backup was made and the backup does not know: that it no longer knows a key's
 * API key (see {@link GoneOnOkx}). Writes each such check into a copy of the backup, to every key holding that
 * API key, under the vault's data key and seal, so that a restore does not bring back an old fact as current.
 */
final class NewerFacts {

    private static final String OLDER_PASSWORD = "it opens with an older master password";

    private final KeyStore vaultNow;
    private final KeyRows rows;
    private final VaultSeal seal;

    NewerFacts(KeyStore vaultNow, KeyRows rows, VaultSeal seal) {
        this.vaultNow = vaultNow;
        this.rows = rows;
        this.seal = seal;
    }

    /** The check that last said OKX no longer knows the key, and that key's API key (closed by the caller). */
    private record Refusal(Secret apiKey, HistoryEntry check) {
    }

    /**
     * {@code standing}'s backup made ready to take the vault's place in {@code copy}, the checked copy {@code standing}
     * was read from; refused when it is not {@link BackupStanding#restorable() restorable} (damaged, or changed
     * outside Keyhaven since it was made). The caller removes {@code copy} unless the result holds it.
     */
    PreparedRestore prepare(BackupStanding standing, Path copy, Instant now) throws VaultException {
        Backup backup = standing.backup();
        if (!standing.restorable()) {
            return PreparedRestore.refused(standing);
        }
        List<Refusal> refusals = refusalsSince(standing.holdsNoChangeAfter());
        try {
            if (refusals.isEmpty()) {
                return new PreparedRestore(backup, copy, List.of(), null);
            }
            if (standing.state() == BackupStanding.State.OLDER_PASSWORD) {
                // Only the data key of the password it was made with opens it.
                return new PreparedRestore(backup, copy, List.of(), OLDER_PASSWORD);
            }
            return carryInto(backup, copy, refusals, now);
        } finally {
            refusals.forEach(refusal -> refusal.apiKey().close());
        }
    }

    private List<Refusal> refusalsSince(Instant made) throws VaultException {
        List<Refusal> refusals = new ArrayList<>();
        for (KeyRecord record : vaultNow.records().values()) {
            List<HistoryEntry> history = vaultNow.history(record.id());
            Optional<HistoryEntry> check = GoneOnOkx.saying(history).filter(said -> said.at().isAfter(made));
            if (check.isPresent()) {
                refusals.add(new Refusal(vaultNow.apiKey(record.id()), check.get()));
            }
        }
        return refusals;
    }

    private PreparedRestore carryInto(Backup backup, Path prepared, List<Refusal> refusals, Instant now)
            throws VaultException {
        List<String> carried = new ArrayList<>();
        try {
            try (VaultDatabase copy = VaultDatabase.openReadWrite(prepared)) {
                if (copy.userVersion() < Schema.SEALED_FROM) {
                    return new PreparedRestore(backup, prepared, List.of(), "it is from an older version of Keyhaven");
                }
                copy.inTransaction(connection -> {
                    try {
                        long generation = seal.verify(connection);
                        Map<Long, KeyRecord> held = rows.loadAll(connection);
                        for (Refusal refusal : refusals) {
                            for (long id : rows.idsHoldingApiKey(connection, refusal.apiKey())) {
                                rows.insertHistory(connection, id, refusal.check(), now);
                                carried.add(held.get(id).label());
                            }
                        }
                        seal.sealCopyAsIs(connection, generation + 1);
                        return null;
                    } catch (VaultSeal.Broken broken) {
                        throw new ChangedSince(broken.getMessage());
                    } catch (KeyRows.DamagedValue damaged) {
                        throw new ChangedSince("a value in it does not decrypt");
                    }
                });
            }
            try (FileChannel channel = FileChannel.open(prepared, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return new PreparedRestore(backup, prepared, carried, null);
        } catch (ChangedSince changed) {
            // It was compared and read with this key a moment ago: it changed since.
            return PreparedRestore.refused(BackupStanding.edited(backup, changed.getMessage()));
        } catch (SQLException e) {
            VaultException problem = VaultDatabase.problem(prepared, "prepare the backup for restoring", e);
            if (problem.reason() == VaultException.Reason.DAMAGED) {
                // The copy's damage, not the vault's: a refusal, never a reason to restore the backup as it is.
                return PreparedRestore.refused(
                        BackupStanding.damaged(backup, "SQLite reports that its structure is broken"));
            }
            throw problem;
        } catch (IOException e) {
            throw Problems.io("prepare the backup for restoring", prepared, e);
        }
    }

    /** The copy's rows no longer match the seal that the comparison found fine: the message says what. */
    private static final class ChangedSince extends SQLException {
        private static final long serialVersionUID = 1L;

        ChangedSince(String what) {
            super(what);
        }
    }
}
