package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.ProblemCatalog;
import dev.keyhaven.keys.ProblemContext;
import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Checks from the desktop against a local server that plays OKX: Check now, the banner, failures, Check all. */
class StatusUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private void addKeyThroughTheForm(String label, FakeKey key) {
        clickOn("#add-key");
        clickOn("#path-have-key");
        clickOn(focus(this, "#key-label")).write(label);
        interact(() -> lookup(".advanced").queryAs(TitledPane.class).setExpanded(true));
        clickOn(focus(this, "#base-url")).write(okx.baseUrl());
        clickOn(focus(this, "#api-key .secret-field")).write(key.apiKey());
        clickOn(focus(this, "#secret-key .secret-field")).write(key.secretKey());
        clickOn(focus(this, "#passphrase .secret-field")).write(key.passphrase());
        clickOn(focus(this, "#save-key"));
        waitUntil(() -> app.shell().keyList().find(idOf(label)).isPresent());
    }

    private long idOf(String label) {
        try {
            return vault().keyByLabel(label).map(record -> record.id()).orElse(-1L);
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    /** Stores a key as the form would, without typing it (the form itself is covered above). */
    private long storeKey(String label, FakeKey key, String passphrase) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(passphrase))) {
            long id = vault().add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    private void showStatusOf(long id) {
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
    }

    private void checkNow() {
        clickOn("#check-now");
        // The key list's mark changes after the check, which rebuilds the page: wait for the new one.
        waitUntil(() -> lookup("#check-now").tryQuery().map(button -> !button.isDisabled()).orElse(false)
                && lookup("#status-verdict").tryQuery().map(verdict -> !((Label) verdict).getText().equals("Never checked"))
                        .orElse(false));
    }

    @Test
    void aKeyNeverCheckedDoesNotSayNoProblemsFound() throws Exception {
        createVault();
        long id = storeKey("Unchecked", okx.add(FakeKey.builder()), "Pass-phrase-1");
        showStatusOf(id);
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
    void checksByACommandBesideTheAppShowUpWithoutLosingAnEditUnderWay() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        long id = storeKey("Grid bot", key, key.passphrase());
        showStatusOf(id);
        clickOn("#tab-guide");
        CheckBox tick = lookup(".check-box").match(node -> node.getId() != null && node.getId().startsWith("tick-"))
                .queryAs(CheckBox.class);
        clickOn(tick);
        waitUntil(() -> !stored(id).checklistDone().isEmpty());
        clickOn("#tab-credentials");
        clickOn(focus(this, "#notes")).write("not saved yet");
        Node form = lookup("#notes").query();

        commandChecks(id);
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::status).orElse(null) == KeyVerdict.WORKS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat((Object) lookup("#notes").query()).as("the form was not rebuilt").isSameAs(form);
        assertThat(lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("not saved yet");
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Works");
        assertThat(lookup("Discard changes").tryQuery()).as("nobody asked about the edit").isEmpty();
        clickOn("#tab-status");
        assertThat(text(this, "#status-verdict")).isEqualTo("Works");
        assertThat(lookup("#status-history").queryAs(TableView.class).getItems()).hasSize(1);

        commandChecks(id);
        waitUntil(() -> lookup("#status-history").queryAs(TableView.class).getItems().size() == 2);
        assertThat((Object) lookup("#notes").query()).as("a second check with the same verdict").isSameAs(form);
    }

    private dev.keyhaven.vault.KeyRecord stored(long id) {
        try {
            return vault().key(id).orElseThrow();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    /** What 'keyhaven check' does while the app is unlocked: a shared opening records the check. */
    private void commandChecks(long id) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests());
                KeyChecker checker = new KeyChecker(OkxClient.create())) {
            assertThat(new KeyService(checker).check(command, id).ok()).isTrue();
        }
    }

    @Test
    void aKeyThatCanWithdrawShowsTheRedBannerWithTheFix() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1"));
        createVault();
        long id = storeKey("Risky bot", key, key.passphrase());
        showStatusOf(id);
        assertThat(showing(this, "#withdraw-banner")).isFalse();

        checkNow();

        assertThat(showing(this, "#withdraw-banner")).isTrue();
        Node banner = lookup("#withdraw-banner").query();
        var fix = ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, ProblemContext.builder().build()).fix();
        assertThat(text(this, "#withdraw-fix")).as("the banner advises what the problem's fix says").endsWith(fix);
        assertThat(text(this, "#chip-withdraw")).isEqualTo("Withdraw: ON: dangerous");
        assertThat(text(this, "#status-verdict")).isEqualTo("Can withdraw!");
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Can withdraw!");
        assertThat(panelLabelsSaying("Can withdraw!")).as("the panel's title, said once").isEqualTo(1);
        assertThat(panelLabelsSaying("Anyone who gets hold of this key")).as("the banner says the danger").isEqualTo(1);
        assertThat(lookup("#status-history").queryAs(TableView.class).getItems()).singleElement()
                .satisfies(row -> assertThat(row.toString()).doesNotContain("Fails:").doesNotContain("DANGER"));
    }

    @Test
    void aWrongPassphraseShowsOkxsRefusalWithTheFix() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        long id = storeKey("Typo bot", key, "Not-the-passphrase-1");
        showStatusOf(id);

        checkNow();

        var expected = ProblemCatalog.problem(ProblemId.AUTH_WRONG_PASSPHRASE,
                ProblemContext.builder().okxCode("50105").build());
        Node row = lookup("#problem-AUTH_WRONG_PASSPHRASE").query();
        assertThat(from(row).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Error: " + expected.message(), "Fix: " + expected.fix());
        assertThat(text(this, "#status-verdict")).isEqualTo("Rejected by OKX");
        assertThat(text(this, "#status-summary")).startsWith("Rejected by OKX: " + expected.message());
        assertThat(text(this, "#status-next-step")).isEqualTo("Next step: " + expected.fix());
        assertThat(text(this, "#chip-read")).isEqualTo("Read: not known yet");
        assertThat(text(this, "#last-used")).as("OKX accepted nothing").isEqualTo("Never");
    }

    @Test
    void checkAllChecksEveryKeyAndTheListMarksFollow() throws Exception {
        FakeKey good = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey unbound = okx.add(FakeKey.builder().perm("read_only,trade"));
        FakeKey wrong = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        storeKey("Alpha", good, good.passphrase());
        storeKey("Bravo", unbound, unbound.passphrase());
        storeKey("Charlie", wrong, "Wrong-passphrase-9");
        assertThat(app.shell().keyList().items()).extracting(KeyListItem::status).containsOnly(KeyVerdict.NEVER_CHECKED);

        clickOn("#check-all");
        waitUntil(() -> showing(this, "#check-all-view"));
        waitUntil(() -> !lookup("#check-all-close").queryAs(Button.class).isDisabled());
        waitUntil(() -> app.shell().keyList().items().stream().noneMatch(item -> item.status() == KeyVerdict.NEVER_CHECKED));

        assertThat(text(this, "#check-all-count")).startsWith("3 of 3 done");
        assertThat(app.shell().keyList().items()).extracting(item -> item.key().label() + " " + item.status())
                .containsExactly("Alpha WORKS", "Bravo WORKS_WITH_WARNINGS", "Charlie REJECTED");
        assertThat(lookup("#key-list .status-mark").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Works", "Works with warnings", "Rejected by OKX");
        assertThat(lookup("#check-all-view .status-mark").queryAllAs(Label.class)).extracting(Label::getText)
                .as("Check all says what the list says").containsExactly("Works", "Works with warnings", "Rejected by OKX");
        assertThat(okx.rateLimitRejections()).isZero();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRefusedFundingReadIsNotReadWithItsReasonAndANetworkOkxDoesNotServeIsNamed() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "90", "90"));
        createVault();
        long id = storeKey("Grid bot", key, key.passphrase());
        showStatusOf(id);
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

    /** Every path answers with a proxy's error page, as when OKX is down behind its CDN. */
    private void okxDown() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    private void checkNowUntil(String verdict) {
        // A finished check leaves the panel scrolled down (focus leaves the disabled button): scroll back up.
        interact(() -> lookup("#status-view").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        clickOn("#check-now");
        waitUntil(() -> lookup("#check-now").tryQuery().map(button -> !button.isDisabled()).orElse(false)
                && lookup("#status-verdict").tryQuery().map(shown -> ((Label) shown).getText().equals(verdict))
                        .orElse(false));
    }

    @Test
    void aFailedCheckAfterAGoodOneShowsPermissionsAndBalancesAsOfTheGoodOneAndLastUseStays() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").trading("USDT", "500", "500"));
        createVault();
        long id = storeKey("Grid bot", key, key.passphrase());
        showStatusOf(id);
        checkNowUntil("Works");
        String lastUsed = text(this, "#last-used");
        assertThat(showing(this, "#facts-as-of")).isFalse();

        assertThat(text(this, "#status-checked-at")).startsWith("Checked ");
        okxDown();
        checkNowUntil("Could not check");

        assertThat(text(this, "#status-checked-at")).as("a check OKX did not answer is not 'Checked'")
                .startsWith("Check failed ").doesNotContain("Checked");
        assertThat(text(this, "#status-summary")).contains("Last known as of ").endsWith(": works.");
        assertThat(text(this, "#facts-as-of")).startsWith("As of ").contains("did not get OKX's answer");
        assertThat(lookup(".facts-as-of").queryAll()).as("said once, not on each card").hasSize(1);
        assertThat(text(this, "#chip-trade")).isEqualTo("Trade: on");
        assertThat(text(this, "#trading-total")).isEqualTo("500.00 USD");
        assertThat(text(this, "#last-used")).as("OKX accepted nothing").isEqualTo(lastUsed);
        assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText()).isEqualTo("Could not check");

        okx.clearFaults();
        okx.remove(key);
        checkNowUntil("Rejected by OKX");
        assertThat(text(this, "#status-checked-at")).startsWith("Rejected by OKX ");
        assertThat(text(this, "#last-used")).as("a refused check is no use").isEqualTo(lastUsed);
        assertThat(text(this, "#facts-as-of")).startsWith("From ").endsWith(", before OKX refused this key.");
        assertThat(text(this, "#status-summary")).doesNotContain("Last known").contains("Before OKX refused it");
        assertThat(lookup("#chip-read").queryAs(Label.class).getStyleClass()).contains("chip-refused")
                .doesNotContain("chip-granted");
    }

    @Test
    void savingChangedCredentialsChecksTheKeyAgain() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        createVault();
        long id = storeKey("Grid bot", key, key.passphrase());
        showStatusOf(id);
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
        createVault();
        long id = storeKey("Grid bot", key, key.passphrase());
        showStatusOf(id);
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
        assertThat(text(this, "#status-checked-at")).startsWith("Check failed ");
        assertThat(text(this, "#facts-as-of")).startsWith("As of ");
        assertThat(vault().history(id)).anyMatch(dev.keyhaven.keys.KeyStatus::isRestore);
    }

    private long checksOf(long id) {
        try {
            return vault().history(id).stream()
                    .filter(entry -> entry.kind() == dev.keyhaven.vault.HistoryEntry.Kind.CHECK).count();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    /** How many Labels shown in the Status panel (not its history table) contain {@code words}. */
    private long panelLabelsSaying(String words) {
        return from(lookup("#status-view").queryAs(Node.class)).lookup((Node node) -> node instanceof Label label
                && label.isVisible() && label.isManaged() && label.getText() != null
                && label.getText().contains(words)).queryAll().size();
    }
}
