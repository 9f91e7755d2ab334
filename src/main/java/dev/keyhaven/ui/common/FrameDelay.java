package dev.keyhaven.ui.common;

import javafx.animation.AnimationTimer;

/** Runs work at the start of the next frame, so that what is on screen now is drawn first. */
public final class FrameDelay {

    private FrameDelay() {
    }

    /** Runs {@code work} once on the JavaFX thread at the next pulse; call it on the JavaFX thread. */
    public static void nextFrame(Runnable work) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                work.run();
            }
        }.start();
    }
}
