package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;

import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;

/**
 * The states of a key that the plain walk of {@link LayoutUiTest} does not reach: a key with a 60-character
 * name in use by a bot through the gateway, a key OKX refuses, a key whose check could not reach OKX, and the
 * questions a key's page asks (the master password before a secret is shown, with a wrong one typed; delete).
 */
final class LayoutStates {

    static final String LONG = "Grid bot for BTC-USDT perpetual swaps on the NAS in the cell";

    private final AppUiTest test;
    private final FakeOkxServer okx;

    LayoutStates(AppUiTest test, FakeOkxServer okx) {
        this.test = test;
        this.okx = okx;
    }

    /** Walks each state; {@code problems} names what it finds at the place it is given. */
    List<String> walk(Function<String, List<String>> problems) throws Exception {
        List<String> found = new ArrayList<>();
        FakeKey known = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Long"));
        long inUse = add(LONG, known.apiKey(), known.secretKey(), known.passphrase(), okx.baseUrl());
        try (Secret password = Secret.ofString(AppUiTest.MASTER);
                Vault beside = Vault.openShared(test.vaultFile(), password, VaultOptions.forTests())) {
            UsageHistory run = new UsageHistory(beside, inUse, "bot.py", new UsageLedger(), Clock.systemUTC(),
                    warning -> { });
            run.start("Refused: withdrawals.");
            select(inUse);
            test.clickOn("#tab-status");
            waitUntil(() -> showing(test, "#in-use-line"));
            found.addAll(tabs("in use, 60-character name", problems));
            found.addAll(dialogs(problems));
            run.close();
        }

        long refused = add("Refused by OKX", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
                "22582BD0CFF14C41EDBF1AB98506286D", "Grid-Bot-Pass-2024!", okx.baseUrl());
        select(refused);
        found.addAll(checked("refused", problems));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long unreachable = add("OKX out of reach", known.apiKey(), known.secretKey(), known.passphrase(),
                "http://127.0.0.1:" + closedPort);
        select(unreachable);
        found.addAll(checked("could not check", problems));
        return found;
    }

    private long add(String label, String apiKey, String secretKey, String passphrase, String baseUrl)
            throws Exception {
        Vault vault = test.app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey), Secret.ofString(secretKey),
                Secret.ofString(passphrase))) {
            return vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, baseUrl, "", 0,
                    credentials)).record().id();
        }
    }

    private void select(long id) {
        Vault vault = test.app.shell().vault().orElseThrow();
        test.interact(() -> test.app.shell().keyList().reload(vault, id));
        waitUntil(() -> test.app.shell().keyList().selectedProperty().get() != null
                && test.app.shell().keyList().selectedProperty().get().key().id() == id
                && showing(test, "#key-tabs"));
    }

    private List<String> checked(String where, Function<String, List<String>> problems) {
        test.clickOn("#tab-status");
        waitUntil(() -> showing(test, "#status-verdict"));
        press("#check-now");
        waitUntil(() -> !text(test, "#status-verdict").equals("Never checked")
                && !test.lookup("#check-progress").query().isVisible());
        return tabs(where, problems);
    }

    private List<String> tabs(String where, Function<String, List<String>> problems) {
        List<String> found = new ArrayList<>(problems.apply(where + " #tab-status"));
        for (String tab : new String[] {"#tab-guide", "#tab-credentials"}) {
            test.clickOn(tab);
            found.addAll(problems.apply(where + " " + tab));
        }
        return found;
    }

    /** On the Credentials tab: the master password asked before Show, right and wrong; the delete question. */
    private List<String> dialogs(Function<String, List<String>> problems) {
        List<String> found = new ArrayList<>();
        test.clickOn("#tab-credentials");
        // Not through interact(): each question waits in its own event loop until answered.
        Platform.runLater(() -> test.lookup("#secret-key").lookup(".toggle-button").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(test, "#confirm-master-password"));
        found.addAll(problems.apply("show secret, the question"));
        test.clickOn("#confirm-master-password").write("not the master password");
        test.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> showing(test, "#confirm-master-password-problem"));
        found.addAll(problems.apply("show secret, a wrong password"));
        cancelQuestion();
        waitUntil(() -> test.lookup("#confirm-master-password").tryQuery().isEmpty());

        Platform.runLater(() -> test.lookup("#delete-key").queryAs(ButtonBase.class).fire());
        waitUntil(() -> test.lookup(".dialog-pane").tryQuery().isPresent());
        found.addAll(problems.apply("delete, the question"));
        cancelQuestion();
        waitUntil(() -> test.lookup(".dialog-pane").tryQuery().isEmpty());
        return found;
    }

    /** The open question's Cancel (the page may have a Cancel of its own). */
    private void cancelQuestion() {
        test.interact(() -> test.lookup(".dialog-pane .button").match(node -> node instanceof ButtonBase button
                && "Cancel".equals(button.getText())).queryAs(ButtonBase.class).fire());
    }

    private void press(String query) {
        waitUntil(() -> showing(test, query));
        test.interact(() -> test.lookup(query).queryAs(ButtonBase.class).fire());
    }
}
