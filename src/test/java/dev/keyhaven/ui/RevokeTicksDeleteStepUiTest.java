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
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Once OKX, asked after Revoke, says it no longer knows the key, the revoke checklist's first step
 * ("Delete the key on OKX now") is ticked by Keyhaven, saying when OKX said so.
 */
class RevokeTicksDeleteStepUiTest extends AppWithFakeOkx {

    @Test
    void okxNoLongerKnowingTheRevokedKeyTicksTheDeleteStepAsOfItsAnswer() throws Exception {
        FakeKey leaked = okx.add(FakeKey.builder().perm("read_only"));
        unlock();
        storeKey("Tax journal", Purpose.READ_ONLY, Region.EEA, leaked);
        clickWhenReady(this, "#key-more");
        clickOn("This key may have leaked…");
        waitUntil(() -> showing(this, "#revoke-view"));
        assertThat(showing(this, "#verified-revoke-delete")).as("nothing proven before OKX is asked").isFalse();

        okx.remove(leaked);
        clickOn(focus(this, "#revoke-key"));
        waitUntil(() -> lookup("Revoke key").tryQuery().isPresent());
        clickOn("Revoke key");
        waitUntil(() -> text(this, "#revoke-message").contains("Confirmed: OKX no longer accepts"));
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> showing(this, "#verified-revoke-delete"));
        assertThat(text(this, "#verdict-revoke-delete"))
                .matches("Verified by Keyhaven: Asked \\d{1,2} \\w{3} \\d{2}:\\d{2}: OKX no longer knows this key,"
                        + " so it is deleted there\\.");
    }
}
