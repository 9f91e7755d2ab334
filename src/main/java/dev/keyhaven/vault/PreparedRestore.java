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

    PreparedRestore(Backup backup, Path prepared, List<String> carried, String notCarried) {
        this.backup = Objects.requireNonNull(backup, "backup");
        this.prepared = prepared;
        this.carried = List.copyOf(carried);
        this.notCarried = notCarried;
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
