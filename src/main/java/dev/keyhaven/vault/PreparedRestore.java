package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A backup made ready to take its vault's place: a copy of it into which what OKX said since it was made (that it
 * no longer knows a key it holds) is written and sealed, so the restored vault does not show that key as fine.
 * Made by {@link VaultBackups#prepareRestore} while the vault is unlocked; {@link VaultFile#restore(Path,
 * PreparedRestore, VaultOptions)} puts it in place in one rename. Closing it removes the prepared copy.
 */
public final class PreparedRestore implements AutoCloseable {

    private final Backup backup;
    private final Path prepared;
    private final List<String> carried;
    private final String notCarried;
    private final BackupStanding refused;

    PreparedRestore(Backup backup, Path prepared, List<String> carried, String notCarried) {
        this(backup, prepared, carried, notCarried, null);
    }

    private PreparedRestore(Backup backup, Path prepared, List<String> carried, String notCarried,
                            BackupStanding refused) {
        this.backup = Objects.requireNonNull(backup, "backup");
        this.prepared = prepared;
        this.carried = List.copyOf(carried);
        this.notCarried = notCarried;
        this.refused = refused;
    }

    /** A backup that is not to take the vault's place ({@link BackupStanding#restorable()} is false): see {@link #refusal()}. */
    static PreparedRestore refused(BackupStanding standing) {
        return new PreparedRestore(standing.backup(), null, List.of(), null, standing);
    }

    /**
     * The backup as it is, for a restore that cannot read the vault now (damaged, changed outside Keyhaven, no
     * password): {@code why} says so, e.g. "the vault now cannot be read".
     */
    public static PreparedRestore asIs(Backup backup, String why) {
        return new PreparedRestore(backup, null, List.of(), why);
    }

    public Backup backup() {
        return backup;
    }

    /** The keys of the backup that the restored vault will know as deleted on OKX, by their label in it. */
    public List<String> carried() {
        return carried;
    }

    /**
     * Why what OKX said since the backup was made is not carried into it, when something was to be carried, e.g.
     * "What OKX said since this backup was made is not carried into it: it opens with an older master password."
     */
    public Optional<String> notCarried() {
        return Optional.ofNullable(notCarried)
                .map(why -> "What OKX said since this backup was made is not carried into it: " + why + ".");
    }

    /**
     * What the restored vault keeps of what OKX said since the backup was made, for the line after "Restored the
     * backup from …": e.g. " OKX said since that it no longer knows Gridbot: the restored vault says so.", the
     * {@link #notCarried()} sentence, or "" when OKX said nothing new of its keys.
     */
    public String afterRestore() {
        if (notCarried != null) {
            return " " + notCarried().orElseThrow();
        }
        if (carried.isEmpty()) {
            return "";
        }
        return " OKX said since that it no longer knows " + String.join(", ", carried.stream().distinct().toList())
                + ": the restored vault says so.";
    }

    /**
     * Why this backup is not restored, when it is not: e.g. "The backup from 3 Dec 2026, 12:00 cannot be restored:
     * Changed outside Keyhaven since it was made (…): Keyhaven does not trust what it holds. Keyhaven will not
     * restore it: choose another backup. …". {@link VaultFile#restore(Path, PreparedRestore, VaultOptions)} refuses it.
     */
    public Optional<String> refusal() {
        return Optional.ofNullable(refused).map(standing -> "The backup from " + Problems.describe(backup.createdAt())
                + " cannot be restored: " + standing.holds() + " " + standing.comparison());
    }

    /**
     * The refusal as the restore's failure: damage is damage, any other refusal a change outside Keyhaven; so that
     * the app says it before it locks to restore.
     */
    public Optional<VaultException> refusalProblem() {
        return refusal().map(sentence -> new VaultException(refused.state() == BackupStanding.State.DAMAGED
                ? VaultException.Reason.DAMAGED : VaultException.Reason.TAMPERED, sentence));
    }

    /** The file to put in the vault's place: the prepared copy, or the backup itself. */
    Path source() {
        return prepared == null ? backup.file() : prepared;
    }

    @Override
    public void close() {
        if (prepared != null) {
            try {
                Files.deleteIfExists(prepared);
            } catch (IOException ignored) {
                // removed by the next restore's preparation
            }
        }
    }
}
