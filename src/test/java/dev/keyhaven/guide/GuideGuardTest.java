package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.guide.ChecklistProgress.Status;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Progress through a checklist, the facts behind its ticks, and the words it uses for permissions. */
class GuideGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-23T17:45:00Z");
    private static final Checklist CHECKLIST = new ChecklistFactory()
            .newKey(Purpose.TRADING, Environment.LIVE, Region.GLOBAL);

    @Test
    void aChecklistIsCompleteOnlyWhenEveryStepIsDone() {
        List<String> ids = CHECKLIST.stepIds();
        ChecklistProgress none = ChecklistProgress.of(CHECKLIST, Set.of(), List.of());
        assertThat(none.complete()).isFalse();
        assertThat(none.doneCount()).isZero();
        assertThat(none.checklist()).isSameAs(CHECKLIST);

        Set<String> allButOne = Set.copyOf(ids.subList(1, ids.size()));
        ChecklistProgress almost = ChecklistProgress.of(CHECKLIST, allButOne, List.of());
        assertThat(almost.complete()).isFalse();
        assertThat(almost.summary()).isEqualTo((ids.size() - 1) + " of " + ids.size() + " done");

        ChecklistProgress all = ChecklistProgress.of(CHECKLIST, Set.copyOf(ids), List.of());
        assertThat(all.complete()).isTrue();
        assertThat(all.needsAttention()).isFalse();
    }

    @Test
    void aContradictedStepNeedsAttentionEvenWhenTicked() {
        String withdrawStep = "withdraw-off";
        Verdict contradicted = new Verdict(withdrawStep, Verification.WITHDRAW_OFF, false, "OKX reports Withdraw.");
        ChecklistProgress progress = ChecklistProgress.of(CHECKLIST, Set.copyOf(CHECKLIST.stepIds()),
                List.of(contradicted));

        assertThat(progress.needsAttention()).isTrue();
        assertThat(progress.complete()).isFalse();
        assertThat(progress.step(withdrawStep).status()).isEqualTo(Status.NEEDS_ATTENTION);
        assertThat(progress.step(withdrawStep).reason()).isEqualTo("OKX reports Withdraw.");

        Verdict confirmed = new Verdict(withdrawStep, Verification.WITHDRAW_OFF, true, "OKX reports no Withdraw.");
        ChecklistProgress verified = ChecklistProgress.of(CHECKLIST, Set.of(), List.of(confirmed, contradicted));
        assertThat(verified.step(withdrawStep).status()).as("the first verdict for a step counts")
                .isEqualTo(Status.VERIFIED);
        assertThat(verified.needsAttention()).isFalse();
    }

    @Test
    void anUnknownStepIsRefusedByName() {
        ChecklistProgress progress = ChecklistProgress.of(CHECKLIST, Set.of(), List.of());
        assertThatThrownBy(() -> progress.step("no-such-step")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No step no-such-step in this checklist");
    }

    @Test
    void factsTakeTheirPermissionTimeFromTheCheckWhenNoneIsGiven() {
        Instant checked = NOW.minusSeconds(60);
        Permissions readOnly = new Permissions(true, false, false);

        VerifiedFacts facts = new VerifiedFacts(true, checked, true, readOnly, null, null);
        assertThat(facts.permissionsSeenAt()).isEqualTo(checked);
        assertThat(facts.boundIps()).isEmpty();

        Instant earlier = NOW.minusSeconds(3600);
        assertThat(new VerifiedFacts(true, checked, false, readOnly, List.of("1.2.3.4"), earlier).permissionsSeenAt())
                .isEqualTo(earlier);
        assertThat(new VerifiedFacts(true, checked, false, null, List.of(), null).permissionsSeenAt()).isNull();
        assertThat(new VerifiedFacts(true, checked, true, readOnly, List.of()).permissionsSeenAt()).isEqualTo(checked);
        assertThat(new VerifiedFacts(true, checked, true, null, List.of()).permissionsSeenAt()).isNull();
    }

    @Test
    void factsKeepTheirOwnCopyOfTheIps() {
        List<String> ips = new ArrayList<>(List.of("1.2.3.4"));
        VerifiedFacts facts = new VerifiedFacts(true, NOW, true, Permissions.NONE, ips);
        ips.add("5.6.7.8");
        assertThat(facts.boundIps()).containsExactly("1.2.3.4");
        assertThat(VerifiedFacts.savedOnly().checked()).isFalse();
        assertThat(facts.checked()).isTrue();
    }

    @Test
    void suggestedLabelsNameTheUseAndTheEnvironmentInWords() {
        assertThat(SuggestedLabel.of(Purpose.TRADING, Environment.LIVE)).isEqualTo("TradingBot");
        assertThat(SuggestedLabel.of(Purpose.TRADING, Environment.DEMO)).isEqualTo("DemoTradingBot");
        assertThat(SuggestedLabel.of(Purpose.READ_ONLY, Environment.LIVE)).isEqualTo("ReadOnly");
    }

    @Test
    void theNextKeyForTheSameUseIsNumberedAfterAWord() {
        assertThat(SuggestedLabel.free("TradingBot", List.of("Grid bot"))).isEqualTo("TradingBot");
        assertThat(SuggestedLabel.free("TradingBot", List.of("tradingbot"))).isEqualTo("TradingBot2");
        assertThat(SuggestedLabel.free("TradingBot", List.of("TradingBot", "TradingBot2"))).isEqualTo("TradingBot3");
        assertThat(SuggestedLabel.free(SuggestedLabel.of(Purpose.TRADING, Environment.LIVE), List.of("TradingBot")))
                .as("no date glued to the number").matches("[A-Za-z]+2");
    }

    @Test
    void permissionsAreReadBackInThePlansWords() {
        assertThat(PermissionPlan.describe(Permissions.NONE)).isEqualTo("no permissions");
        assertThat(PermissionPlan.describe(new Permissions(true, false, false))).isEqualTo("Read only");
        assertThat(PermissionPlan.describe(new Permissions(true, true, false))).isEqualTo("Read + Trade");
        assertThat(PermissionPlan.describe(new Permissions(true, true, true))).isEqualTo("Read + Trade + Withdraw");
        assertThat(PermissionPlan.describe(new Permissions(true, false, true))).isEqualTo("Read + Withdraw");
        assertThat(PermissionPlan.describe(new Permissions(false, true, false))).isEqualTo("Trade");
        assertThat(PermissionPlan.describe(new Permissions(false, false, true))).isEqualTo("Withdraw");
        assertThat(PermissionPlan.describe(new Permissions(false, true, true))).isEqualTo("Trade + Withdraw");
    }

    @Test
    void aStepWithoutAdviceHasAnEmptyList() {
        Step step = new Step("id", "title", "body", null, null, StepAction.NONE, null);
        assertThat(step.permissionAdvice()).isEmpty();
        assertThat(step.isManual()).isTrue();
        assertThat(step.link()).isEmpty();
    }
}
