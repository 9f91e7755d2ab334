package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.ProblemCatalog;
import dev.keyhaven.keys.ProblemContext;
import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.keys.KeyVerdict;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** What one key's Check now shows on its Status page, per verdict: never checked, works (with what OKX granted), can withdraw, a wrong passphrase, a refused read. */
class StatusVerdictUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void aKeyNeverCheckedDoesNotSayNoProblemsFound() throws Exception {
        long id = storedOnItsPage("Unchecked", okx.add(FakeKey.builder()), "Pass-phrase-1");
        assertThat(text(this, "#status-verdict")).isEqualTo("Never checked");
        assertThat(lookup("#problems .label").queryAll()).extracting(label -> ((Label) label).getText())
                .containsExactly("Not checked yet: check it with OKX to find problems.");
    }

    @Test
    void aKeyAddedThroughTheFormIsCheckedAndShowsWhatOkxGranted() {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1", "203.0.113.7")
                .uid("44170012").label("Gridbot").trading("USDT", "1250", "1250"));
        createVault();
        addKeyThroughTheForm("Grid bot", key);
        clickOn("#tab-status");
        // Its first save checks it at once; Check now checks it again.
        waitUntil(() -> lookup("#status-verdict").tryQuery().map(verdict -> ((Label) verdict).getText().equals("Works"))
                .orElse(false) && !lookup("#check-progress").query().isVisible());

        okx.latency(Duration.ofMillis(400));
        clickOn("#check-now");
        assertThat(lookup("#check-now").query().isFocused()).as("a check keeps the focus where it was").isTrue();
        assertThat(showing(this, "#check-progress")).isTrue();
        waitUntil(() -> lookup("#status-verdict").tryQuery().map(verdict -> ((Label) verdict).getText().equals("Works"))
                .orElse(false) && lookup("#account-uid").tryQuery().isPresent());

        assertThat(lookup("#check-now").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(text(this, "#chip-read")).isEqualTo("Read: on");
        assertThat(text(this, "#chip-trade")).isEqualTo("Trade: on");
        assertThat(text(this, "#chip-withdraw")).isEqualTo("Withdraw: off");
        assertThat(showing(this, "#withdraw-banner")).isFalse();
        assertThat(text(this, "#ip-binding")).isEqualTo("Bound to 127.0.0.1, 203.0.113.7");
        assertThat(text(this, "#account-uid")).isEqualTo("44170012");
        assertThat(text(this, "#account-kind")).isEqualTo("Main account");
        assertThat(text(this, "#trading-total")).isEqualTo("1,250.00 USD");
        waitUntil(() -> lookup("#status-history").queryAs(TableView.class).getItems().size() == 2);
        assertThat(okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH)).isEqualTo(2);
        waitUntil(() -> app.shell().keyList().items().get(0).status() == KeyVerdict.WORKS);
    }

    @Test
    void aKeyThatCanWithdrawShowsTheRedBannerWithTheFix() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1"));
        long id = storedOnItsPage("Risky bot", key, key.passphrase());
        assertThat(showing(this, "#withdraw-banner")).isFalse();
        // Walk 24: before OKX said it can withdraw, the Credentials tab's Withdraw advice is a calm note.
        clickOn("#tab-credentials");
        waitUntil(() -> lookup("#withdraw-advice").tryQuery().isPresent());
        assertThat(lookup("#withdraw-advice").queryAs(Label.class).getStyleClass()).contains("info-note")
                .doesNotContain("withdraw-warning");
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#check-now"));

        checkNow();

        assertThat(showing(this, "#withdraw-banner")).isTrue();
        Node banner = lookup("#withdraw-banner").query();
        var fix = ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, ProblemContext.builder().build()).fix();
        // Walk 24: the fix was said by the Next step and again by the banner under it.
        assertThat(text(this, "#status-next-step")).isEqualTo("Next step: " + fix);
        assertThat(text(this, "#withdraw-danger")).doesNotContain(fix);
        assertThat(from(lookup(".status-header").<Node>query()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().contains(fix)).count()
                + from(banner).lookup(".label").queryAllAs(Label.class).stream()
                        .filter(label -> label.getText().contains(fix)).count())
                .as("the withdraw fix, said once at the top of the Status tab").isEqualTo(1);
        assertThat(text(this, "#chip-withdraw")).isEqualTo("Withdraw: ON: dangerous");
        assertThat(text(this, "#status-verdict")).isEqualTo("Can withdraw!");
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Can withdraw!");
        assertThat(panelLabelsSaying("Can withdraw!")).as("the panel's title, said once").isEqualTo(1);
        assertThat(panelLabelsSaying("Anyone who gets hold of this key")).as("the banner says the danger").isEqualTo(1);
        // Once OKX said it can withdraw, the Credentials tab's advice is the red alarm, with the one fix.
        waitUntil(() -> app.shell().keyList().items().get(0).status() == KeyVerdict.CAN_WITHDRAW);
        clickOn("#tab-credentials");
        waitUntil(() -> lookup("#withdraw-advice").queryAs(Label.class).getStyleClass().contains("withdraw-warning"));
        assertThat(text(this, "#withdraw-advice")).isEqualTo("OKX said this key can WITHDRAW. " + fix)
                .doesNotContain("Never enable");
        clickOn("#tab-status");
        assertThat(lookup("#status-history").queryAs(TableView.class).getItems()).singleElement()
                .satisfies(row -> assertThat(row.toString()).doesNotContain("Fails:").doesNotContain("DANGER"));
    }

    @Test
    void aWrongPassphraseShowsOkxsRefusalWithTheFix() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Typo bot", key, "Not-the-passphrase-1");

        checkNow();

        var expected = ProblemCatalog.problem(ProblemId.AUTH_WRONG_PASSPHRASE,
                ProblemContext.builder().okxCode("50105").build());
        Node row = lookup("#problem-AUTH_WRONG_PASSPHRASE").query();
        assertThat(from(row).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Error: " + expected.message(), "Fix: " + expected.fix());
        assertThat(text(this, "#status-verdict")).isEqualTo("Rejected by OKX");
        assertThat(text(this, "#status-summary")).startsWith(expected.message())
                .as("said once, by the verdict over it").doesNotContain("Rejected by OKX");
        assertThat(text(this, "#status-next-step")).isEqualTo("Next step: " + expected.fix());
        assertThat(text(this, "#chip-read")).isEqualTo("Read: not known yet");
        assertThat(text(this, "#last-used")).as("OKX accepted nothing").isEqualTo("Never");
    }

    @Test
    void aRefusedFundingReadIsNotReadWithItsReasonAndANetworkOkxDoesNotServeIsNamed() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "90", "90"));
        long id = storedOnItsPage("Grid bot", key, key.passphrase());
        OkxRefusals.refuseFunding(okx, "50030");

        checkNow();

        assertThat(text(this, "#status-verdict")).isEqualTo("Works with warnings");
        assertThat(text(this, "#chip-trade")).isEqualTo("Trade: on");
        assertThat(text(this, "#funding-assets")).startsWith("Not read: OKX says this key may not use");
        assertThat(text(this, "#trading-assets")).contains("USDT");
        assertThat(lookup("#problem-BALANCE_NOT_READ").tryQuery()).isPresent();

        okx.clearFaults();
        OkxRefusals.blockNetwork(okx);
        interact(() -> lookup("#check-now").queryButton().fire());
        waitUntil(() -> lookup("#problem-NETWORK_NOT_SERVED").tryQuery().isPresent());
        Node row = lookup("#problem-NETWORK_NOT_SERVED").query();
        assertThat(from(row).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).startsWith("Could not check: OKX does not serve"));
    }
}
