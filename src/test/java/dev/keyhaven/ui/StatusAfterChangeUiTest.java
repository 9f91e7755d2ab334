package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.keylist.KeyListItem;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** What the Status page says once things changed after a good check: OKX down or refusing (facts as of the good check), new credentials saved, the key restored from the archive. */
class StatusAfterChangeUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void aFailedCheckAfterAGoodOneShowsPermissionsAndBalancesAsOfTheGoodOneAndLastUseStays() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "500", "500"));
        long id = storedOnItsPage("Grid bot", key, key.passphrase());
        checkNowUntil("Works");
        String lastUsed = text(this, "#last-used");
        assertThat(showing(this, "#facts-as-of")).isFalse();

        assertThat(text(this, "#status-checked-at")).startsWith("Checked ");
        okxDown();
        checkNowUntil("Could not check");

        assertThat(text(this, "#status-checked-at")).as("a check OKX did not answer is not 'Checked'")
                .startsWith("Tried ").doesNotContain("Checked").doesNotContain("Check failed");
        // Walk 24: the title says "Could not check" and the line above says why: the summary says neither again.
        assertThat(text(this, "#status-summary")).startsWith(dev.keyhaven.keys.Problem.NOTHING_AGAINST_THE_KEY)
                .contains("Last known as of ").endsWith(": works.").doesNotContain("Could not check")
                .doesNotContain("HTTP 502");
        // Walk 24: on the key's own page the fix names the place on that page, not "in the app: the key's page".
        assertThat(text(this, "#status-next-step")).contains("remove the key's custom address to use OKX itself"
                + " (Advanced, on the Credentials tab).").doesNotContain("in the app");
        assertThat(lookup(".problem-fix").queryAllAs(Label.class)).extracting(Label::getText)
                .allSatisfy(fix -> assertThat(fix).doesNotContain("in the app"));
        assertThat(text(this, "#facts-as-of")).startsWith("As of ").contains("did not get OKX's answer");
        assertThat(lookup(".facts-as-of").queryAll()).as("said once, not on each card").hasSize(1);
        assertThat(text(this, "#chip-trade")).isEqualTo("Trade: on");
        assertThat(text(this, "#trading-total")).isEqualTo("500.00 USD");
        assertThat(text(this, "#last-used")).as("OKX accepted nothing").isEqualTo(lastUsed);
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Could not check");

        okx.clearFaults();
        okx.remove(key);
        checkNowUntil("Rejected by OKX");
        assertThat(text(this, "#status-checked-at")).as("the verdict over it says Rejected by OKX")
                .startsWith("As of ").doesNotContain("Rejected");
        assertThat(text(this, "#last-used")).as("a refused check is no use").isEqualTo(lastUsed);
        assertThat(text(this, "#facts-as-of")).startsWith("From ").endsWith(", before OKX refused this key.");
        assertThat(text(this, "#status-summary")).doesNotContain("Last known").contains("Before OKX refused it");
        assertThat(lookup("#chip-read").queryAs(Label.class).getStyleClass()).contains("chip-refused")
                .doesNotContain("chip-granted");
    }

    @Test
    void savingChangedCredentialsChecksTheKeyAgain() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Grid bot", key, key.passphrase());
        checkNowUntil("Works");

        clickOn("#tab-credentials");
        clickOn(focus(this, "#passphrase .secret-field")).write("Typo-passphrase-7");
        clickOn(focus(this, "#save-key"));

        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::status).orElse(null) == KeyVerdict.REJECTED);
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict") && text(this, "#status-verdict").equals("Rejected by OKX"));
        assertThat(vault().history(id)).filteredOn(entry -> entry.kind() == dev.keyhaven.vault.HistoryEntry.Kind.CHECK)
                .hasSize(2);
    }

    @Test
    void aRestoredKeyIsCheckedAgainAndItsVerdictFromBeforeTheArchiveIsNotShownAsCurrent() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "500", "500"));
        long id = storedOnItsPage("Grid bot", key, key.passphrase());
        checkNowUntil("Works");
        vault().archive(id, null);
        interact(() -> app.shell().keyList().reload(vault(), null));
        waitUntil(() -> app.shell().keyList().items().isEmpty());
        okxDown();

        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-restore-" + id));
        clickOn(focus(this, "#archived-restore-" + id));
        waitUntil(() -> lookup("Restore key").tryQuery().isPresent());
        clickOn("Restore key");

        // Restoring checks the key at once (OKX is down now): the old "Works" is never shown as current.
        waitUntil(() -> checksOf(id) == 2);
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::status).orElse(null)
                == KeyVerdict.COULD_NOT_CHECK);
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict") && text(this, "#status-verdict").equals("Could not check"));
        assertThat(text(this, "#status-checked-at")).startsWith("Tried ");
        assertThat(text(this, "#facts-as-of")).startsWith("As of ");
        assertThat(vault().history(id)).anyMatch(dev.keyhaven.keys.KeyStatus::isRestore);
    }
}
