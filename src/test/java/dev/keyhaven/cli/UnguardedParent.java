package dev.keyhaven.cli;

import java.util.Arrays;

/**
 * The control for {@link ProcessMemoryGuardTest}: a JVM that starts a program the way {@code run} does but
 * never closes its memory, to show that on this computer a child can read its parent's memory at all.
 */
final class UnguardedParent {

    private UnguardedParent() {
    }

    public static void main(String[] args) throws Exception {
        Process child = new ProcessBuilder(Arrays.asList(args)).inheritIO().start();
        System.exit(child.waitFor());
    }
}
