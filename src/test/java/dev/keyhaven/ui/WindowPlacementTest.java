package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 900, 600);
    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1920, 1080);

    @Test
    void theDefaultSizeShrinksToASmallScreenAndStaysOnIt() {
        WindowBounds placed = WindowPlacement.place(null, 1100, 720, List.of(SMALL));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 900, 600, false));
    }

    @Test
    void theDefaultSizeIsCentredOnALargeScreen() {
        WindowBounds placed = WindowPlacement.place(null, 1100, 720, List.of(WIDE));

        assertThat(placed).isEqualTo(new WindowBounds(410, 180, 1100, 720, false));
    }

    @Test
    void aPlaceRememberedFromALargerScreenIsShrunkAndMovedOntoTheSmallOne() {
        WindowBounds remembered = new WindowBounds(700, 300, 1600, 1000, false);

        WindowBounds placed = WindowPlacement.place(remembered, 1100, 720, List.of(SMALL));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 900, 600, false));
    }

    @Test
    void aWindowHangingOffTheTopLeftComesBackWhole() {
        WindowBounds remembered = new WindowBounds(-100, -40, 800, 500, false);

        WindowBounds placed = WindowPlacement.place(remembered, 1100, 720, List.of(SMALL));

        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 800, 500, false));
    }

    @Test
    void aPlaceOnAScreenNoLongerThereOpensOnThePrimaryOne() {
        WindowBounds onUnpluggedScreen = new WindowBounds(2500, 100, 1000, 700, true);
        Rectangle2D primary = new Rectangle2D(0, 30, 1280, 770);

        WindowBounds placed = WindowPlacement.place(onUnpluggedScreen, 1100, 720, List.of(primary));

        assertThat(placed).isEqualTo(new WindowBounds(280, 100, 1000, 700, true));
    }

    @Test
    void aPlaceOnTheSecondScreenStaysThere() {
        Rectangle2D second = new Rectangle2D(1920, 0, 1280, 1024);
        WindowBounds remembered = new WindowBounds(2000, 100, 1000, 700, false);

        WindowBounds placed = WindowPlacement.place(remembered, 1100, 720, List.of(WIDE, second));

        assertThat(placed).isEqualTo(remembered);
    }
}
