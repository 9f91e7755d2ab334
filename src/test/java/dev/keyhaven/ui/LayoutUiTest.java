package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its smallest supported size (900x600) and on a large screen (1920x1080) cuts no sentence,
 * button or verdict short, on every page: no label shows "…", and no text reaches beyond the cell, column,
 * pane or window it sits in ({@link LayoutProblems}), and no button lies under another node
 * ({@link CoveredButtons}). The key list keeps its width.
 */
class LayoutUiTest extends AppUiTest {

    /** Key names of 60 characters: the header, the list and the archive must wrap them or show them whole. */
    private static final String ARCHIVED_LONG = "Old tax journal key from the spring of 2023, before the move";

    /** At 900x600, the steps of a guide scroll in the tab's whole height (not in a strip under its title). */
    private static final double USABLE_STEPS_HEIGHT = 330;

    /** Room for the checklist's title, progress and about two steps. */
    private static final double USABLE_GUIDE_HEIGHT = 300;

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    List<String> problems(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        interact(() -> {
            found.addAll(LayoutProblems.inEveryWindow());
            found.addAll(CoveredButtons.inEveryWindow());
        });
        return found.stream().map(line -> where + ": " + line).toList();
    }

    /** Presses a button as the keyboard would: it may lie below the fold of a scrolling page. */
    private void press(String query) {
        waitUntil(() -> showing(this, query));
        interact(() -> lookup(query).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    /** Two keys of the fake OKX (one of them archived), stored with long labels. */
    private List<KeyRecord> storedKeys() throws Exception {
        FakeKey grid = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Grid"));
        List<KeyRecord> keys = new ArrayList<>();
        for (String label : new String[] {"Grid bot on the NAS in the cellar", ARCHIVED_LONG}) {
            try (Credentials credentials = new Credentials(Secret.ofString(grid.apiKey()),
                    Secret.ofString(grid.secretKey()), Secret.ofString(grid.passphrase()))) {
                keys.add(vault().add(new KeyDraft(label, label.startsWith("Old") ? Purpose.READ_ONLY : Purpose.TRADING,
                        Environment.LIVE, Region.GLOBAL, okx.baseUrl(), "", 0, credentials)).record());
            }
        }
        vault().archive(keys.get(1).id(), null);
        interact(() -> app.shell().keyList().reload(vault(), null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        return keys.subList(0, 1);
    }

    /** The list as it would be with a key in every verdict (the stored key, drawn once per verdict). */
    private List<KeyListItem> everyVerdict(KeyRecord key) {
        List<KeyListItem> items = new ArrayList<>();
        for (KeyVerdict verdict : KeyVerdict.values()) {
            items.add(new KeyListItem(key, verdict));
        }
        interact(() -> app.shell().keyList().items().setAll(items));
        return items;
    }

    private void select(KeyListItem item) {
        interact(() -> app.shell().keyList().selectedProperty().set(item));
        waitUntil(() -> showing(this, "#key-tabs"));
    }

    /** Every page the app has, at the window's size: the problems found on each. */
    private List<String> walkEveryPage() throws Exception {
        waitUntil(() -> showing(this, "#create-vault"));
        List<String> problems = new ArrayList<>(problems("create vault"));
        createVault();
        problems.addAll(problems("empty"));
        KeyRecord key = storedKeys().get(0);
        List<KeyListItem> items = everyVerdict(key);
        problems.addAll(problems("every verdict"));
        for (KeyListItem item : List.of(items.get(KeyVerdict.CHANGED.ordinal()), items.get(KeyVerdict.CAN_WITHDRAW.ordinal()))) {
            select(item);
            for (String tab : new String[] {"#tab-guide", "#tab-credentials", "#tab-status"}) {
                clickOn(tab);
                problems.addAll(problems(item.status() + " " + tab));
            }
        }
        press("#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        problems.addAll(problems("rotate"));
        double guide = lookup("#rotate-view .guide-view").query().getLayoutBounds().getHeight();
        if (guide < USABLE_GUIDE_HEIGHT) {
            problems.add("rotate: the checklist has " + Math.round(guide) + " px");
        }
        press("#replace-key");
        waitUntil(() -> !lookup("#rotate-message").queryLabeled().getText().isEmpty());
        problems.addAll(problems("rotate, refused"));

        select(everyVerdict(key).get(0));
        clickOn("#key-more");
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "key-leaked".equals(item.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> showing(this, "#revoke-view"));
        problems.addAll(problems("revoke"));
        // Not through interact(): the question waits in its own event loop until answered.
        javafx.application.Platform.runLater(() -> lookup("#revoke-key").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        problems.addAll(problems("revoke, the question"));
        clickOn("Cancel");

        press("#open-settings");
        waitUntil(() -> showing(this, "#backup-now"));
        problems.addAll(problems("settings"));
        press("#show-archived");
        waitUntil(() -> lookup(".archived-card").tryQuery().isPresent());
        problems.addAll(problems("archive"));
        press("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));
        problems.addAll(problems("add key"));
        press("#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        problems.addAll(problems("new key guide"));
        interact(() -> {
            app.shell().keyList().selectedProperty().set(null);
            app.shell().keyList().reload(vault(), null);
        });
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        press("#check-all");
        waitUntil(() -> lookup("#check-all").query().isDisabled() == false);
        problems.addAll(problems("check all, done"));
        problems.addAll(new LayoutStates(this, okx).walk(this::problems));
        return problems;
    }

    @Test
    void nothingIsCutShortAt900x600() throws Exception {
        size(900, 600);
        assertThat(walkEveryPage()).as("text cut short at 900x600").isEmpty();
    }

    @Test
    void nothingIsCutShortAt1920x1080() throws Exception {
        size(1920, 1080);
        assertThat(walkEveryPage()).as("text cut short at 1920x1080").isEmpty();
    }

    /**
     * The revoke page once revoked (its result: three buttons and OKX's answer) at 900x600: nothing cut, and
     * nothing wider than the page, so it never needs a horizontal scroll bar.
     */
    @Test
    void theRevokeResultFitsTheWidthAt900x600() throws Exception {
        size(900, 600);
        createVault();
        select(everyVerdict(storedKeys().get(0)).get(0));
        clickOn("#key-more");
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "key-leaked".equals(item.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> showing(this, "#revoke-view"));
        javafx.application.Platform.runLater(() -> lookup("#revoke-key").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("Revoke key");
        waitUntil(() -> showing(this, "#create-replacement") && showing(this, "#revoke-check-again")
                && lookup("#revoke-message").queryLabeled().getText().contains("OKX"));
        List<String> problems = new ArrayList<>(problems("revoke, result"));
        interact(() -> {
            javafx.scene.control.ScrollPane page = lookup("#revoke-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            page.setVvalue(1);
            double content = Math.max(page.getContent().minWidth(-1), page.getContent().getLayoutBounds().getWidth());
            double viewport = page.getViewportBounds().getWidth();
            if (content > viewport + 0.5) {
                problems.add("revoke, result: the page is " + Math.round(content) + " px wide in " + Math.round(viewport));
            }
        });
        problems.addAll(problems("revoke, result, bottom"));
        assertThat(problems).isEmpty();
    }

    /** The height the steps' cards scroll in: the viewport of the scroll pane around the first step. */
    private double stepsViewport() {
        waitUntil(() -> lookup(".step-card").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        javafx.scene.Node node = lookup(".step-card").match(javafx.scene.Node::isVisible).query();
        while (!(node instanceof javafx.scene.control.ScrollPane)) {
            node = node.getParent();
        }
        return ((javafx.scene.control.ScrollPane) node).getViewportBounds().getHeight();
    }

    @Test
    void theGuideStepsGetTheTabsHeightAt900x600() throws Exception {
        size(900, 600);
        createVault();
        select(everyVerdict(storedKeys().get(0)).get(KeyVerdict.CAN_WITHDRAW.ordinal()));
        clickOn("#tab-guide");
        double keyGuide = stepsViewport();
        press("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));
        press("#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        double newKeyGuide = stepsViewport();
        assertThat(keyGuide).as("a key's Guide tab: px of height for the steps").isGreaterThan(USABLE_STEPS_HEIGHT);
        assertThat(newKeyGuide).as("the new key's guide: px of height for the steps").isGreaterThan(USABLE_STEPS_HEIGHT);
    }

    @Test
    void theKeyListKeepsItsWidthAcrossResizeAndUnlock() throws Exception {
        size(1100, 720);
        createVault();
        storedKeys();
        double before = lookup("#key-list").query().getBoundsInParent().getWidth();
        size(1600, 1000);
        size(900, 600);
        size(1100, 720);
        assertThat(lookup("#key-list").query().getBoundsInParent().getWidth()).isEqualTo(before);
        interact(() -> app.shell().lock());
        unlock();
        waitUntil(() -> lookup("#key-list").query().getBoundsInParent().getWidth() > 0);
        assertThat(lookup("#key-list").query().getBoundsInParent().getWidth()).isEqualTo(before);
    }

    /** OKX's own words for a refusal this version does not know: the longest reason a verdict can carry. */
    private static final String LONG_REASON = "Your API key has been restricted because the account is under a"
            + " compliance review; please contact customer support through the help centre for the details";

    /**
     * The longest verdict word a check reaches ("Works with warnings", for a trade key without an IP), and a
     * rejection with a long reason: beside them the header's buttons go under the verdict, whole.
     */
    @Test
    void theStatusHeaderKeepsEveryWordOfTheLongestVerdictsAndItsButtonsAt900x600() throws Exception {
        size(900, 600);
        createVault();
        FakeKey unbound = okx.add(FakeKey.builder().perm("read_only,trade"));
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(unbound.apiKey()),
                Secret.ofString(unbound.secretKey()), Secret.ofString(unbound.passphrase()))) {
            id = vault().add(new KeyDraft("Grid bot on the NAS in the cellar", Purpose.TRADING, Environment.LIVE,
                    Region.GLOBAL, okx.baseUrl(), "", 0, credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault(), id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
        clickOn("#tab-status");
        checkUntil(KeyVerdict.WORKS_WITH_WARNINGS);
        assertHeaderWhole("works with warnings");

        for (String path : dev.keyhaven.okx.OkxRefusals.SIGNED_READS) {
            okx.failAlways(path, FakeOkxServer.Fault.okxError(200, "59999", LONG_REASON));
        }
        checkUntil(KeyVerdict.REJECTED);
        assertThat(UiTestSupport.text(this, "#status-summary")).contains("59999");
        assertHeaderWhole("rejected, long reason");
    }

    private void checkUntil(KeyVerdict verdict) {
        press("#check-now");
        waitUntil(() -> showing(this, "#status-verdict") && !lookup("#check-progress").query().isVisible()
                && UiTestSupport.text(this, "#status-verdict").equals(verdict.text()));
    }

    private void assertHeaderWhole(String state) {
        assertThat(problems(state)).as("text cut short").isEmpty();
        javafx.scene.control.Label verdict = lookup("#status-verdict").queryAs(javafx.scene.control.Label.class);
        for (javafx.scene.control.Labeled shown : List.of(verdict, lookup("#check-now").queryButton(),
                lookup("#open-okx-page").queryButton())) {
            double[] width = new double[2];
            interact(() -> {
                width[0] = shown.getWidth();
                width[1] = shown.prefWidth(-1);
            });
            assertThat(width[0]).as(state + ": \"" + shown.getText() + "\" keeps its words")
                    .isGreaterThanOrEqualTo(width[1] - 1);
        }
    }
}
