package dev.keyhaven.cli;

import dev.keyhaven.secret.ProcessMemory;

/**
 * Closes this process's memory to other programs running as the same user ({@link ProcessMemory}). A seam
 * so that tests can stand in for a system where the guard exists but fails, which Linux never is.
 */
interface MemoryGuard {

    /** True when other programs (same user, not root) can no longer read this process's memory. */
    boolean denyOtherReaders();

    /** Whether this system has a guard at all: a false {@link #denyOtherReaders()} elsewhere is no news. */
    boolean existsOnThisSystem();

    MemoryGuard OF_THIS_PROCESS = new MemoryGuard() {
        @Override
        public boolean denyOtherReaders() {
            return ProcessMemory.denyOtherReaders();
        }

        @Override
        public boolean existsOnThisSystem() {
            return ProcessMemory.guardExistsOnThisSystem();
        }
    };
}
