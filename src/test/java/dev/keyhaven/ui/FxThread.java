package dev.keyhaven.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the JavaFX thread and waits for it, for the headless tools that do without TestFX. */
final class FxThread {

    private static final long TIMEOUT_SECONDS = 60;

    private FxThread() {
    }

    interface FxAction {
        void run() throws Exception;
    }

    static void onFx(FxAction action) throws Exception {
        callFx(() -> {
            action.run();
            return null;
        });
    }

    static <T> T callFx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
