package dev.keyhaven.ui;

import dev.keyhaven.ui.common.WindowBounds;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: inside the screen it opens on, whatever it wants. A remembered place from
 * another, larger screen (or one unplugged since) and the default size on a small screen are both shrunk
 * and moved until the whole window, title bar included, is on that screen's usable area.
 */
final class WindowPlacement {

    private WindowPlacement() {
    }

    /**
     * @param remembered where the window was last time, or null on a first start
     * @param width      the size wanted when nothing usable is remembered
     * @param screens    the visual bounds (without task bars) of every screen, the primary one first
     */
    static WindowBounds place(WindowBounds remembered, double width, double height, List<Rectangle2D> screens) {
        boolean usable = remembered != null && remembered.usable();
        Rectangle2D screen = usable ? screenOf(remembered, screens) : screens.get(0);
        double w = Math.min(usable ? remembered.width() : width, screen.getWidth());
        double h = Math.min(usable ? remembered.height() : height, screen.getHeight());
        double x = usable ? remembered.x() : screen.getMinX() + (screen.getWidth() - w) / 2;
        double y = usable ? remembered.y() : screen.getMinY() + (screen.getHeight() - h) / 2;
        return new WindowBounds(clamp(x, screen.getMinX(), screen.getMaxX() - w),
                clamp(y, screen.getMinY(), screen.getMaxY() - h), w, h, usable && remembered.maximized());
    }

    /** The screen that holds most of {@code bounds}; the primary one when none holds any of it. */
    private static Rectangle2D screenOf(WindowBounds bounds, List<Rectangle2D> screens) {
        return screens.stream()
                .max(Comparator.comparingDouble(screen -> overlap(screen, bounds)))
                .filter(screen -> overlap(screen, bounds) > 0)
                .orElse(screens.get(0));
    }

    private static double overlap(Rectangle2D screen, WindowBounds bounds) {
        double w = Math.min(screen.getMaxX(), bounds.x() + bounds.width()) - Math.max(screen.getMinX(), bounds.x());
        double h = Math.min(screen.getMaxY(), bounds.y() + bounds.height()) - Math.max(screen.getMinY(), bounds.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
