package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The heap is trimmed once the app settles, never while the user waits on it, and only in the desktop app. */
class IdleHeapTrimUiTest extends FxTest {

    private static final long SETTLE_MILLIS = (long) IdleHeapTrim.SETTLE.toMillis();

    private final AtomicInteger trims = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean();
    private IdleHeapTrim trim;

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        trim = new IdleHeapTrim(busy::get, trims::incrementAndGet);
    }

    @Test
    void trimsOnceAfterTheAppSettled() throws Exception {
        interact(() -> {
            trim.enable();
            trim.schedule();
            trim.schedule();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> trims.get() > 0);
        Thread.sleep(SETTLE_MILLIS + 500);
        assertThat(trims).hasValue(1);
    }

    @Test
    void waitsWhileTheUserWaitsOnTheApp() throws Exception {
        busy.set(true);
        interact(() -> {
            trim.enable();
            trim.schedule();
        });
        Thread.sleep(2 * SETTLE_MILLIS + 500);
        assertThat(trims).hasValue(0);
        busy.set(false);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> trims.get() == 1);
    }

    @Test
    void doesNothingUntilEnabled() throws Exception {
        interact(() -> trim.schedule());
        Thread.sleep(SETTLE_MILLIS + 1000);
        assertThat(trims).hasValue(0);
    }

    @Test
    void collectsTheGarbage() throws Exception {
        WeakReference<Object> garbage = new WeakReference<>(new byte[1024]);
        IdleHeapTrim real = callFx(() -> new IdleHeapTrim(() -> false));
        interact(() -> {
            real.enable();
            real.schedule();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> garbage.get() == null);
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> call) throws Exception {
        return FxThread.callFx(call);
    }
}
