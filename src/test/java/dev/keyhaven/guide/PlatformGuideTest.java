package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.PermissionAdvice.Advice;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import org.junit.jupiter.api.Test;

/** The guide for keys given to a platform, and the corrections of issue 16 in every guide. */
class PlatformGuideTest {

    private static final ChecklistFactory FACTORY =
            new ChecklistFactory();

    private static Step step(Purpose purpose, String id) {
        return FACTORY.newKey(purpose, Environment.LIVE, Region.GLOBAL).step(id).orElseThrow();
    }

    @Test
    void aPlatformKeyUsesOkxsTypeForThirdPartyAppsAndThePlatformsName() {
        for (Purpose purpose : new Purpose[] {Purpose.PLATFORM_TRADE, Purpose.PLATFORM_READ}) {
            assertThat(step(purpose, "key-type").title()).isEqualTo("Choose the key type for linking a third-party app");
            assertThat(step(purpose, "name-key").title()).isEqualTo("Name the key after the platform");
            assertThat(step(purpose, "name-key").body()).contains("Platform, with the platform's name in place of Platform");
            assertThat(step(purpose, "ip-binding").body()).contains("platforms publish")
                    .contains("leave the field empty").contains("50110");
            assertThat(step(purpose, "save-credentials").body()).contains("where the platform asks");
            assertThat(step(purpose, "verify").body()).contains("code 50110").contains("expected");
        }
        assertThat(step(Purpose.TRADING, "key-type").title()).isEqualTo("Choose the key type for API trading");
        assertThat(step(Purpose.TRADING, "name-key").body()).contains("Suggested: TradingBot.");
    }

    @Test
    void thePlatformGetsExactlyTheAccessItAskedForAndNeverWithdraw() {
        assertThat(PermissionPlan.forPurpose(Purpose.PLATFORM_TRADE)).filteredOn(advice -> advice.advice() == Advice.TICK)
                .extracting(PermissionAdvice::permission).containsExactly("Read", "Trade");
        assertThat(PermissionPlan.forPurpose(Purpose.PLATFORM_READ)).filteredOn(advice -> advice.advice() == Advice.TICK)
                .extracting(PermissionAdvice::permission).containsExactly("Read");
        assertThat(PermissionPlan.forPurpose(Purpose.PLATFORM_TRADE).get(1).reason()).startsWith("Lets the platform");
        assertThat(PermissionPlan.forPurpose(Purpose.TRADING).get(1).reason()).startsWith("Lets the bot");
        assertThat(step(Purpose.PLATFORM_READ, "permissions").body()).contains("asked for Read only");
        assertThat(step(Purpose.PLATFORM_TRADE, "permissions").body()).contains("asked for Read + Trade");
    }

    @Test
    void tradeIsNotUnderstated() {
        for (Purpose purpose : Purpose.values()) {
            assertThat(PermissionPlan.forPurpose(purpose).get(1).reason()).as(purpose.name())
                    .contains("funding transfers").contains("account settings");
            assertThat(step(purpose, "permissions").body()).as(purpose.name()).contains("account settings");
        }
        assertThat(PermissionPlan.forPurpose(Purpose.TRADING)).extracting(PermissionAdvice::permission)
                .doesNotContain("Transfer and any other box");
    }

    @Test
    void usageRecordsAreInTheSecurityCenterAndOnlyForUnboundTradeKeys() {
        Step lastUsed = step(Purpose.TRADING, "last-used");
        assertThat(lastUsed.title()).isEqualTo("See the key's usage records on OKX");
        assertThat(lastUsed.body()).contains("Security Center").contains("not on the API page")
                .contains("not bound to an IP address");
        assertThat(lastUsed.url()).isEqualTo("https://www.okx.com/");
    }

    @Test
    void unboundTradeKeysExpireInOkxsWords() {
        assertThat(step(Purpose.TRADING, "ip-binding").body()).contains("expires after 14 days")
                .doesNotContain("deletes");
    }

    @Test
    void aPlatformKeysSuggestedLabelIsReplacedByThePlatformsName() {
        assertThat(SuggestedLabel.of(Purpose.PLATFORM_TRADE, Environment.LIVE)).isEqualTo("Platform");
        assertThat(SuggestedLabel.of(Purpose.PLATFORM_READ, Environment.DEMO)).isEqualTo("DemoPlatform");
        assertThat(SuggestedLabel.of(Purpose.READ_ONLY, Environment.LIVE)).isEqualTo("ReadOnly");
    }
}
