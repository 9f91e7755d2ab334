package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.ChecklistProgress.Status;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutoTickerTest {

    private static final Instant CHECKED = Instant.parse("2026-11-23T16:45:00Z");
    private static final ChecklistFactory FACTORY =
            new ChecklistFactory();
    private static final AutoTicker TICKER = new AutoTicker(ZoneId.of("Europe/Berlin"));
    private static final Checklist TRADING = FACTORY.newKey(Purpose.TRADING, Environment.LIVE, Region.GLOBAL);
    private static final Checklist READ_ONLY = FACTORY.newKey(Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL);

    @Test
    void aNewKeyHasNothingVerified() {
        assertThat(TICKER.verdicts(TRADING, VerifiedFacts.NOTHING)).isEmpty();
    }

    @Test
    void savingTicksOnlyTheSaveStep() {
        assertThat(TICKER.verdicts(TRADING, VerifiedFacts.savedOnly()))
                .containsExactly(new Verdict("save-credentials", Verification.CREDENTIALS_SAVED, true,
                        "The three values are saved in your vault."));
    }

    @Test
    void aPassedCheckOfAWellMadeKeyTicksEveryVerifiableStep() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only,trade"),
                List.of("203.0.113.7"));

        Map<String, Verdict> verdicts = byStep(TICKER.verdicts(TRADING, facts));

        assertThat(verdicts.keySet()).containsExactlyInAnyOrder(
                "save-credentials", "verify", "permissions", "withdraw-off", "ip-binding");
        assertThat(verdicts.values()).allMatch(Verdict::confirmed);
        assertThat(verdicts.get("withdraw-off").reason()).isEqualTo("Checked 23 Nov 17:45: withdraw is off.");
        assertThat(verdicts.get("permissions").reason())
                .isEqualTo("Checked 23 Nov 17:45: Read + Trade, just what a trading bot needs.");
        assertThat(verdicts.get("ip-binding").reason()).isEqualTo("Checked 23 Nov 17:45: bound to 1 IP address.");
    }

    @Test
    void withdrawSeenIsNeverTickedAndOverridesTheTradersTick() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only,trade,withdraw"),
                List.of());

        Map<String, Verdict> verdicts = byStep(TICKER.verdicts(TRADING, facts));
        ChecklistProgress progress = ChecklistProgress.of(TRADING, Set.of("withdraw-off", "permissions"),
                TICKER.verdicts(TRADING, facts));

        assertThat(verdicts.get("withdraw-off").confirmed()).isFalse();
        assertThat(verdicts.get("withdraw-off").reason()).contains("CAN WITHDRAW").contains("Delete it on OKX");
        assertThat(verdicts.get("permissions").confirmed()).isFalse();
        assertThat(progress.step("withdraw-off").status()).isEqualTo(Status.NEEDS_ATTENTION);
        assertThat(progress.step("permissions").status()).isEqualTo(Status.NEEDS_ATTENTION);
        assertThat(progress.needsAttention()).isTrue();
    }

    @Test
    void aTradeKeyDoesNotMatchAReadOnlyPurpose() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only,trade"), List.of());

        Verdict permissions = byStep(TICKER.verdicts(READ_ONLY, facts)).get("permissions");

        assertThat(permissions.confirmed()).isFalse();
        assertThat(permissions.reason())
                .isEqualTo("Checked 23 Nov 17:45: OKX reports Read + Trade, but a journal or tracker needs Read only."
                        + " Change the key on OKX.");
    }

    @Test
    void noBoundIpLeavesTheIpStepToTheTrader() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only"), List.of());

        assertThat(byStep(TICKER.verdicts(READ_ONLY, facts))).doesNotContainKey("ip-binding");
        assertThat(ChecklistProgress.of(READ_ONLY, Set.of("ip-binding"), TICKER.verdicts(READ_ONLY, facts))
                .step("ip-binding").status()).isEqualTo(Status.TICKED_BY_YOU);
    }

    @Test
    void aFailedCheckWithoutAnAnswerFlagsOnlyTheCheckStep() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, false, null, List.of());

        Map<String, Verdict> verdicts = byStep(TICKER.verdicts(TRADING, facts));

        assertThat(verdicts.keySet()).containsExactlyInAnyOrder("save-credentials", "verify");
        assertThat(verdicts.get("verify").confirmed()).isFalse();
    }

    @Test
    void permissionsWithoutACheckTimeAreNotTrusted() {
        VerifiedFacts facts = new VerifiedFacts(false, null, false, Permissions.parse("read_only"), List.of("1.2.3.4"));

        assertThat(TICKER.verdicts(READ_ONLY, facts)).isEmpty();
    }

    @Test
    void progressCountsManualAndVerifiedTicksAndIgnoresOtherGuidesIds() {
        VerifiedFacts facts = new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only,trade"), List.of());
        Set<String> stored = Set.of("account-ready", "open-api-page", "rotate-create");

        ChecklistProgress progress = ChecklistProgress.of(TRADING, stored, TICKER.verdicts(TRADING, facts));

        assertThat(progress.doneCount()).isEqualTo(2 + 4);
        assertThat(progress.summary()).isEqualTo("6 of 13 done");
        assertThat(progress.complete()).isFalse();
        assertThat(progress.step("verify").status()).isEqualTo(Status.VERIFIED);
        assertThat(ChecklistProgress.withTick(stored, "create-key", true))
                .containsExactlyInAnyOrder("account-ready", "open-api-page", "rotate-create", "create-key");
        assertThat(ChecklistProgress.withTick(stored, "account-ready", false))
                .containsExactlyInAnyOrder("open-api-page", "rotate-create");
    }

    @Test
    void theNewestCheckInTheVaultHistoryDecides() {
        HistoryEntry older = new HistoryEntry(CHECKED.minusSeconds(3600), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.FAILED, "Invalid sign", false, null, List.of(), null, List.of("50113"), null);
        HistoryEntry newer = new HistoryEntry(CHECKED, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Works",
                true, Permissions.parse("read_only,trade"), List.of("203.0.113.7", "203.0.113.8"), "42", List.of(), null);
        HistoryEntry handout = new HistoryEntry(CHECKED.plusSeconds(60), HistoryEntry.Kind.HANDOUT,
                HistoryEntry.Outcome.INFO, "Handed to a bot", false, null, List.of(), null, List.of(), null);

        VerifiedFacts facts = VerifiedFacts.fromHistory(List.of(handout, older, newer));

        assertThat(facts).isEqualTo(new VerifiedFacts(true, CHECKED, true, Permissions.parse("read_only,trade"),
                List.of("203.0.113.7", "203.0.113.8")));
        assertThat(byStep(TICKER.verdicts(TRADING, facts)).get("ip-binding").reason())
                .isEqualTo("Checked 23 Nov 17:45: bound to 2 IP addresses.");
        assertThat(VerifiedFacts.fromHistory(List.of(handout))).isEqualTo(VerifiedFacts.savedOnly());
    }

    @Test
    void withdrawSeenStaysFlaggedAfterALaterCheckThatCouldNotReadThePermissions() {
        HistoryEntry sawWithdraw = new HistoryEntry(CHECKED.minusSeconds(3600), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.FAILED, "Fails: withdraw", true, Permissions.parse("read_only,trade,withdraw"),
                List.of(), "42", List.of("WITHDRAW_ENABLED"), null);
        HistoryEntry offline = new HistoryEntry(CHECKED, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED,
                "Fails: no connection", false, null, List.of(), null, List.of("NETWORK"), null);

        VerifiedFacts facts = VerifiedFacts.fromHistory(List.of(offline, sawWithdraw));
        Map<String, Verdict> verdicts = byStep(TICKER.verdicts(TRADING, facts));

        assertThat(facts.checkedAt()).isEqualTo(CHECKED);
        assertThat(facts.checkPassed()).isFalse();
        assertThat(facts.permissionsSeenAt()).isEqualTo(CHECKED.minusSeconds(3600));
        assertThat(verdicts.get("withdraw-off").confirmed()).isFalse();
        assertThat(verdicts.get("withdraw-off").reason()).startsWith("Checked 23 Nov 16:45 (the newest check, "
                + "23 Nov 17:45, could not read the permissions): ").contains("CAN WITHDRAW");
    }

    @Test
    void withdrawOffIsTickedOnlyFromPermissionsOkxReported() {
        HistoryEntry offline = new HistoryEntry(CHECKED, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED,
                "Fails: no connection", false, null, List.of(), null, List.of("NETWORK"), null);

        Map<String, Verdict> verdicts = byStep(TICKER.verdicts(TRADING, VerifiedFacts.fromHistory(List.of(offline))));

        assertThat(verdicts).doesNotContainKey("withdraw-off");
        assertThat(verdicts.get("verify").confirmed()).isFalse();
    }

    private static Map<String, Verdict> byStep(List<Verdict> verdicts) {
        return verdicts.stream().collect(Collectors.toMap(Verdict::stepId, verdict -> verdict));
    }
}
