package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Permissions;
import org.junit.jupiter.api.Test;

/** Each purpose's name, summary and wanted permissions: the key check judges a key by them. */
class PurposeTest {

    @Test
    void eachPurposeWantsReadAndTradesOnlyWhenItSaysSoAndNeverWithdraws() {
        assertThat(Purpose.TRADING.wantedPermissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(Purpose.PLATFORM_TRADE.wantedPermissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(Purpose.READ_ONLY.wantedPermissions()).isEqualTo(new Permissions(true, false, false));
        assertThat(Purpose.PLATFORM_READ.wantedPermissions()).isEqualTo(new Permissions(true, false, false));
        for (Purpose purpose : Purpose.values()) {
            assertThat(purpose.wantedPermissions().withdraw()).as(purpose.name()).isFalse();
            assertThat(purpose.permissionSummary()).as(purpose.name())
                    .isEqualTo(purpose.wantedPermissions().trade() ? "Read + Trade" : "Read only");
        }
    }

    @Test
    void onlyThePlatformPurposesAreForAPlatform() {
        assertThat(Purpose.PLATFORM_TRADE.forPlatform()).isTrue();
        assertThat(Purpose.PLATFORM_READ.forPlatform()).isTrue();
        assertThat(Purpose.TRADING.forPlatform()).isFalse();
        assertThat(Purpose.READ_ONLY.forPlatform()).isFalse();
    }

    @Test
    void eachPurposeHasItsOwnName() {
        assertThat(Purpose.TRADING.displayName()).isEqualTo("Trading bot");
        assertThat(Purpose.READ_ONLY.displayName()).isEqualTo("Journal or tracker");
        assertThat(Purpose.PLATFORM_TRADE.displayName()).isEqualTo("Platform or service that trades");
        assertThat(Purpose.PLATFORM_READ.displayName()).isEqualTo("Platform or service that only reads");
    }
}
