package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The controls the toolbar's ring was missing from (Show beside a secret, the key list, the history table)
 * are drawn differently when they hold the focus: a keyboard user sees where Tab went. The Live/Demo pills,
 * the radio buttons and the tabs draw a ring that can be seen: 2px or more, 3:1 against the page.
 */
class FocusRingUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    /** What the node draws around and behind itself: its background and the border strokes that show. */
    private record Look(List<String> border, Background background) {

        static Look of(Border border, Background background) {
            List<String> shown = new java.util.ArrayList<>();
            if (border != null) {
                for (javafx.scene.layout.BorderStroke stroke : border.getStrokes()) {
                    javafx.scene.layout.BorderWidths widths = stroke.getWidths();
                    if (widths.getTop() + widths.getRight() + widths.getBottom() + widths.getLeft() > 0
                            && !javafx.scene.paint.Color.TRANSPARENT.equals(stroke.getTopStroke())) {
                        shown.add(stroke.getTopStroke() + " " + widths);
                    }
                }
            }
            return new Look(shown, background);
        }
    }

    private Look look(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Look[] look = new Look[1];
        interact(() -> {
            javafx.scene.layout.Region region = lookup(query).queryAs(javafx.scene.layout.Region.class);
            region.applyCss();
            look[0] = Look.of(region.getBorder(), region.getBackground());
        });
        return look[0];
    }

    /** The look of {@code query} with the focus on {@code elsewhere}, then on itself. */
    private List<Look> unfocusedThenFocused(String query, String elsewhere) {
        focus(this, elsewhere);
        Look unfocused = look(query);
        focus(this, query);
        assertThat(lookup(query).query().isFocused()).as(query + " takes the focus").isTrue();
        return List.of(unfocused, look(query));
    }

    @Test
    void showTheKeyListAndTheHistoryTableShowTheFocus() throws Exception {
        createVault();
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Grid"));
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()));
                OkxClient client = OkxClient.create();
                KeyChecker checker = new KeyChecker(client)) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            new KeyService(checker).check(vault, id);
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> showing(this, "#key-tabs"));

        List<String> unchanged = new java.util.ArrayList<>();
        List<Look> list = unfocusedThenFocused("#key-list", "#key-filter");
        if (list.get(1).equals(list.get(0))) {
            unchanged.add("the key list");
        }

        clickOn("#tab-credentials");
        waitUntil(() -> showing(this, "#api-key"));
        List<Look> show = unfocusedThenFocused("#api-key .toggle-button", "#key-label");
        if (show.get(1).equals(show.get(0))) {
            unchanged.add("Show");
        }

        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-history"));
        List<Look> history = unfocusedThenFocused("#status-history", "#check-now");
        if (history.get(1).equals(history.get(0))) {
            unchanged.add("the history table");
        }
        assertThat(unchanged).as("drawn the same focused and unfocused").isEmpty();
    }

    @Test
    void thePillsTheRadioButtonsAndTheTabsDrawARingThatCanBeSeen() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault, id));
        }
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn("#tab-credentials");
        waitUntil(() -> showing(this, "#environment-live"));

        List<String> noRing = new java.util.ArrayList<>();
        for (String query : new String[] {"#environment-live", "#environment-demo", "#purpose-trading"}) {
            focus(this, "#key-label");
            boolean before = FocusRing.drawnBy(this, lookup(query).query());
            focus(this, query);
            assertThat(lookup(query).query().isFocused()).as(query + " takes the focus").isTrue();
            if (before || !FocusRing.drawnBy(this, lookup(query).query())) {
                noRing.add(query);
            }
        }
        focus(this, "#key-label");
        boolean before = FocusRing.drawnBy(this, FocusRing.selectedTab(this, "#key-tabs"));
        focus(this, "#key-tabs");
        if (before || !FocusRing.drawnBy(this, FocusRing.selectedTab(this, "#key-tabs"))) {
            noRing.add("the selected tab");
        }
        assertThat(noRing).as("no visible ring when focused (or one when not)").isEmpty();
    }

    @Test
    void theBlueDefaultButtonAndTheRedButtonDrawARingThatShowsOnThePageAndOnTheButton() {
        waitUntil(() -> showing(this, "#create-vault"));
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write(MASTER);
        waitUntil(() -> !lookup("#create-vault").query().isDisabled());
        focus(this, "#new-password .secret-field");
        boolean before = FocusRing.drawnAroundFilledButton(this, lookup("#create-vault").query());
        focus(this, "#create-vault");
        assertThat(lookup("#create-vault").query().isFocused()).as("Create vault takes the focus").isTrue();
        assertThat(lookup("#create-vault").queryButton().isDefaultButton()).as("the default button").isTrue();
        List<String> noRing = new java.util.ArrayList<>();
        if (before || !FocusRing.drawnAroundFilledButton(this, lookup("#create-vault").query())) {
            noRing.add("Create vault (default, blue)");
        }
        clickOn("#create-vault");
        waitUntil(() -> showing(this, "#main-screen"));
        focus(this, "#add-key");
        if (!FocusRing.drawnAroundFilledButton(this, lookup("#add-key").query())) {
            noRing.add("Add key (the toolbar's blue button)");
        }
        assertThat(noRing).as("no ring that shows on the page and on the button").isEmpty();
    }
}
