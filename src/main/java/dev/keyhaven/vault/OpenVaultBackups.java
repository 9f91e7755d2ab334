package dev.keyhaven.vault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The backups an unlocked {@link Vault} makes: verified copies, on demand and daily. */
final class OpenVaultBackups {

    private final Path file;
    private final VaultOptions options;
    private final VaultDatabase database;
    private final BackupManager backups;
    private final KeyStore keyStore;
    private final SealKeeper sealKeeper;
    private String dailyProblem;

    OpenVaultBackups(Path file, VaultOptions options, VaultDatabase database, BackupManager backups, KeyStore keyStore,
                     SealKeeper sealKeeper) {
        this.file = file;
        this.options = options;
        this.database = database;
        this.backups = backups;
        this.keyStore = keyStore;
        this.sealKeeper = sealKeeper;
    }

    /** The vault's seal, which tells whether a copy was sealed with the vault's data key. */
    VaultSeal seal() {
        return sealKeeper.seal();
    }

    /** {@code backup} copied, checked with {@code comparison} and made ready to take the vault's place. */
    PreparedRestore prepareRestore(Backup backup, BackupComparison comparison, RestorePreparation.Meanwhile meanwhile)
            throws VaultException {
        NewerFacts facts = new NewerFacts(keyStore, keyStore.rows(), sealKeeper.seal());
        return new RestorePreparation(file, comparison, facts, meanwhile).prepare(backup, options.clock().instant());
    }

    List<Backup> list() throws VaultException {
        return backups.list();
    }

    /** Now, by the vault's clock. */
    java.time.Instant now() {
        return options.clock().instant();
    }

    /** A copy that opened and verified (seal, values) before it was kept; the newest five are kept. */
    Backup now(String reason, int formatVersion) throws VaultException {
        return backups.create(database, reason, options.clock().instant(), copy -> CopyVerification.verify(copy, database,
                formatVersion, keyStore.rows(), sealKeeper.seal(), file));
    }

    /** Makes the daily backup when it is due; a failure is kept for {@link #dailyProblem()}, not thrown. */
    void dailyIfDue(int formatVersion) {
        try {
            if (backups.dailyDue(options.clock().instant())) {
                now("daily", formatVersion);
            }
            dailyProblem = null;
        } catch (VaultException e) {
            dailyProblem = e.getMessage();
        }
    }

    /**
     * After the first key is saved: the daily backup (made on unlock) came before it, so without this a new vault
     * would hold its key a day without a backup of it. A failure is kept, not thrown: the key is saved.
     */
    void firstIfNone(int formatVersion, java.time.Instant keySavedAt) {
        try {
            java.time.Instant now = now();
            // Made since the key was saved is made by now: a name later than now (a copy renamed to 2999) is not.
            boolean madeSince = backups.list().stream().anyMatch(backup -> !backup.createdAt().isBefore(keySavedAt)
                    && !backup.createdAt().isAfter(now));
            if (!madeSince) {
                now("first key", formatVersion);
            }
        } catch (VaultException e) {
            dailyProblem = e.getMessage();
        }
    }

    Optional<String> dailyProblem() {
        return Optional.ofNullable(dailyProblem);
    }
}
