package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rotation page and the new key's guide in the smallest supported window (900x600) and at the window's
 * default size: the rotation scrolls as one page, every button can be clicked, and clicking a control does
 * not scroll it away from under the pointer.
 */
class RotatePageUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> problems(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        interact(() -> {
            found.addAll(LayoutProblems.inEveryWindow());
            found.addAll(CoveredButtons.inEveryWindow());
        });
        return found.stream().map(line -> where + ": " + line).toList();
    }

    /** The scroll panes showing inside {@code page}. */
    private List<ScrollPane> scrollPanes(String page) {
        Node root = lookup(page).query();
        return lookup(".scroll-pane").queryAllAs(ScrollPane.class).stream()
                .filter(pane -> pane.isVisible() && isIn(pane, root)).toList();
    }

    private static boolean isIn(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<String> rotatePageProblems(String size) {
        List<String> found = new ArrayList<>(problems(size + ", rotate, top"));
        interact(() -> lookup("#rotate-scroll").queryAs(ScrollPane.class).setVvalue(1));
        found.addAll(problems(size + ", rotate, bottom"));
        return found;
    }

    private List<String> newKeyGuideProblems(String size) {
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs") && showing(this, "#generatePassphrase"));
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        List<String> found = new ArrayList<>(problems(size + ", new key guide"));
        interact(() -> lookup("#guide-scroll").queryAs(ScrollPane.class).setVvalue(1));
        found.addAll(problems(size + ", new key guide, bottom"));
        return found;
    }

    @Test
    void theRotatePageScrollsAsOnePageAt900x600() throws Exception {
        size(900, 600);
        unlock();
        rotateAStoredKey(this);

        List<ScrollPane> panes = scrollPanes("#rotate-view");
        assertThat(panes).as("scroll panes on the rotate page").singleElement()
                .extracting(ScrollPane::getId).isEqualTo("rotate-scroll");
        ScrollPane page = panes.get(0);
        assertThat(page.getContent().getLayoutBounds().getHeight()).as("the page is taller than the window")
                .isGreaterThan(page.getViewportBounds().getHeight());
        List<String> found = new ArrayList<>(rotatePageProblems("900x600"));
        Bounds replace = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Node button = lookup("#replace-key").query();
            return button.localToScene(button.getLayoutBounds());
        });
        assertThat(replace.getMaxY()).as("Replace the key, scrolled to the bottom, in the window")
                .isLessThanOrEqualTo(stage.getScene().getHeight());
        found.addAll(newKeyGuideProblems("900x600"));
        assertThat(found).isEmpty();
    }

    @Test
    void nothingIsCutOrCoveredOnTheRotatePageAndTheGuideAtTheDefaultSize() throws Exception {
        unlock();
        rotateAStoredKey(this);
        List<String> found = new ArrayList<>(rotatePageProblems("default size"));
        found.addAll(newKeyGuideProblems("default size"));
        assertThat(found).isEmpty();
    }

    @Test
    void clickingAFieldNearTheBottomEdgeDoesNotScrollThePage() throws Exception {
        size(900, 600);
        unlock();
        rotateAStoredKey(this);
        ScrollPane page = lookup("#rotate-scroll").queryAs(ScrollPane.class);
        Node field = lookup("#new-api-key .secret-field").query();
        // The field's lower edge 6 px above the window's: whole on screen, yet within the keyboard's margin.
        interact(() -> {
            Bounds inContent = page.getContent().sceneToLocal(field.localToScene(field.getLayoutBounds()));
            double viewport = page.getViewportBounds().getHeight();
            page.setVvalue((inContent.getMaxY() + 6 - viewport) / scrollable(page));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> page.getVvalue() * scrollable(page));

        clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getFocusOwner()))
                .as("the clicked field has the focus").isSameAs(field);
        // The keyboard's rule would scroll by 18 px or more; a pixel's rounding of the content's place is not that.
        double after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> page.getVvalue() * scrollable(page));
        assertThat(after).as("px the page is scrolled by, after the click").isCloseTo(before, within(2.0));
    }

    private static double scrollable(ScrollPane page) {
        return page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
    }
}
