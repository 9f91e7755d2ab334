package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * One opener's side of the seal: checks it at unlock, keeps the generation this opener last saw,
 * compares it with the {@link GenerationMemory}, and turns a broken seal into "changed outside
 * Keyhaven" with the newest backup that verifies.
 */
final class SealKeeper implements AutoCloseable {

    /** Marks a remembered generation whose older copy the user has not accepted yet. */
    private static final String PENDING = "!";

    private final Path file;
    private final byte[] vaultId;
    private final GenerationMemory memory;
    private final Clock clock;
    private VaultSeal seal;
    private long generation;
    private long pending = -1;
    private String olderCopy;
    private String memoryUnreadable;

    SealKeeper(Path file, byte[] vaultId, VaultSeal seal, GenerationMemory memory, Clock clock) {
        this.file = file;
        this.vaultId = vaultId.clone();
        this.seal = seal;
        this.memory = memory;
        this.clock = clock;
    }

    VaultSeal seal() {
        return seal;
    }

    long generation() {
        return generation;
    }

    /** Checks the seal of a file of {@code formatVersion}; a file from before seals counts as generation 0. */
    void verifyAtUnlock(Connection connection, VaultDatabase database, VaultHeader header, int formatVersion)
            throws SQLException, VaultException {
        if (formatVersion < Schema.SEALED_FROM) {
            generation = 0;
        } else {
            try {
                generation = seal.verifyOwn(connection);
            } catch (VaultSeal.Broken e) {
                throw tampered(e.getMessage(), database, header);
            }
        }
        if (memory == null) {
            return;
        }
        memory.setAsideIfUnreadable(clock).ifPresent(kept -> memoryUnreadable = Problems.memoryUnreadable(file, kept));
        Optional<GenerationMemory.Seen> seen = memory.lastSeen(vaultId);
        boolean warnedBefore = seen.isPresent() && seen.get().fingerprint().startsWith(PENDING);
        // Same generation, another seal: a copy that went another way after an older state.
        boolean older = seen.isPresent() && (warnedBefore
                || seen.get().generation() > generation
                || seen.get().generation() == generation && !seen.get().fingerprint().isEmpty()
                        && !seen.get().fingerprint().equals(seal.fingerprint()));
        if (older) {
            olderCopy = Problems.olderCopy(file, seen.get().generation(), generation, warnedBefore);
            if (!seen.get().fingerprint().startsWith(PENDING)) {
                // Warned about until accepted, even once later writes have raised the generation again.
                memory.remember(vaultId, seen.get().generation(), PENDING + seen.get().fingerprint());
            }
        } else {
            remember();
        }
    }

    /**
     * After {@link #verifyAtUnlock}, with a memory: the file was found in a lower format than the one last
     * seen of this vault at its path, an older copy warned about until accepted, as a lower generation is
     * (when the generation told it already, it is marked so).
     */
    void formatWentBack(int seenFormat, int foundFormat) {
        if (olderCopy == null) {
            olderCopy = Problems.olderFormat(file, seenFormat, foundFormat);
            memory.remember(vaultId, generation, PENDING + seal.fingerprint());
        }
    }

    VaultSeal.Update begin(Connection connection, VaultDatabase database, VaultHeader header)
            throws SQLException, VaultException {
        try {
            return seal.begin(connection);
        } catch (VaultSeal.Broken e) {
            if (!Arrays.equals(database.readHeader(), header.encode())) {
                throw Problems.passwordChangedElsewhere(file);
            }
            throw tampered(e.getMessage(), database, header);
        }
    }

    void committing(long next) {
        pending = next;
    }

    void rolledBack() {
        pending = -1;
    }

    void committed() {
        if (pending >= 0) {
            generation = pending;
            pending = -1;
            remember();
        }
    }

    /** After a password change: the new key's seal, at the generation the change wrote. */
    void replaced(VaultSeal newSeal, long newGeneration) {
        VaultSeal old = seal;
        seal = newSeal;
        old.close();
        generation = newGeneration;
        remember();
    }

    Optional<String> olderCopyWarning() {
        return Optional.ofNullable(olderCopy);
    }

    /** Said once: the memory of this vault's newest change was not as Keyhaven wrote it, and was set aside. */
    Optional<String> memoryUnreadableWarning() {
        return Optional.ofNullable(memoryUnreadable);
    }

    void acceptOlderCopy() {
        olderCopy = null;
        remember();
    }

    /** "Changed outside Keyhaven", pointing to the newest backup whose seal this key verifies. */
    VaultException tampered(String what, VaultDatabase database, VaultHeader header) {
        byte[] current = header.encode();
        Path good = null;
        try {
            for (Backup backup : BackupManager.forVault(file).list()) {
                if (BackupFileCheck.structuralProblem(backup.file()) != null) {
                    continue; // a link, a newer or set-back format...: the restore refuses it, so it is not offered
                }
                try (VaultDatabase copy = VaultDatabase.openReadOnly(backup.file())) {
                    if (copy.userVersion() >= Schema.SEALED_FROM && Arrays.equals(copy.readHeader(), current)) {
                        seal.verify(copy.connection());
                        good = backup.file();
                        break;
                    }
                } catch (SQLException | VaultSeal.Broken notThisOne) {
                    // damaged or changed too: look at the next older one
                }
            }
        } catch (VaultException unreadableFolder) {
            good = null;
        }
        return Problems.tampered(file, what, good);
    }

    /** Tells {@code memory} that the vault at {@code file} is now a copy Keyhaven restored on purpose. */
    static void restored(Path file, GenerationMemory memory) {
        if (memory == null) {
            return;
        }
        try (VaultDatabase restored = VaultDatabase.openReadOnly(file)) {
            VaultHeader header = VaultHeader.decode(restored.readHeader());
            memory.remember(header.vaultId(), VaultSeal.generationOf(restored.connection()), "");
        } catch (SQLException | VaultHeader.Damaged | RuntimeException e) {
            // a restored file that cannot be read is reported when it is unlocked
        }
    }

    private void remember() {
        if (memory != null && olderCopy == null) {
            memory.remember(vaultId, generation, generation == 0 ? "" : seal.fingerprint());
        }
    }

    @Override
    public void close() {
        seal.close();
    }
}
