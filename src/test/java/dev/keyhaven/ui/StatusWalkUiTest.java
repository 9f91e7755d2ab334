package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.keys.RevokeConfirmation;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.status.StatusReport;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.Comparator;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A new trader's walk through the Status tab against the OKX stand-in: every verdict after a good check,
 * what the status bar says when a check ends, a key that can withdraw, a revoked key OKX still accepts and
 * a filter that matches nothing. Older facts are always marked "as of" the check they come from.
 */
class StatusWalkUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    private long storeKey(String label, Purpose purpose, FakeKey key) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            long id = vault().add(new KeyDraft(label, purpose, Environment.LIVE, Region.GLOBAL, okx.baseUrl(), "", 0,
                    credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    private void showStatusOf(long id) {
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickWhenReady(this, "#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
    }

    /** Presses Check now and waits until a new check is in the history and the panel shows {@code verdict}. */
    private void checkNowUntil(long id, String verdict) {
        long before = checksOf(id);
        interact(() -> lookup("#status-view").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        interact(() -> lookup("#check-now").queryButton().fire());
        waitUntil(() -> checksOf(id) > before && lookup("#status-verdict").tryQuery()
                .map(shown -> ((Label) shown).getText().equals(verdict)).orElse(false)
                && !lookup("#check-progress").query().isVisible());
    }

    private long checksOf(long id) {
        try {
            return vault().history(id).stream().filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK).count();
        } catch (VaultException e) {
            throw new AssertionError(e);
        }
    }

    private HistoryEntry newestCheck(long id) throws VaultException {
        return vault().history(id).stream().filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at)).orElseThrow();
    }

    /** Waits for the status bar to say how the check ended; it must never stay at "Checking…". */
    private String statusBarSays(String start) {
        waitUntil(() -> showing(this, "#toast") && text(this, "#toast").startsWith(start));
        return text(this, "#toast");
    }

    /** The facts from the last check OKX answered are marked once, over the cards, with that check's time. */
    private void factsMarkedAsOf(String moment) {
        assertThat(lookup(".facts-as-of").queryAll()).as("one note over the four cards").hasSize(1);
        assertThat(lookup(".stale-facts").queryAll()).as("the four cards of facts are marked stale").hasSize(4);
        assertThat(text(this, "#facts-as-of")).startsWith("As of " + moment + ":")
                .contains("did not get OKX's answer");
        assertThat(text(this, "#status-summary")).contains("Last known as of " + moment);
    }

    /** After OKX refused the key, the older facts are said to be from before that, and never as unanswered. */
    private void factsFromBeforeTheRefusal(String moment) {
        assertThat(lookup(".facts-as-of").queryAll()).hasSize(1);
        assertThat(text(this, "#facts-as-of")).isEqualTo("From " + moment + ", before OKX refused this key.");
        assertThat(text(this, "#status-summary")).contains("Before OKX refused it, as of " + moment)
                .doesNotContain("Last known");
        assertThat(lookup("#chip-trade").queryAs(Label.class).getStyleClass()).contains("chip-refused")
                .doesNotContain("chip-granted");
    }

    private void answerEveryPathWith(FakeOkxServer.Fault fault) {
        for (String path : OkxRefusals.SIGNED_READS) {
            okx.failAlways(path, fault);
        }
        okx.failAlways(OkxClient.TIME_PATH, fault);
    }

    @Test
    void everyVerdictAfterAGoodCheckSaysItsOutcomeAndWhenAndMarksOlderFactsAsOf() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").uid("4471")
                .trading("USDT", "500", "500"));
        createVault();
        long id = storeKey("Grid bot", Purpose.TRADING, key);
        showStatusOf(id);

        checkNowUntil(id, "Works");
        String good = KeyStatus.moment(newestCheck(id).at(), java.time.ZoneId.systemDefault());
        assertThat(statusBarSays("\"Grid bot\": Checked ")).endsWith(": Works").doesNotContain("Checking");
        assertThat(showing(this, "#facts-as-of")).as("facts from the newest check are current").isFalse();
        assertThat(text(this, "#status-checked-at")).isEqualTo("Checked " + good);

        OkxRefusals.refuseSignedReads(okx, "50102");
        checkNowUntil(id, "Could not check");
        assertThat(text(this, "#status-checked-at")).startsWith("Tried ")
                .endsWith(": this computer's clock is off");
        assertThat(statusBarSays("\"Grid bot\": Check failed ")).endsWith(": this computer's clock is off");
        factsMarkedAsOf(good);
        assertThat(text(this, "#chip-trade")).isEqualTo("Trade: on");
        assertThat(text(this, "#account-uid")).isEqualTo("4471");

        okx.clearFaults();
        OkxRefusals.refuseSignedReads(okx, "50001");
        checkNowUntil(id, "Could not check");
        assertThat(text(this, "#status-checked-at")).endsWith(": OKX was busy or down");
        assertThat(statusBarSays("\"Grid bot\": Check failed ")).endsWith(": OKX was busy or down");
        factsMarkedAsOf(good);

        okx.clearFaults();
        answerEveryPathWith(FakeOkxServer.Fault.html(502));
        checkNowUntil(id, "Could not check");
        // The stand-in is at a local address: its HTTP 502 is that program's, not OKX's (walk 23).
        assertThat(text(this, "#status-checked-at"))
                .endsWith(": the address " + okx.baseUrl() + " (a local address, not OKX) was down or busy");
        factsMarkedAsOf(good);

        okx.clearFaults();
        // A Wi-Fi login page or a proxy answers instead of OKX: the network stands in the way.
        answerEveryPathWith(FakeOkxServer.Fault.html(200));
        checkNowUntil(id, "Could not check");
        String local = ": could not reach the address " + okx.baseUrl() + " (a local address, not OKX)";
        assertThat(text(this, "#status-checked-at")).endsWith(local);
        assertThat(statusBarSays("\"Grid bot\": Check failed ")).endsWith(local);
        factsMarkedAsOf(good);
        assertThat(text(this, "#trading-total")).isEqualTo("500.00 USD");

        okx.clearFaults();
        OkxRefusals.refuseSignedReads(okx, "50105");
        checkNowUntil(id, "Rejected by OKX");
        assertThat(text(this, "#status-summary")).startsWith("OKX does not accept the passphrase")
                .doesNotContain("Rejected by OKX");
        assertThat(statusBarSays("\"Grid bot\": Rejected by OKX ")).doesNotContain("Checking");
        factsFromBeforeTheRefusal(good);

        okx.clearFaults();
        checkNowUntil(id, "Works");
        assertThat(showing(this, "#facts-as-of")).as("a good check makes the facts current again").isFalse();
        assertThat(statusBarSays("\"Grid bot\": Checked ")).endsWith(": Works");
    }

    @Test
    void aKeySeenAbleToWithdrawKeepsItsOneAdviceAndMarksItAsOfWhenANewerCheckCannotAsk() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,withdraw"));
        createVault();
        long id = storeKey("Tax journal", Purpose.READ_ONLY, key);
        showStatusOf(id);

        checkNowUntil(id, "Can withdraw!");
        assertThat(text(this, "#status-next-step")).isEqualTo("Next step: " + StatusReport.WITHDRAW_FIX);
        assertThat(lookup("#problems .problem").<javafx.scene.Node>queryAll()).as("one message: no IP or keep-alive advice")
                .extracting(javafx.scene.Node::getId).containsExactly("problem-WITHDRAW_ENABLED");
        assertThat(lookup("#keep-alive").tryQuery()).as("no 'Check now to keep the key' for a key to delete")
                .isEmpty();
        assertThat(lookup("#deletion-date").tryQuery()).isEmpty();
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Can withdraw!");
        assertThat(app.shell().keyList().find(id).orElseThrow().status()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(statusBarSays("\"Tax journal\": Checked ")).endsWith(": Can withdraw!");
        String seen = KeyStatus.moment(newestCheck(id).at(), java.time.ZoneId.systemDefault());

        OkxRefusals.refuseSignedReads(okx, "50001");
        checkNowUntil(id, "Can withdraw!");
        assertThat(text(this, "#withdraw-seen")).isEqualTo("Seen at " + seen + ". The newest check could not ask"
                + " OKX, so it may still be on.");
        assertThat(text(this, "#facts-as-of")).startsWith("As of " + seen + ":");
        assertThat(text(this, "#as-of-problems-and-fixes")).as("the withdraw advice comes from the older check")
                .startsWith("As of " + seen + ":");
        assertThat(text(this, "#status-next-step")).isEqualTo("Next step: " + StatusReport.WITHDRAW_FIX);
    }

    @Test
    void aNewKeyIsCheckedAtOnceAfterItsFirstSaveAndTheStatusBarSaysHowItEnded() {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        clickOn("#add-key");
        clickOn("#path-have-key");
        clickOn(focus(this, "#key-label")).write("Grid bot");
        interact(() -> lookup(".advanced").queryAs(TitledPane.class).setExpanded(true));
        clickOn(focus(this, "#base-url")).write(okx.baseUrl());
        clickOn(focus(this, "#api-key .secret-field")).write(key.apiKey());
        clickOn(focus(this, "#secret-key .secret-field")).write(key.secretKey());
        clickOn(focus(this, "#passphrase .secret-field")).write(key.passphrase());
        clickOn(focus(this, "#save-key"));

        waitUntil(() -> app.shell().keyList().items().size() == 1
                && app.shell().keyList().items().get(0).status() == KeyVerdict.WORKS);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).as("checked once, without pressing Check now")
                .isEqualTo(1);
        assertThat(statusBarSays("\"Grid bot\": Checked ")).endsWith(": Works");
        waitUntil(() -> showing(this, "#status-verdict") && text(this, "#status-verdict").equals("Works"));
        assertThat(lookup("#status-history").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void aRevokedKeyOkxStillAcceptsIsAnAlarmOnThePageInItsHistoryAndInTheArchive() throws Exception {
        FakeKey leaked = okx.add(FakeKey.builder().perm("read_only"));
        createVault();
        long id = storeKey("Tax journal", Purpose.READ_ONLY, leaked);
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickWhenReady(this, "#key-more");
        clickOn("This key may have leaked…");
        waitUntil(() -> showing(this, "#revoke-view"));
        clickOn(focus(this, "#revoke-key"));
        waitUntil(() -> lookup("Revoke key").tryQuery().isPresent());
        clickOn("Revoke key");

        waitUntil(() -> text(this, "#revoke-message").contains(RevokeConfirmation.STILL_ACCEPTED));
        Label message = lookup("#revoke-message").queryAs(Label.class);
        assertThat(message.getStyleClass()).as("drawn as a danger, not as plain text").contains("error-note");
        assertThat(message.getText()).contains(Region.GLOBAL.apiManagementUrl());
        HistoryEntry check = newestCheck(id);
        assertThat(check.summary()).startsWith(RevokeConfirmation.STILL_ACCEPTED).doesNotContain("Works");

        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-alarm-" + id));
        assertThat(lookup("#archived-alarm-" + id).queryAs(Label.class).getStyleClass()).contains("error-note");
        assertThat(text(this, "#archived-alarm-" + id)).startsWith(RevokeConfirmation.STILL_ACCEPTED);
        assertThat(lookup("#archived-history-" + id + " .label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(line -> line.contains("Works"));
    }

    @Test
    void aFilterThatMatchesNoKeySaysSoAndOffersToClearIt() throws Exception {
        createVault();
        storeKey("Grid bot", Purpose.TRADING, okx.add(FakeKey.builder().perm("read_only,trade")));
        clickOn("#key-filter").write("xyz");
        waitUntil(() -> app.shell().keyList().visibleItems().isEmpty());
        assertThat(text(this, "#key-list-empty")).isEqualTo("No key matches 'xyz'.");
        clickOn("#clear-filter");
        waitUntil(() -> app.shell().keyList().visibleItems().size() == 1);
        assertThat(lookup("#key-filter").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(app.shell().keyList().visibleItems()).extracting(KeyListItem::key)
                .extracting(record -> record.label()).containsExactly("Grid bot");
    }
}
