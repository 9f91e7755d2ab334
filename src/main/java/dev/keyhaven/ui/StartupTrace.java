package dev.keyhaven.ui;

import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Marks on the way to the first frame, printed to standard error when Java runs with
 * {@code -Dkeyhaven.startupTrace=true} (the UI benchmark reads them; so can anyone asking why a start
 * was slow). Off by default. The marks carry times only, never anything the user typed.
 */
final class StartupTrace {

    static final String PROPERTY = "keyhaven.startupTrace";
    /** The line that tells when the first frame was laid out, in milliseconds since the epoch. */
    static final String FIRST_FRAME = "keyhaven startup: first frame at epoch ms ";
    /** The line that tells when a laid-out frame first had a text field focused, ready for typing. */
    static final String READY_TO_TYPE = "keyhaven startup: ready to type at epoch ms ";
    /**
     * Closes the window this many milliseconds after the first frame. The installer's training run uses
     * it (src/build/ClassDataArchive.java) to start the app once, as a user would, and record the
     * classes it loads; nothing else sets it.
     */
    static final String CLOSE_AFTER_START = "keyhaven.closeAfterStartMillis";

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
                reportWhenReadyToType(scene);
            }
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void reportWhenReadyToType(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                scene.removePostLayoutPulseListener(once[0]);
                mark("ready to type");
                System.err.println(READY_TO_TYPE + System.currentTimeMillis());
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        once[0].run();
    }

    /** Closes {@code stage} a while after its first frame, when {@link #CLOSE_AFTER_START} asks for it. */
    static void closeLaterIfAsked(Stage stage) {
        Long millis = Long.getLong(CLOSE_AFTER_START);
        if (millis != null) {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(event -> stage.close());
            pause.play();
        }
    }
}
