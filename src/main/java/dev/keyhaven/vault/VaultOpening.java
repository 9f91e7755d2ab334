package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;

/** How a vault file is created and unlocked: identity, header, password, format update, seal. */
final class VaultOpening {

    private VaultOpening() {
    }

    /**
     * Builds the vault under a temporary name beside {@code file} (owner-only) and renames it into place
     * once complete, so a crash or a kill never leaves a half-made vault at {@code file}; what an
     * interrupted create left behind is removed by the next one.
     */
    static Vault create(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        Path target = file.toAbsolutePath();
        DraftChecks.requireNewPassword(masterPassword);
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
                    masterPassword, dataKeyBytes, schema.headerSealedFrom());
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
                if (schema.latestVersion() >= Schema.SEALED_FROM) {
                    try (VaultSeal seal = new VaultSeal(dataKeyBytes, header.vaultId())) {
                        seal.sealAsIs(connection, 1);
                    }
                }
                return null;
            });
            database.close();
            database = null;
            AtomicRename.rename(unfinished, target);
            inPlace = true;
            database = VaultDatabase.openReadWrite(target);
            Vault created = new Vault(target, options, lock, database, header, dataKeyBytes, schema.latestVersion());
            created.afterCreate(schema);
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

    static Vault open(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        Path target = existingFile(file);
        Objects.requireNonNull(masterPassword, "masterPassword");
        return unlock(target, masterPassword, options, schema, VaultLock.writer(target), true);
    }

    static Vault openShared(Path file, Secret masterPassword, VaultOptions options, Schema schema) throws VaultException {
        return openShared(file, masterPassword, options, schema, true);
    }

    /** @param dailyBackup false: make no daily backup, so that a listing of the backups stays as it was read */
    static Vault openShared(Path file, Secret masterPassword, VaultOptions options, Schema schema,
                            boolean dailyBackup) throws VaultException {
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
            return unlock(target, masterPassword, options, schema, null, dailyBackup);
        }
        Vault vault = unlock(target, masterPassword, options, schema, writer, dailyBackup);
        try {
            vault.letOthersChangeIt();
        } catch (VaultException e) {
            vault.close();
            throw e;
        }
        return vault;
    }

    private static Path existingFile(Path file) throws VaultException {
        Path target = file.toAbsolutePath();
        if (!Files.exists(target)) {
            throw Problems.notFound(target);
        }
        if (Files.isDirectory(target)) {
            throw Problems.isAFolder(target);
        }
        if (!Files.isRegularFile(target)) {
            throw Problems.notAVault(target);
        }
        return target;
    }

    /** Opens and unlocks {@code target}; {@code lock} (the writer's) null opens it shared. */
    private static Vault unlock(Path target, Secret masterPassword, VaultOptions options, Schema schema,
                                VaultLock lock, boolean dailyBackup) throws VaultException {
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
            } catch (VaultHeader.SetBack e) {
                throw Problems.tampered(target, e.getMessage(), null);
            } catch (VaultHeader.WrongPassword e) {
                throw ChangedHeader.explain(target, header, masterPassword, options);
            }
            // The format update to a bound header needs the password once more (the key it derives is not kept).
            VaultHeader bound = lock != null && header.sealedFrom() == 0 && schema.headerSealedFrom() != 0
                    && version < Schema.HEADER_NAMES_SEAL ? header.bindingTheFormat(masterPassword, dataKeyBytes) : null;
            vault = new Vault(target, options, lock, database, header, dataKeyBytes, version);
            vault.holdReaderLock(readerLock);
            readerLock = null;
            vault.afterUnlock(schema, bound, dailyBackup);
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

    private static int checkIdentity(VaultDatabase database, Path file, Schema schema) throws SQLException, VaultException {
        if (database.applicationId() != VaultDatabase.APPLICATION_ID) {
            throw Problems.notAVault(file);
        }
        // A newer format first: one that keeps its header elsewhere is "update Keyhaven", never damage.
        FormatClaim claim = FormatClaim.of(database);
        if (claim.newerThan(schema.latestVersion())) {
            throw Problems.newerFormat(claim.claimed(), schema.latestVersion());
        }
        if (!database.hasHeaderTable()) {
            throw Problems.damaged(file, "it was never completely created", null);
        }
        if (claim.setBack() != null) {
            // Before the password: the format update must never seal or bind such a file as if Keyhaven wrote it.
            throw Problems.formatSetBack(file, claim.setBack());
        }
        return claim.claimed();
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
}
