package dev.keyhaven.vault;

/** Argon2id cost settings, as stored in the vault header. */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    /** The floor the app enforces: 64 MiB, 3 passes, 1 lane (design.md). */
    public static final KdfParameters FLOOR = new KdfParameters(64 * 1024, 3, 1);

    /** True when every cost is at least the floor's. */
    public boolean meets(KdfParameters floor) {
        return memoryKiB >= floor.memoryKiB && iterations >= floor.iterations && parallelism >= 1;
    }
}
