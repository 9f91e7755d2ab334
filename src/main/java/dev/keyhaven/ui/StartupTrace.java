package dev.keyhaven.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;

/**
 * Marks on the way to the first frame, printed to standard error when Java runs with
 * {@code -Dkeyhaven.startupTrace=true} (the UI benchmark reads them; so can anyone asking why a start
 * was slow). Off by default. The marks carry times only, never anything the user typed.
 */
final class StartupTrace {

    static final String PROPERTY = "keyhaven.startupTrace";
    /** The line that tells when the first frame was laid out, in milliseconds since the epoch. */
    static final String FIRST_FRAME = "keyhaven startup: first frame at epoch ms ";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final long ORIGIN = System.nanoTime();

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ENABLED) {
            System.err.println("keyhaven startup: " + step + " after "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ORIGIN) + " ms");
        }
    }

    /** Runs {@code then} once, on the JavaFX thread, right after {@code scene}'s first layout. */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (ENABLED) {
                mark("first frame");
                System.err.println(FIRST_FRAME + System.currentTimeMillis());
            }
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
