package dev.keyhaven.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whether a control draws a focus ring a user can see (as WCAG 2.2 asks of a focus indicator): a band at
 * least 2px wide, in a colour with 3:1 contrast against the page behind the control. The band is either a
 * border stroke or a background layer that the next layer leaves uncovered on every side.
 */
final class FocusRing {

    private static final double THICK = 2;
    private static final double CONTRAST = 3;

    private FocusRing() {
    }

    static boolean drawnBy(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] ring = new boolean[1];
        robot.interact(() -> {
            Region region = (Region) node;
            region.applyCss();
            Color page = pageBehind(region);
            ring[0] = borderRing(region, page) || backgroundRing(region.getBackground(), page);
        });
        return ring[0];
    }

    /**
     * Whether a filled button (a blue default or accent one, a red one) draws a ring that shows against the
     * page and against its own face: 2px bands of its background, one with 3:1 against the page behind it
     * and one with 3:1 against the button's face (its last fill).
     */
    static boolean drawnAroundFilledButton(FxRobot robot, Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] ring = new boolean[1];
        robot.interact(() -> {
            Region region = (Region) node;
            region.applyCss();
            Background background = region.getBackground();
            if (background == null || background.getFills().size() < 2) {
                return;
            }
            List<BackgroundFill> fills = background.getFills();
            Paint face = fills.get(fills.size() - 1).getFill();
            if (!(face instanceof Color faceColour)) {
                return;
            }
            ring[0] = backgroundRing(background, pageBehind(region)) && backgroundRing(background, faceColour);
        });
        return ring[0];
    }

    /** The header of the selected tab of the tab pane {@code query}. */
    static Node selectedTab(FxRobot robot, String query) {
        PseudoClass selected = PseudoClass.getPseudoClass("selected");
        return robot.from(robot.lookup(query).<Node>query()).lookup(".tab").queryAll().stream()
                .filter(tab -> tab.getPseudoClassStates().contains(selected)).findFirst().orElseThrow();
    }

    private static boolean borderRing(Region region, Color page) {
        if (region.getBorder() == null) {
            return false;
        }
        for (BorderStroke stroke : region.getBorder().getStrokes()) {
            var widths = stroke.getWidths();
            if (Math.min(Math.min(widths.getTop(), widths.getBottom()), Math.min(widths.getLeft(), widths.getRight())) >= THICK
                    && visible(stroke.getTopStroke(), page)) {
                return true;
            }
        }
        return false;
    }

    private static boolean backgroundRing(Background background, Color page) {
        if (background == null) {
            return false;
        }
        List<BackgroundFill> fills = background.getFills();
        for (int i = 0; i + 1 < fills.size(); i++) {
            var outer = fills.get(i).getInsets();
            var inner = fills.get(i + 1).getInsets();
            boolean wide = inner.getTop() - outer.getTop() >= THICK && inner.getBottom() - outer.getBottom() >= THICK
                    && inner.getLeft() - outer.getLeft() >= THICK && inner.getRight() - outer.getRight() >= THICK;
            if (wide && visible(fills.get(i).getFill(), page)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Paint paint, Color page) {
        return paint instanceof Color color && color.getOpacity() > 0.9 && contrast(color, page) >= CONTRAST;
    }

    /** The colour of the nearest ancestor that paints an opaque background; white if none does. */
    private static Color pageBehind(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color color && color.getOpacity() > 0.9) {
                        return color;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
