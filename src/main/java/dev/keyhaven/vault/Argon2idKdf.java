package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Turns the master password into the key-encryption key: Argon2id version 1.3 (RFC 9106) through
 * BouncyCastle. Its builder defaults to Argon2i, so the type is always given explicitly.
 */
final class Argon2idKdf {

    static final String ALGORITHM = "Argon2id v1.3";
    static final int KEY_BYTES = 32;

    /** Calibration never asks for more passes than this, however fast the machine. */
    static final int MAX_ITERATIONS = 64;
    /** Stored settings above these are treated as damage, not obeyed (a huge value would hang the app). */
    static final int MAX_MEMORY_KIB = 4 * KdfParameters.FLOOR.memoryKiB();
    static final int MAX_STORED_ITERATIONS = MAX_ITERATIONS;
    static final int MAX_PARALLELISM = 4;
    /**
     * Memory times passes: the most Keyhaven's own calibration writes (the floor's memory, the most passes). Each
     * bound alone would let an edited header ask for their product, minutes of work at every unlock.
     */
    static final long MAX_WORK_KIB_PASSES = (long) KdfParameters.FLOOR.memoryKiB() * MAX_ITERATIONS;

    private static final byte[] NONE = new byte[0];

    private Argon2idKdf() {
    }

    /** The 32-byte key for {@code password}; the caller wipes it. */
    static byte[] deriveKey(Secret password, byte[] salt, KdfParameters parameters) {
        byte[] passwordBytes = password.utf8();
        try {
            return derive(passwordBytes, salt, NONE, NONE, parameters, KEY_BYTES);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    /** Argon2id with every input of RFC 9106 (secret and associated data are empty in the vault). */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                         KdfParameters parameters, int outputLength) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associatedData);
        Argon2Parameters argon2 = builder.build();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon2);
            byte[] output = new byte[outputLength];
            generator.generateBytes(password, output);
            return output;
        } finally {
            argon2.clear();
            builder.clear();
        }
    }

    /**
     * The floor's memory and lanes with as many passes as fit in {@code target} on this machine (at
     * least the floor's). A zero target returns the floor unchanged.
     */
    static KdfParameters calibrate(KdfParameters floor, Duration target) {
        return calibrate(floor, target, System::nanoTime);
    }

    /** {@link #calibrate(KdfParameters, Duration)} timed by {@code nanoTime}. */
    static KdfParameters calibrate(KdfParameters floor, Duration target, LongSupplier nanoTime) {
        if (target.isZero() || target.isNegative()) {
            return floor;
        }
        // The first run in a JVM pays for compiling the hash and for touching the memory; unlock runs
        // warm (the app warms Argon2 up while the password is typed), so measure a second run.
        measureNanosPerPass(floor, nanoTime);
        long nanosPerPass = measureNanosPerPass(floor, nanoTime);
        long passes = Math.round((double) target.toNanos() / Math.max(1, nanosPerPass));
        int iterations = (int) Math.max(floor.iterations(), Math.min(mostPasses(floor.memoryKiB()), passes));
        return new KdfParameters(floor.memoryKiB(), iterations, floor.parallelism());
    }

    /** The most passes calibration gives {@code memoryKiB}: no more work than {@link #withinSaneLimits} accepts. */
    static int mostPasses(int memoryKiB) {
        return (int) Math.min(MAX_ITERATIONS, MAX_WORK_KIB_PASSES / memoryKiB);
    }

    static boolean withinSaneLimits(KdfParameters parameters) {
        return parameters.memoryKiB() >= 8 * parameters.parallelism()
                && parameters.memoryKiB() <= MAX_MEMORY_KIB
                && parameters.iterations() >= 1 && parameters.iterations() <= MAX_STORED_ITERATIONS
                && parameters.parallelism() >= 1 && parameters.parallelism() <= MAX_PARALLELISM
                && (long) parameters.memoryKiB() * parameters.iterations() <= MAX_WORK_KIB_PASSES;
    }

    private static long measureNanosPerPass(KdfParameters parameters, LongSupplier nanoTime) {
        SecureRandom random = new SecureRandom();
        byte[] password = new byte[16];
        byte[] salt = new byte[16];
        random.nextBytes(password);
        random.nextBytes(salt);
        long start = nanoTime.getAsLong();
        byte[] key = derive(password, salt, NONE, NONE, parameters, KEY_BYTES);
        long elapsed = nanoTime.getAsLong() - start;
        Arrays.fill(key, (byte) 0);
        return elapsed / parameters.iterations();
    }
}
