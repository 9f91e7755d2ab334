package dev.keyhaven.vault;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the code an unlock needs once, on made-up values in an in-memory database: SQLite's driver and
 * native library, Argon2id, AES-GCM and the JSON of the records. The first real unlock in a fresh
 * process then finds all of it loaded. It touches no file and handles no real secret.
 */
final class UnlockWarmUp {

    /**
     * Enough work (32,768 block computations, about a tenth of a second) for the JIT to compile Argon2's
     * inner loops before the real unlock; at the smallest cost (8 KiB) it only loaded the classes, and
     * the real derivation then ran largely unoptimised (about 1 s slower on 2 cores).
     */
    private static final KdfParameters CHEAPEST = new KdfParameters(16 * 1024, 2, 1);
    private static final byte[] NONE = new byte[0];
    /**
     * Reads of the made-up record: enough for the JIT to compile decryption and record parsing, so that
     * listing 100 real keys right after the unlock takes 6 to 14 ms instead of 34 to 45 (2 cores).
     */
    private static final int READ_ROUNDS = 200;
    private static final int ROUNDS_BETWEEN_PAUSES = 20;

    private UnlockWarmUp() {
    }

    /** The number of made-up records it wrote and read back (one when everything ran). */
    static int run() throws SQLException {
        return run(() -> { });
    }

    /**
     * As {@link #run()}, calling {@code between} between its steps and every few read rounds: a caller can
     * hold the warm-up there while the real unlock needs the processors.
     */
    static int run(Runnable between) throws SQLException {
        byte[] dataKey = Argon2idKdf.derive(ValueCipher.randomBytes(16), ValueCipher.randomBytes(16), NONE, NONE,
                CHEAPEST, ValueCipher.KEY_BYTES);
        between.run();
        try (ValueCipher cipher = new ValueCipher(dataKey);
                VaultDatabase database = VaultDatabase.openInMemory();
                Credentials credentials = new Credentials(Secret.ofString("warm-up"), Secret.ofString("warm-up"),
                        Secret.ofString("warm-up"))) {
            Schema.current().migrate(database.connection(), 0);
            KeyRows rows = new KeyRows(cipher, ValueCipher.randomBytes(VaultHeader.VAULT_ID_BYTES));
            Instant now = Instant.now();
            KeyMetadata metadata = new KeyMetadata("warm-up", Purpose.READ_ONLY, Environment.DEMO,
                    Region.GLOBAL, null, "", 0, Set.of(), null, null);
            between.run();
            long id = rows.insert(database.connection(), metadata, credentials, now);
            rows.insertHistory(database.connection(), id, new HistoryEntry(now, HistoryEntry.Kind.CHANGE,
                    HistoryEntry.Outcome.INFO, "warm-up", false, null, List.of(), null, List.of(), null), now);
            Map<Long, KeyRecord> records = Map.of();
            for (int round = 0; round < READ_ROUNDS; round++) {
                if (round % ROUNDS_BETWEEN_PAUSES == 0) {
                    between.run();
                }
                rows.histories(database.connection(), Set.of(id));
                records = rows.loadAll(database.connection());
            }
            return records.size();
        } catch (KeyRows.DamagedValue impossible) {
            throw new IllegalStateException("A value written a moment ago did not decrypt", impossible);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }
}
