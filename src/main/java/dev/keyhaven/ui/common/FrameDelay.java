package dev.keyhaven.ui.common;

import javafx.animation.AnimationTimer;

/** Runs work at the start of the next frame, so that what is on screen now is drawn first. */
public final class FrameDelay {

    private FrameDelay() {
    }

    /** Runs {@code work} once on the JavaFX thread at the next pulse; call it on the JavaFX thread. */
    public static void nextFrame(Runnable work) {
        afterFrames(1, work);
    }

    /**
     * Runs {@code work} once the next frame has been drawn, at the start of the one after: what changed now
     * is on screen before {@code work} (which may hold the JavaFX thread a while) begins. JavaFX thread only.
     */
    public static void afterNextFrame(Runnable work) {
        afterFrames(2, work);
    }

    private static void afterFrames(int frames, Runnable work) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
