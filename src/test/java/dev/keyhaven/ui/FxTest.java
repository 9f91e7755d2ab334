package dev.keyhaven.ui;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An {@link ApplicationTest} whose lookups read the list of open windows on the JavaFX thread.
 *
 * <p>TestFX walks {@code Window.getWindows()} from the test thread; when a tooltip or popup opens or
 * closes at that moment the walk fails with an IndexOutOfBoundsException that says nothing about the app.
 */
public abstract class FxTest extends ApplicationTest {

    @Override
    public NodeQuery lookup(String query) {
        if (Platform.isFxApplicationThread()) {
            return super.lookup(query);
        }
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> super.lookup(query));
    }
}
