package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A backup made ready to take its vault's place: an owner-only copy of it, checked (format, structure, and with the
 * vault's key its seal and what it holds), into which what OKX said since it was made (that it no longer knows a key
 * it holds) is written and sealed, so the restored vault does not show that key as fine. Made by {@link
 * VaultBackups#prepareRestore} while the vault is unlocked; {@link VaultFile#restore(Path, PreparedRestore,
 * VaultOptions)} renames exactly that copy into place, never the backup read again. Closing it removes the copy.
 */
public final class PreparedRestore implements AutoCloseable {

    private final Backup backup;
    private final Path prepared;
    private final List<String> carried;
    private final String notCarried;
    private final BackupStanding refused;
    /** The SHA-256 of {@link #prepared} once every check passed, or null until then. */
    private byte[] checked;

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

    /** Notes what the copy holds once every check passed: the restore renames it only while it still holds that. */
    PreparedRestore checked(byte[] sha256) {
        this.checked = sha256.clone();
        return this;
    }

    /** Whether {@code sha256} is what the copy held when every check passed. */
    boolean stillAsChecked(byte[] sha256) {
        return checked != null && java.security.MessageDigest.isEqual(checked, sha256);
    }

    /**
     * The backup as it is, for a restore while the open vault itself cannot be read ({@code failure} of {@link
     * VaultBackups#prepareRestore}: DAMAGED or TAMPERED, which it gives only for the vault; a damaged backup or copy
     * is a refusal); empty for a passing reason (busy, locked, in use, a disk error), when nothing is to be restored
     * now. The restore copies it and checks its structure on that copy before it takes the vault's place.
     */
    public static Optional<PreparedRestore> whenTheVaultCannotBeRead(Backup backup, VaultException failure) {
        if (!vaultCannotBeRead(failure)) {
            return Optional.empty();
        }
        return Optional.of(asIs(backup, unreadableVault(failure)));
    }

    /** Why what OKX said since is not carried into a backup when the vault it replaces cannot be read. */
    static String unreadableVault(VaultException failure) {
        return failure.reason() == VaultException.Reason.TAMPERED
                ? "the vault it replaces was changed outside Keyhaven, so its history was not trusted"
                : "the vault it replaces could not be read (it is damaged)";
    }

    /**
     * Whether {@code failure} (of opening the vault, or of {@link VaultBackups#prepareRestore}) says that the vault
     * itself cannot be read.
     */
    public static boolean vaultCannotBeRead(VaultException failure) {
        return failure.reason() == VaultException.Reason.DAMAGED || failure.reason() == VaultException.Reason.TAMPERED;
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

    /** The checked copy to put in the vault's place; empty for the backup as it is (refused: nothing to put). */
    Optional<Path> copy() {
        return Optional.ofNullable(prepared);
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
