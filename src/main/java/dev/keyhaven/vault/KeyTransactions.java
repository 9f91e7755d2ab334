package dev.keyhaven.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * How the {@link KeyStore} reaches its rows: a read turns an SQL failure or a value that does not decrypt into
 * the vault's reason; a write is one transaction that updates the seal and raises the generation, and only the
 * process holding the vault may make it.
 */
final class KeyTransactions {

    private final Vault vault;
    private final Path file;
    private final VaultDatabase database;
    private final SealKeeper sealKeeper;

    KeyTransactions(Vault vault, Path file, VaultDatabase database, SealKeeper sealKeeper) {
        this.vault = vault;
        this.file = file;
        this.database = database;
        this.sealKeeper = sealKeeper;
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

    private void ensureWriter() throws VaultException {
        if (vault.isShared()) {
            throw Problems.sharedCannotChange(file);
        }
    }

    /** A change to the keys: only the process holding the vault may make it. */
    <T> T write(String action, SealedWork<T> work) throws VaultException {
        ensureWriter();
        return sealed(action, work);
    }

    /** One transaction that updates the seal for the rows it touches and raises the generation. */
    <T> T sealed(String action, SealedWork<T> work) throws VaultException {
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
    interface SealedWork<T> {
        T run(Connection connection, VaultSeal.Update seal) throws SQLException, KeyRows.DamagedValue, VaultException;
    }
}
