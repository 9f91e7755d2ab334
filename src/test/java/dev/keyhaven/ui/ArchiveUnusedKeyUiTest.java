package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.FxDialogs;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/**
 * A healthy key the trader no longer uses is archived from its page's More menu without claiming a leak (walk24
 * #6): the question says what archiving does, Keep it is the default, and a bot using the key stops it.
 */
class ArchiveUnusedKeyUiTest extends AppUiTest {

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    private long storeKey() throws Exception {
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            id = vault().add(new KeyDraft("Tax export", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, null, "",
                    0, credentials)).record().id();
        }
        interact(() -> app.shell().keyList().reload(vault(), id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
        return id;
    }

    private boolean archived(long id) {
        try {
            return vault().key(id).orElseThrow().archived();
        } catch (VaultException e) {
            throw new AssertionError(e);
        }
    }

    private void askToArchive() {
        clickWhenReady(this, "#key-more");
        waitUntil(() -> showing(this, "#key-archive"));
        clickOn("#key-archive");
        waitUntil(() -> lookup("Archive key").tryQuery().isPresent());
    }

    @Test
    void moreArchivesAHealthyKeyAfterAQuestionThatSaysWhatArchivingDoes() throws Exception {
        createVault();
        long id = storeKey();

        askToArchive();
        assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("leaves your list of keys").contains("values and history are kept")
                .contains("restore it from Archived keys").contains("still works on OKX until you delete it there")
                .contains("delete it on OKX's API page next").doesNotContain("leak");
        assertThat(lookup("Archive key").queryButton().getStyleClass()).as("drawn red")
                .contains(FxDialogs.DESTRUCTIVE);
        assertThat(lookup("Archive key").queryButton().isDefaultButton()).as("Enter does not archive").isFalse();
        assertThat(lookup("Keep it").queryButton().isDefaultButton()).as("Keep it is the default").isTrue();
        clickOn("Archive key");
        waitUntil(() -> archived(id));
        waitUntil(() -> app.shell().keyList().find(id).isEmpty());

        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-fate-" + id));
        assertThat(text(this, "#archived-fate-" + id)).startsWith("Archived: no longer used.")
                .doesNotContain("Revoked");
    }

    @Test
    void aKeyABotUsesThroughTheGatewayIsNotArchivedAndTheTraderReadsWhy() throws Exception {
        createVault();
        long id = storeKey();
        List<String> warnings = new ArrayList<>();
        try (Secret password = Secret.ofString(MASTER);
                Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests());
                UsageHistory run = new UsageHistory(command, id, "bot.py", new UsageLedger(), Clock.systemUTC(),
                        warnings::add)) {
            run.start("Refused: withdrawals.");
            waitUntil(() -> app.shell().keyList().find(id).map(item -> item.inUse().inUse()).orElse(false));

            askToArchive();
            clickOn("Archive key");
            waitUntil(() -> lookup(".dialog-pane").tryQuery()
                    .map(pane -> ((DialogPane) pane).getContentText()).orElse("").contains("was not archived"));
            assertThat(lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                    .contains("In use by a bot through Keyhaven's gateway since").contains("Stop that bot first");
            assertThat(archived(id)).isFalse();
        }
    }
}
