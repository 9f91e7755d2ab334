package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.gateway.GatewayRunChild;
import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * A gateway run recorded by another opening of the vault (as 'keyhaven run --gateway' does beside the app)
 * shows the key in use in the list and its Status tab, and no longer once the run's stop is recorded.
 */
class KeyInUseUiTest extends AppUiTest {

    @Test
    void aGatewayRunBesideTheAppMarksTheKeyInUseUntilItStops() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent());
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
        assertThat(visibleInUseMark()).isEmpty();
        assertThat(showing(this, "#in-use-line")).isFalse();

        List<String> warnings = new ArrayList<>();
        try (Secret password = Secret.ofString(MASTER);
                Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests())) {
            UsageHistory run = new UsageHistory(command, id, "bot.py", new UsageLedger(), Clock.systemUTC(),
                    warnings::add);
            run.start("Refused: withdrawals.");

            waitUntil(() -> visibleInUseMark().isPresent() && showing(this, "#in-use-line"));
            assertThat(visibleInUseMark().orElseThrow().getText()).isEqualTo("In use");
            assertThat(text(this, "#in-use-line")).startsWith("In use by a bot through Keyhaven's gateway since ");
            assertThat(app.shell().keyList().find(id).map(KeyListItem::inUse).orElseThrow().inUse()).isTrue();
            assertThat(lookup("#key-list .status-mark").queryAs(Label.class).getText())
                    .as("the verdict is unchanged beside the mark").isEqualTo("Never checked");
            assertThat(text(this, "#status-verdict")).isEqualTo("Never checked");

            run.close();
        }

        waitUntil(() -> visibleInUseMark().isEmpty() && !showing(this, "#in-use-line"));
        assertThat(app.shell().keyList().find(id).map(KeyListItem::inUse).orElseThrow().inUse()).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aKilledGatewayProcessLeavesTheMarkWithinSecondsThoughNothingIsWritten() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault, id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent());
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));

        try (GatewayRunChild child = GatewayRunChild.start(vaultFile(), MASTER, "Grid bot", folder)) {
            waitUntil(() -> visibleInUseMark().isPresent() && showing(this, "#in-use-line"));
            int rows = vault.history(id).size();

            child.kill();

            waitUntil(() -> visibleInUseMark().isEmpty());
            assertThat(vault.history(id)).as("the kill wrote nothing the app could have seen").hasSize(rows);
        }
        waitUntil(() -> text(this, "#in-use-line").contains("ended without a stop record"));
        assertThat(app.shell().keyList().find(id).map(KeyListItem::inUse).orElseThrow().state())
                .isEqualTo(KeyInUse.State.GATEWAY_ENDED);
    }

    private Optional<Label> visibleInUseMark() {
        return lookup(".in-use-mark").match(Node::isVisible).match(node -> node.getScene() != null)
                .tryQuery().map(Label.class::cast);
    }
}
