package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After a rotation the old key still works on OKX: the next step says to delete it there, until it is done. */
class OldKeyOnOkxUiTest extends AppWithFakeOkx {

    private FakeKey old;
    private long oldId;

    /** Stores "Grid bot" as {@code old} and replaces it by {@code replacement}; the old key's id. */
    private long rotate(FakeKey old, FakeKey replacement) throws Exception {
        long id = storeKey("Grid bot", Purpose.TRADING, Region.EEA, old);
        clickWhenReady(this, "#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        clickOn(focus(this, "#new-api-key .secret-field")).write(replacement.apiKey());
        clickOn(focus(this, "#new-secret-key .secret-field")).write(replacement.secretKey());
        clickOn(focus(this, "#new-passphrase .secret-field")).write(replacement.passphrase());
        clickOn(focus(this, "#replace-key"));
        waitUntil(() -> stored(id).archived());
        return id;
    }

    /**
     * Unlocks, replaces "Grid bot" by a second key OKX knows, and waits for the key page with the next step to
     * delete the old one on OKX; that step's selector.
     */
    private String rotatedWithReminder() throws Exception {
        old = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey replacement = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        oldId = rotate(old, replacement);
        String reminder = "#old-key-reminder-" + oldId;
        waitUntil(() -> showing(this, "#key-tabs") && showing(this, reminder));
        return reminder;
    }

    @Test
    void afterARotationTheNextStepSaysWhichKeyToDeleteOnOkxAndTheArchiveKeepsItUntilDone() throws Exception {
        String reminder = rotatedWithReminder();
        String sentence = text(this, reminder + " #old-key-reminder-text");
        assertThat(sentence).startsWith("Next step: delete the old key on OKX.")
                .contains("\u201cGrid bot\u201d").contains(old.apiKey().substring(0, 8))
                .doesNotContain(old.apiKey().substring(0, 9));
        clickWhenReady(this, reminder + " #old-key-open-okx");
        assertThat(opened).containsExactly(Region.EEA.apiManagementUrl());

        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + oldId) && showing(this, reminder));
        assertThat(text(this, reminder + " #old-key-reminder-text")).as("one wording").isEqualTo(sentence);
        clickWhenReady(this, reminder + " #old-key-deleted");
        waitUntil(() -> showing(this, "#archived-" + oldId) && lookup(reminder).tryQuery().isEmpty());
        assertThat(focusOwnerId()).as("focus after \"I deleted it\" on the archive card")
                .isEqualTo("archived-copy-api-key-" + oldId);

        clickWhenReady(this, "#archived-close");
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + oldId));
        assertThat(lookup(reminder).tryQuery()).as("the reminder, once the trader said it is done").isEmpty();
    }

    private String focusOwnerId() {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.scene.Node owner = stage.getScene().getFocusOwner();
            return owner == null ? "(none)" : String.valueOf(owner.getId());
        });
    }

    @Test
    void onTheKeyPageIDeletedItLeavesTheFocusOnThePageNotTheFilter() throws Exception {
        String reminder = rotatedWithReminder();
        clickWhenReady(this, reminder + " #old-key-deleted");
        waitUntil(() -> lookup(reminder).tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwnerId()).as("focus after \"I deleted it\" on the key page").isNotEqualTo("key-filter");
        assertThat(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> dev.keyhaven.ui.controls.FocusSuccessor
                .isIn(stage.getScene().getFocusOwner(), lookup("#key-tabs").query().getParent())))
                .as("the focus stays on the key's page").isTrue();
    }

    @Test
    void theReminderGoesWhenACheckOfTheOldKeyFindsOkxNoLongerKnowsIt() throws Exception {
        String reminder = rotatedWithReminder();

        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, reminder));
        okx.remove(old);
        clickWhenReady(this, "#archived-ask-okx-" + oldId);
        waitUntil(() -> text(this, "#archived-message").startsWith("Confirmed: OKX no longer accepts"));
        waitUntil(() -> showing(this, "#archived-" + oldId) && lookup(reminder).tryQuery().isEmpty());
    }

    @Test
    void onTheKeyPageARefusedIDeletedItKeepsItsReasonAndOffersAskOkxAgainInTheBanner() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        FakeKey old = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        FakeKey replacement = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long oldId = rotate(old, replacement);
        String reminder = "#old-key-reminder-" + oldId;
        waitUntil(() -> showing(this, "#key-tabs") && showing(this, reminder));
        // OKX accepted the old key when Keyhaven last asked (a check after the rotation).
        vault().recordHistory(oldId, new dev.keyhaven.vault.HistoryEntry(java.time.Instant.now(),
                dev.keyhaven.vault.HistoryEntry.Kind.CHECK, dev.keyhaven.vault.HistoryEntry.Outcome.OK, "Works.", true,
                null, List.of(), null, List.of(), null));

        clickWhenReady(this, reminder + " #old-key-deleted");
        waitUntil(() -> showing(this, reminder + " #old-key-refused"));
        assertThat(text(this, reminder + " #old-key-refused")).startsWith("OKX still accepted the old key")
                .contains("Ask OKX again");
        assertThat(lookup(reminder + " #old-key-deleted").queryButton().isDisabled()).isTrue();

        // Leaving the page and coming back (walk20b 8): OKX's answer has not changed, nor has the banner.
        String reason = text(this, reminder + " #old-key-refused");
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> lookup(reminder).tryQuery().isEmpty());
        clickWhenReady(this, "#settings-done");
        clickOn(lookup("#key-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> showing(this, reminder) && showing(this, reminder + " #old-key-ask-okx"));
        assertThat(text(this, reminder + " #old-key-refused")).isEqualTo(reason);
        assertThat(lookup(reminder + " #old-key-deleted").queryButton().isDisabled()).isTrue();

        okx.remove(old);
        clickWhenReady(this, reminder + " #old-key-ask-okx");
        waitUntil(() -> lookup(reminder).tryQuery().isEmpty());
        assertThat(text(this, "#toast")).startsWith("Confirmed: OKX no longer knows the old key");
    }
}
