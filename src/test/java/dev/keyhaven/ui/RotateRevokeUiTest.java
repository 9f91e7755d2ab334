package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.Region;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

/** Rotating a key against a local server that plays OKX, and revoking one that may have leaked. */
class RotateRevokeUiTest extends AppWithFakeOkx {

    @Test
    void rotatingSavesChecksAndShowsTheNewKeyAndArchivesTheOldOne() throws Exception {
        FakeKey old = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey replacement = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").uid("55120001"));
        unlock();
        long oldId = storeKey("Grid bot", Purpose.TRADING, Region.GLOBAL, old);

        clickWhenReady(this, "#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        assertThat(lookup("#step-rotate-create").tryQuery()).isPresent();
        clickOn("#tick-rotate-create");
        waitUntil(() -> stored(oldId).checklistDone().contains("rotate-create"));

        clickOn(focus(this, "#new-api-key .secret-field")).write(replacement.apiKey());
        clickOn(focus(this, "#new-secret-key .secret-field")).write(replacement.secretKey());
        clickOn(focus(this, "#new-passphrase .secret-field")).write(replacement.passphrase());
        clickOn(focus(this, "#replace-key"));

        waitUntil(() -> app.shell().keyList().items().size() == 1
                && app.shell().keyList().items().get(0).key().id() != oldId);
        KeyRecord now = app.shell().keyList().items().get(0).key();
        assertThat(now.label()).isEqualTo("Grid bot");
        waitUntil(() -> showing(this, "#status-verdict") && text(this, "#status-verdict").equals("Works")
                && showing(this, "#account-uid") && text(this, "#account-uid").equals("55120001"));
        assertThat(vault().history(now.id())).anyMatch(entry -> entry.signedUse());
        KeyRecord archived = vault().key(oldId).orElseThrow();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.replacedById()).isEqualTo(now.id());

        clickWhenReady(this, "#tab-guide");
        waitUntil(() -> showing(this, "#verified-rotate-check"));
        assertThat(lookup("#tick-rotate-create").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(showing(this, "#verified-rotate-save")).isTrue();

        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + oldId));
        assertThat(text(this, "#archived-fate-" + oldId)).isEqualTo("Replaced by \u201cGrid bot\u201d.");
        assertThat(text(this, "#archived-at-" + oldId)).startsWith("Archived ");
    }

    @Test
    void aNewKeyOkxRefusesIsNotInstalledTheOldKeyStaysAndTheTraderReadsWhy() throws Exception {
        FakeKey old = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey unknownToOkx = FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").build();
        unlock();
        long oldId = storeKey("Grid bot", Purpose.TRADING, Region.GLOBAL, old);

        clickWhenReady(this, "#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        clickOn(focus(this, "#new-api-key .secret-field")).write(unknownToOkx.apiKey());
        clickOn(focus(this, "#new-secret-key .secret-field")).write(unknownToOkx.secretKey());
        clickOn(focus(this, "#new-passphrase .secret-field")).write(unknownToOkx.passphrase());
        clickOn(focus(this, "#replace-key"));

        waitUntil(() -> text(this, "#rotate-message").startsWith("The new key was not installed"));
        assertThat(text(this, "#rotate-message")).contains("OKX refused it.")
                .contains("\"Grid bot\" stays active and nothing was archived.")
                .contains("Copy the API key again");
        assertThat(showing(this, "#rotate-view")).as("the trader can paste again").isTrue();
        assertThat(vault().keys()).extracting(KeyRecord::id).containsExactly(oldId);
        assertThat(vault().archivedKeys()).isEmpty();
        assertThat(stored(oldId).archived()).isFalse();
        assertThat(app.shell().keyList().items()).extracting(item -> item.key().id()).containsExactly(oldId);
    }

    @Test
    void revokingGuidesToOkxFirstArchivesTheKeyThenOffersALikeReplacement() throws Exception {
        FakeKey leaked = okx.add(FakeKey.builder().perm("read_only"));
        unlock();
        long id = storeKey("Tax journal", Purpose.READ_ONLY, Region.EEA, leaked);

        clickWhenReady(this, "#key-more");
        clickOn("This key may have leaked…");
        waitUntil(() -> showing(this, "#revoke-view"));
        assertThat(lookup("#revoke-open-okx").queryButton().getStyleClass()).as("not destructive, so not red")
                .doesNotContain(atlantafx.base.theme.Styles.DANGER);
        clickOn("#revoke-open-okx");
        assertThat(opened).containsExactly(Region.EEA.apiManagementUrl());
        assertThat(showing(this, "#create-replacement")).isFalse();

        // The revoke page scrolls as one: its actions lie below the checklist.
        clickOn(focus(this, "#revoke-key"));
        waitUntil(() -> lookup("Revoke key").tryQuery().isPresent());
        clickOn("Revoke key");

        waitUntil(() -> showing(this, "#create-replacement"));
        waitUntil(() -> text(this, "#revoke-message").contains("OKX still accepts"));
        assertThat(text(this, "#revoke-message")).contains("Delete it on OKX's API page now");
        okx.remove(leaked);
        clickWhenReady(this, "#revoke-check-again");
        waitUntil(() -> text(this, "#revoke-message").contains("Confirmed: OKX no longer accepts \"Tax journal\""));
        assertThat(showing(this, "#revoke-check-again")).isFalse();
        assertThat(vault().key(id).orElseThrow().archived()).isTrue();
        assertThat(vault().key(id).orElseThrow().replacedById()).isNull();
        waitUntil(() -> app.shell().keyList().items().isEmpty());
        assertThat(app.shell().keyList().items()).extracting(KeyListItem::key).isEmpty();

        clickOn("#create-replacement");
        waitUntil(() -> showing(this, "#purposePicker"));
        assertThat(lookup("#purposePicker").<ComboBox<Purpose>>query().getValue()).isEqualTo(Purpose.READ_ONLY);
        assertThat(lookup("#regionPicker").<ComboBox<Region>>query().getValue()).isEqualTo(Region.EEA);
        assertThat(lookup("#environmentPicker").<ComboBox<Environment>>query().getValue()).isEqualTo(Environment.LIVE);
    }
}
