package dev.keyhaven.vault;

import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the vault's timing figures with the real (calibrated) Argon2id settings and 1,000 keys:
 * {@code ./mvnw -B -q -o -DskipTests test-compile exec:java@bench -Dbench=vault}.
 * Targets: unlock (with the seal checked over 1,000 keys and 10,000 history rows) at most 50 ms above the
 * bare KDF; a password change with 1,000 keys at most 250 ms above its KDF runs; listing 1,000 keys after
 * unlock within 50 ms.
 */
public final class VaultBenchmark {

    private static final int KEYS = 1_000;
    private static final int HISTORY = 10_000;
    private static final int ROUNDS = 7;

    private VaultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("keyhaven-vault-bench");
        Path file = folder.resolve("bench.khvault");
        try {
            run(file);
        } finally {
            deleteTree(folder);
        }
    }

    private static void run(Path file) throws Exception {
        // The generation memory as the app keeps it, in a folder of the benchmark's own.
        VaultOptions options = VaultOptions.standard().withGenerationMemory(file.resolveSibling("config"));
        long start = System.nanoTime();
        KdfParameters kdf;
        List<Long> ids = new ArrayList<>();
        try (Vault vault = Vault.create(file, TestKeys.password(), options)) {
            kdf = vault.info().kdf();
            System.out.printf("create (calibration + KDF): %s; settings: Argon2id %s%n", ms(System.nanoTime() - start),
                    Problems.describe(kdf));
            start = System.nanoTime();
            for (int i = 0; i < KEYS; i++) {
                ids.add(vault.add(TestKeys.draft("bench key " + i, "bench-" + i)).record().id());
            }
            System.out.printf("add %d keys: %s (%s per key, one fsynced transaction each)%n", KEYS,
                    ms(System.nanoTime() - start), ms((System.nanoTime() - start) / KEYS));
        }
        addHistory(file, ids);

        byte[] salt = ValueCipher.randomBytes(32);
        long t0 = System.nanoTime();
        long firstList;
        try (Vault vault = Vault.open(file, TestKeys.password(), options)) {
            long unlocked = System.nanoTime();
            vault.keys();
            firstList = System.nanoTime() - unlocked;
            System.out.printf("first unlock of the day (includes the verified daily backup): %s%n", ms(unlocked - t0));
        }

        long[] unlock = new long[ROUNDS];
        long[] coldList = new long[ROUNDS];
        long[] warmList = new long[ROUNDS];
        long[] getRecord = new long[ROUNDS];
        long[] getCredentials = new long[ROUNDS];
        long[] bareKdf = new long[ROUNDS];
        long[] overhead = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            // The machine may be shared: each unlock is paired with a bare KDF run just before it.
            long deriving = System.nanoTime();
            Arrays.fill(Argon2idKdf.deriveKey(TestKeys.password(), salt, kdf), (byte) 0);
            bareKdf[round] = System.nanoTime() - deriving;
            long opening = System.nanoTime();
            try (Vault vault = Vault.open(file, TestKeys.password(), options)) {
                unlock[round] = System.nanoTime() - opening;
                overhead[round] = unlock[round] - bareKdf[round];
                long listing = System.nanoTime();
                int listed = vault.keys().size();
                coldList[round] = System.nanoTime() - listing;
                listing = System.nanoTime();
                vault.keys();
                warmList[round] = System.nanoTime() - listing;
                if (listed != KEYS) {
                    throw new IllegalStateException("listed " + listed + " keys instead of " + KEYS);
                }
                long getting = System.nanoTime();
                for (long id : ids) {
                    vault.key(id).orElseThrow();
                }
                getRecord[round] = (System.nanoTime() - getting) / KEYS;
                getting = System.nanoTime();
                for (long id : ids) {
                    try (Credentials credentials = vault.credentials(id)) {
                        credentials.apiKey().length();
                    }
                }
                getCredentials[round] = (System.nanoTime() - getting) / KEYS;
            }
        }

        long kdfMedian = median(bareKdf);
        long unlockMedian = median(unlock);
        long listMedian = median(coldList);
        System.out.printf("bare KDF (Argon2id, %s): median %s, min %s%n", Problems.describe(kdf), ms(kdfMedian), ms(min(bareKdf)));
        System.out.printf("unlock with %d keys: median %s, min %s; minus the bare KDF run just before it: median %s%n",
                KEYS, ms(unlockMedian), ms(min(unlock)), ms(median(overhead)));
        passwordChangeWithTheRealKdf(file, kdf);
        long besidesKdf = unlockWorkBesidesTheKdf(file);
        System.out.printf("unlock work besides the KDF, seal checked over %d keys and %d history rows (same vault"
                + " re-keyed with a 256 KiB KDF, minus that KDF): median %s (target <= 50 ms): %s%n", KEYS, HISTORY,
                ms(besidesKdf), verdict(besidesKdf <= 50_000_000L));
        System.out.printf("  of which the seal check alone: median %s%n", ms(sealCheck(file)));
        passwordChangeBesidesTheKdf(file);
        System.out.printf("list %d keys, first call after unlock: median %s, min %s (first ever in this JVM: %s) (target <= 50 ms): %s%n",
                KEYS, ms(listMedian), ms(min(coldList)), ms(firstList), verdict(listMedian <= 50_000_000L));
        System.out.printf("list %d keys again (records held decrypted): median %s%n", KEYS, ms(median(warmList)));
        System.out.printf("get one record: median %s; decrypt one key's credentials: median %s%n",
                micros(median(getRecord)), micros(median(getCredentials)));
    }

    /**
     * On a shared machine the 1 s KDF varies by more than the 50 ms being measured, so the rest of the
     * unlock is also measured directly: the same file, re-keyed with a KDF that costs about nothing.
     */
    private static long unlockWorkBesidesTheKdf(Path file) throws Exception {
        VaultOptions cheap = VaultOptions.forTests();
        try (Vault vault = Vault.open(file, TestKeys.password(), cheap)) {
            vault.changePassword(TestKeys.password(), TestKeys.password());
        }
        byte[] salt = ValueCipher.randomBytes(32);
        long[] besides = new long[ROUNDS * 3];
        for (int round = 0; round < besides.length; round++) {
            long deriving = System.nanoTime();
            Arrays.fill(Argon2idKdf.deriveKey(TestKeys.password(), salt, cheap.floor()), (byte) 0);
            long kdf = System.nanoTime() - deriving;
            long opening = System.nanoTime();
            Vault.open(file, TestKeys.password(), cheap).close();
            besides[round] = System.nanoTime() - opening - kdf;
        }
        return median(besides);
    }

    /** Ten history rows per key, in one transaction, sealed as the vault would. */
    private static void addHistory(Path file, List<Long> ids) throws Exception {
        long start = System.nanoTime();
        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] key = header.unwrapDataKey(TestKeys.password());
            try (ValueCipher cipher = new ValueCipher(key); VaultSeal seal = new VaultSeal(key, header.vaultId())) {
                KeyRows rows = new KeyRows(cipher, header.vaultId());
                database.inTransaction(connection -> {
                    for (int i = 0; i < HISTORY; i++) {
                        rows.insertHistory(connection, ids.get(i % ids.size()), new HistoryEntry(java.time.Instant.now(),
                                HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Checked: works, can read and trade.",
                                true, null, List.of(), "4711", List.of(), null), java.time.Instant.now());
                    }
                    seal.sealAsIs(connection, VaultSeal.generationOf(connection) + 1);
                    return null;
                });
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        System.out.printf("add %d history rows (one transaction): %s%n", HISTORY, ms(System.nanoTime() - start));
    }

    /** The seal check alone, as unlock runs it: every row read and tagged. */
    private static long sealCheck(Path file) throws Exception {
        long[] times = new long[ROUNDS * 3];
        try (VaultDatabase database = VaultDatabase.openReadOnly(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] key = header.unwrapDataKey(TestKeys.password());
            try (VaultSeal seal = new VaultSeal(key, header.vaultId())) {
                for (int round = 0; round < times.length; round++) {
                    long start = System.nanoTime();
                    seal.verify(database.connection());
                    times[round] = System.nanoTime() - start;
                }
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        return median(times);
    }

    /**
     * A password change with the real KDF (its runs: the current password checked, calibration, the new
     * header), and the same change with a KDF that costs about nothing: the work besides the KDF
     * (verified backup, every value re-encrypted, the seal) is the difference the target is about.
     */
    private static void passwordChangeBesidesTheKdf(Path file) throws Exception {
        Path keysOnly = file.resolveSibling("keys-only.khvault");
        List<Long> ids = new ArrayList<>();
        try (Vault vault = Vault.create(keysOnly, TestKeys.password(), VaultOptions.forTests())) {
            for (int i = 0; i < KEYS; i++) {
                ids.add(vault.add(TestKeys.draft("bench key " + i, "bench-" + i)).record().id());
            }
        }
        long keysMedian = timePasswordChanges(keysOnly);
        System.out.printf("password change with %d keys, work besides the KDF (verified backup, every value"
                + " re-encrypted, sealed; 256 KiB KDF): median %s (target <= 250 ms): %s%n", KEYS, ms(keysMedian),
                verdict(keysMedian <= 250_000_000L));
        System.out.printf("  the same with %d history rows as well (no target): median %s%n", HISTORY,
                ms(timePasswordChanges(file)));
    }

    private static long timePasswordChanges(Path file) throws Exception {
        long[] cheap = new long[5];
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            for (int round = 0; round < cheap.length; round++) {
                long start = System.nanoTime();
                vault.changePassword(TestKeys.password(), TestKeys.password());
                cheap[round] = System.nanoTime() - start;
            }
        }
        return median(cheap);
    }

    private static void passwordChangeWithTheRealKdf(Path file, KdfParameters kdf) throws Exception {
        VaultOptions real = VaultOptions.standard().withGenerationMemory(file.resolveSibling("config"));
        try (Vault vault = Vault.open(file, TestKeys.password(), real)) {
            long changing = System.nanoTime();
            vault.changePassword(TestKeys.password(), TestKeys.password());
            long total = System.nanoTime() - changing;
            long deriving = System.nanoTime();
            Arrays.fill(Argon2idKdf.deriveKey(TestKeys.password(), ValueCipher.randomBytes(32), kdf), (byte) 0);
            long oneKdf = System.nanoTime() - deriving;
            System.out.printf("password change with the real KDF: %s in all; it runs the KDF twice (current password,"
                    + " new header) plus calibration (two short runs); one KDF run just after: %s%n", ms(total), ms(oneKdf));
        }
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String micros(long nanos) {
        return String.format("%.1f µs", nanos / 1e3);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

}
