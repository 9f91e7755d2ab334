package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.PermissionAdvice.Advice;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionPlanTest {

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void theBoxesToTickAreExactlyThePurposesPermissions(Purpose purpose) {
        List<PermissionAdvice> plan = PermissionPlan.forPurpose(purpose);
        Permissions ticked = new Permissions(
                ticks(plan, PermissionPlan.READ), ticks(plan, PermissionPlan.TRADE), ticks(plan, PermissionPlan.WITHDRAW));

        assertThat(ticked).isEqualTo(purpose.wantedPermissions());
        assertThat(plan).filteredOn(advice -> advice.advice() == Advice.NEVER)
                .extracting(PermissionAdvice::permission).containsExactly(PermissionPlan.WITHDRAW);
    }

    @Test
    void tradingTicksReadAndTradeWhileReadOnlyTicksReadAlone() {
        assertThat(PermissionPlan.forPurpose(Purpose.TRADING)).filteredOn(advice -> advice.advice() == Advice.TICK)
                .extracting(PermissionAdvice::permission).containsExactly("Read", "Trade");
        assertThat(PermissionPlan.forPurpose(Purpose.READ_ONLY)).filteredOn(advice -> advice.advice() == Advice.TICK)
                .extracting(PermissionAdvice::permission).containsExactly("Read");
    }

    @Test
    void describesWhatOkxReported() {
        assertThat(PermissionPlan.describe(Permissions.parse("read_only"))).isEqualTo("Read only");
        assertThat(PermissionPlan.describe(Permissions.parse("trade,read_only"))).isEqualTo("Read + Trade");
        assertThat(PermissionPlan.describe(Permissions.parse("read_only,withdraw,trade")))
                .isEqualTo("Read + Trade + Withdraw");
        assertThat(PermissionPlan.describe(Permissions.NONE)).isEqualTo("no permissions");
    }

    private static boolean ticks(List<PermissionAdvice> plan, String permission) {
        return plan.stream().anyMatch(advice -> advice.permission().equals(permission) && advice.advice() == Advice.TICK);
    }
}
