package dev.keyhaven.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.keys.ProblemCatalog;
import dev.keyhaven.keys.ProblemContext;
import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.keys.Severity;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.okx.TradingBalance;
import dev.keyhaven.ui.status.PermissionChip.State;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status panel's rules, without a screen: verdict, chips, deletion date, balances hint. */
class StatusReportTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Permissions READ_TRADE = new Permissions(true, true, false);
    private static final Permissions READ_ONLY = new Permissions(true, false, false);

    private static KeyRecord key(Purpose purpose, Environment environment, Instant created) {
        return new KeyRecord(7, "Grid bot", purpose, environment, Region.EEA, null, "", created, created, 0,
                Set.of(), null, null);
    }

    private static CheckResult check(Instant at, Permissions permissions, List<String> ips, List<Problem> problems) {
        boolean ok = problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        boolean answered = permissions != null;
        return new CheckResult(ok, Environment.LIVE, "https://eea.okx.com", answered ? 80L : null, 1_200L,
                answered ? new CheckResult.Account("5001", "5000", true, 2, "Futures mode", "gridbot") : null,
                permissions, ips, answered ? new CheckResult.Balances(new BigDecimal("1250.5"),
                        List.of(new TradingBalance.Detail("USDT", new BigDecimal("1250.50"), null, new BigDecimal("1250.5"))),
                        List.of()) : null, problems, at);
    }

    private static HistoryEntry entry(CheckResult result, Instant at, boolean signedUse) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, result.ok() ? HistoryEntry.Outcome.OK
                : HistoryEntry.Outcome.FAILED, result.summary(), signedUse, result.permissions(), result.ipWhitelist(),
                "5001", result.problemIds(), result.toJson());
    }

    private static Problem problem(ProblemId id, Severity severity) {
        return new Problem(id, severity, null, id.name() + " message", id.name() + " fix");
    }

    @Test
    void aKeyNeverCheckedSaysSoAndKnowsNoPermissionsYet() {
        KeyRecord key = key(Purpose.TRADING, Environment.DEMO, NOW.minus(Duration.ofDays(3)));

        StatusReport report = StatusReport.of(key, List.of(), CLOCK, 90);

        assertThat(report.verdict()).isEqualTo(KeyVerdict.NEVER_CHECKED);
        assertThat(report.verdictReached()).isEmpty();
        assertThat(report.chips()).extracting(PermissionChip::state).containsOnly(State.UNKNOWN);
        assertThat(report.withdrawEnabled()).isFalse();
        assertThat(report.account()).isNull();
        assertThat(report.balances()).isNull();
        assertThat(report.lastUsed()).isEqualTo("Never");
        assertThat(report.age()).isEqualTo("Saved 3 days ago (17 March 2026)");
        assertThat(report.deletion()).as("demo keys never expire").isEmpty();
        assertThat(report.okxApiPage()).isEqualTo(Region.EEA.apiManagementUrl());
    }

    @Test
    void chipsSetWhatOkxGrantedAgainstWhatThePurposeWants() {
        assertThat(PermissionChip.of(Purpose.TRADING, READ_TRADE)).extracting(PermissionChip::text)
                .containsExactly("Read: on", "Trade: on", "Withdraw: off");
        assertThat(PermissionChip.of(Purpose.TRADING, READ_ONLY)).extracting(PermissionChip::state)
                .containsExactly(State.GRANTED, State.MISSING, State.OFF);
        assertThat(PermissionChip.of(Purpose.READ_ONLY, READ_TRADE)).extracting(PermissionChip::state)
                .containsExactly(State.GRANTED, State.EXCESS, State.OFF);
        assertThat(PermissionChip.of(Purpose.READ_ONLY, new Permissions(true, false, true)))
                .extracting(PermissionChip::state).containsExactly(State.GRANTED, State.OFF, State.DANGER);
        assertThat(State.DANGER.needsAction()).isTrue();
    }

    @Test
    void withdrawEnabledRaisesTheBanner() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(1)));
        CheckResult result = check(NOW, new Permissions(true, true, true), List.of("1.2.3.4"),
                List.of(problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)));

        StatusReport report = StatusReport.of(key, List.of(entry(result, NOW, true)), CLOCK, 90);

        assertThat(report.withdrawEnabled()).isTrue();
        assertThat(report.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(report.chips().get(2).text()).isEqualTo("Withdraw: ON: dangerous");
    }

    @Test
    void theBannerStaysWithItsTimeWhenTheNewestCheckCouldNotAskOkx() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        Instant seenAt = Instant.parse("2026-03-19T08:00:00Z");
        CheckResult sawWithdraw = check(seenAt, new Permissions(true, true, true), List.of(),
                List.of(problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)));
        CheckResult offline = check(NOW, null, List.of(), List.of(problem(ProblemId.NETWORK, Severity.ERROR)));
        List<HistoryEntry> history = List.of(entry(offline, NOW, false), entry(sawWithdraw, seenAt, true));

        StatusReport report = StatusReport.of(key, history, CLOCK, 90);

        assertThat(report.withdrawEnabled()).isTrue();
        assertThat(report.withdrawSeen()).startsWith("Seen at 19 Mar 2026, 08:00.").contains("could not ask OKX");
        assertThat(report.chips().get(2).text()).isEqualTo("Withdraw: ON: dangerous");
        assertThat(report.verdictReached()).isEqualTo("20 Mar 2026, 10:00");
    }

    @Test
    void aLaterCheckThatReadThePermissionsClearsTheBanner() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        CheckResult sawWithdraw = check(NOW.minusSeconds(3600), new Permissions(true, true, true), List.of(),
                List.of(problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)));
        CheckResult fixed = check(NOW, READ_TRADE, List.of("1.2.3.4"), List.of());
        List<HistoryEntry> history = List.of(entry(fixed, NOW, true), entry(sawWithdraw, NOW.minusSeconds(3600), true));

        StatusReport report = StatusReport.of(key, history, CLOCK, 90);

        assertThat(report.withdrawEnabled()).isFalse();
        assertThat(report.withdrawSeen()).isEmpty();
    }

    @Test
    void anUnboundLiveTradeKeyIsDeleted14DaysAfterItsLastSignedUse() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(30)));
        Instant lastUse = Instant.parse("2026-03-10T08:00:00Z");
        CheckResult accepted = check(lastUse, READ_TRADE, List.of(), List.of(problem(ProblemId.NO_IP_BINDING,
                Severity.WARNING)));
        CheckResult failedLater = check(NOW.minusSeconds(5), null, List.of(),
                List.of(problem(ProblemId.NETWORK, Severity.ERROR)));
        List<HistoryEntry> history = List.of(entry(failedLater, NOW.minusSeconds(5), false), entry(accepted, lastUse, true));

        StatusReport report = StatusReport.of(key, history, CLOCK, 90);

        assertThat(report.deletion()).hasValueSatisfying(deletion -> {
            assertThat(deletion.deletesAt()).isEqualTo(lastUse.plus(Duration.ofDays(14)));
            assertThat(deletion.text()).as("20 March to 24 March").contains("24 March 2026").contains("(in 4 days)");
            assertThat(deletion.urgent()).isFalse();
        });
        assertThat(report.keepAliveOffered()).isTrue();
        assertThat(report.lastUsed()).isEqualTo("10 Mar 2026, 08:00");
        assertThat(report.history()).extracting(StatusReport.HistoryRow::outcome).containsExactly("Could not check",
                "Works with warnings");
    }

    @Test
    void boundReadOnlyAndDemoKeysHaveNoDeletionDate() {
        Instant at = NOW.minusSeconds(60);
        CheckResult bound = check(at, READ_TRADE, List.of("203.0.113.7"), List.of());
        KeyRecord live = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        assertThat(StatusReport.of(live, List.of(entry(bound, at, true)), CLOCK, 90).deletion()).isEmpty();
        assertThat(StatusReport.of(live, List.of(entry(bound, at, true)), CLOCK, 90).ipBinding())
                .isEqualTo("Bound to 203.0.113.7");

        CheckResult readOnly = check(at, READ_ONLY, List.of(), List.of());
        KeyRecord journal = key(Purpose.READ_ONLY, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        StatusReport report = StatusReport.of(journal, List.of(entry(readOnly, at, true)), CLOCK, 90);
        assertThat(report.deletion()).isEmpty();
        assertThat(report.ipBinding()).isEqualTo("Not bound to an IP");
    }

    @Test
    void accountClockBalancesAndRotationAreWorded() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(80)));
        CheckResult result = check(NOW, READ_TRADE, List.of("1.2.3.4"), List.of());

        StatusReport report = StatusReport.of(key, List.of(entry(result, NOW, true)), CLOCK, 90);

        assertThat(report.account()).isEqualTo(new StatusReport.Account("5001", "Sub-account of main account 5000",
                "Futures mode"));
        assertThat(report.clockSkew().text()).isEqualTo("This computer's clock is 1.2 s ahead of OKX's.");
        assertThat(report.clockSkew().warning()).isFalse();
        assertThat(report.balances().tradingTotal()).isEqualTo("1,250.50 USD");
        assertThat(report.balances().trading()).containsExactly("1250.5 USDT (1,250.50 USD)");
        assertThat(report.balances().transferHint()).isNull();
        assertThat(report.rotation()).hasValueSatisfying(rotation ->
                assertThat(rotation.state()).isEqualTo(RotationStatus.State.DUE_SOON));
    }

    @Test
    void aBalanceNotReadShowsWhyAndNeverPassesForEmpty() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW);
        CheckResult result = new CheckResult(true, Environment.LIVE, "https://eea.okx.com", 50L, 0L, null, READ_TRADE,
                List.of("1.2.3.4"), new CheckResult.Balances(null, List.of(),
                        List.of(new FundingBalance("BTC", new BigDecimal("0.50"), new BigDecimal("0.5"), BigDecimal.ZERO)),
                        "OKX did not answer in time.", null), List.of(), NOW);

        StatusReport.Balances balances = StatusReport.of(key, List.of(entry(result, NOW, true)), CLOCK, 90).balances();

        assertThat(balances.tradingNotRead()).isEqualTo("OKX did not answer in time.");
        assertThat(balances.fundingNotRead()).isNull();
        assertThat(balances.transferHint()).as("an unread trading account is not an empty one").isNull();
    }

    @Test
    void aKeyRefusedForItsAllowlistIsShownAsBoundElsewhere() {
        KeyRecord key = key(Purpose.PLATFORM_TRADE, Environment.LIVE, NOW);
        CheckResult refused = new CheckResult(true, Environment.LIVE, "https://eea.okx.com", null, 0L, null, null,
                List.of(), null, List.of(new Problem(ProblemId.IP_NOT_ALLOWED, Severity.WARNING, "50110", "M.", "F.")),
                NOW);
        assertThat(StatusReport.of(key, List.of(entry(refused, NOW, false)), CLOCK, 90).ipBinding())
                .startsWith("Bound to IP addresses that leave this computer out");
        CheckResult offline = new CheckResult(false, Environment.LIVE, "https://eea.okx.com", null, null, null, null,
                List.of(), null, List.of(problem(ProblemId.NETWORK, Severity.ERROR)), NOW);
        assertThat(StatusReport.of(key, List.of(entry(offline, NOW, false)), CLOCK, 90).ipBinding()).startsWith("Not known yet");
    }

    @Test
    void thePermissionsCardSaysWhatTradeReallyAllowsToAKeyThatMayTrade() {
        assertThat(StatusReport.wantedPermissions(Purpose.TRADING, null)).contains("funding transfers")
                .contains("no separate Transfer box");
        assertThat(StatusReport.wantedPermissions(Purpose.PLATFORM_READ, READ_TRADE))
                .as("a read-only key that OKX says can trade").startsWith("Keys for a platform or service that only"
                        + " reads need Read only, never Withdraw.").contains("funding transfers");
        assertThat(PermissionChip.of(Purpose.PLATFORM_READ, READ_TRADE)).extracting(PermissionChip::state)
                .containsExactly(State.GRANTED, State.EXCESS, State.OFF);
    }

    @Test
    void aReadOnlyKeyThatCannotTradeHearsNothingOfTrade() {
        StatusReport report = StatusReport.of(key(Purpose.PLATFORM_READ, Environment.LIVE, NOW), List.of(),
                CLOCK, 90);
        assertThat(report.wantedPermissions()).isEqualTo("Keys for a platform or service that only reads need Read "
                + "only, never Withdraw.");
        assertThat(StatusReport.wantedPermissions(Purpose.READ_ONLY, new Permissions(true, false, false)))
                .doesNotContain("Trade");
    }

    @Test
    void anEmptyTradingAccountWithFundsInFundingGetsTheTransferHint() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW);
        CheckResult result = new CheckResult(true, Environment.LIVE, "https://eea.okx.com", 50L, 0L, null, READ_TRADE,
                List.of("1.2.3.4"), new CheckResult.Balances(BigDecimal.ZERO, List.of(),
                        List.of(new FundingBalance("BTC", new BigDecimal("0.50"), new BigDecimal("0.5"), BigDecimal.ZERO))),
                List.of(), NOW);

        StatusReport.Balances balances = StatusReport.of(key, List.of(entry(result, NOW, true)), CLOCK, 90).balances();

        assertThat(balances.funding()).containsExactly("0.5 BTC");
        assertThat(balances.transferHint()).contains("holds BTC").contains("transfer from Funding to Trading first");
    }

    @Test
    void aFailedCheckAfterAGoodOneShowsPermissionsIpsAccountAndBalancesAsOfTheGoodOne() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        Instant goodAt = Instant.parse("2026-03-19T08:00:00Z");
        CheckResult good = check(goodAt, READ_TRADE, List.of("1.2.3.4"), List.of());
        CheckResult refused = check(NOW, null, List.of(), List.of(new Problem(ProblemId.AUTH_WRONG_PASSPHRASE,
                Severity.ERROR, "50105", "OKX does not accept the passphrase.", "Enter the passphrase again.")));

        StatusReport report = StatusReport.of(key, List.of(entry(refused, NOW, false), entry(good, goodAt, true)), CLOCK,
                90);

        assertThat(report.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(report.summary()).startsWith("OKX does not accept the passphrase.")
                .endsWith("Before OKX refused it, as of 19 Mar 2026, 08:00: works.");
        assertThat(report.nextStep()).isEqualTo("Enter the passphrase again.");
        assertThat(report.factsAsOf()).isEqualTo("From 19 Mar 2026, 08:00, before OKX refused this key.");
        assertThat(report.factsRefused()).as("the chips are drawn grey, not as granted").isTrue();
        assertThat(report.chips()).extracting(PermissionChip::state).containsExactly(State.GRANTED, State.GRANTED,
                State.OFF);
        assertThat(report.ipBinding()).isEqualTo("Bound to 1.2.3.4");
        assertThat(report.account().uid()).isEqualTo("5001");
        assertThat(report.balances().tradingTotal()).isEqualTo("1,250.50 USD");
        assertThat(report.lastUsed()).isEqualTo("19 Mar 2026, 08:00");
        assertThat(report.problems()).extracting(Problem::id).containsExactly(ProblemId.AUTH_WRONG_PASSPHRASE);
    }

    @Test
    void factsFromTheNewestCheckCarryNoAsOf() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(2)));
        CheckResult good = check(NOW, READ_TRADE, List.of("1.2.3.4"), List.of());

        StatusReport report = StatusReport.of(key, List.of(entry(good, NOW, true)), CLOCK, 90);

        assertThat(report.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(report.factsAsOf()).isEmpty();
        assertThat(report.nextStep()).isEmpty();
    }

    @Test
    void aBalanceOkxDidNotAnswerIsNotReadRatherThanNothing() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW);
        CheckResult result = new CheckResult(true, Environment.LIVE, "https://eea.okx.com", 50L, 0L, null, READ_TRADE,
                List.of("1.2.3.4"), new CheckResult.Balances(null, List.of(),
                        List.of(new FundingBalance("BTC", new BigDecimal("0.50"), new BigDecimal("0.5"), BigDecimal.ZERO)),
                        "OKX did not answer in time.", null), List.of(), NOW);

        StatusReport.Balances balances = StatusReport.of(key, List.of(entry(result, NOW, true)), CLOCK, 90).balances();

        assertThat(balances.tradingTotal()).isEqualTo("Not read");
        assertThat(balances.tradingText()).isEqualTo("Not read: OKX did not answer in time.").doesNotContain("Nothing");
        assertThat(balances.fundingText()).isEqualTo("0.5 BTC");
        assertThat(balances.transferHint()).as("an unread trading account is not an empty one").isNull();
    }

    @Test
    void aLiveTradeKeyNeverCheckedShowsKeyhavensEstimateNotOkxsDate() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(3)));

        StatusReport report = StatusReport.of(key, List.of(), CLOCK, 90);

        assertThat(report.deletion()).hasValueSatisfying(deletion -> assertThat(deletion.text())
                .startsWith("Unknown until checked").contains("Keyhaven's estimate")
                .contains("31 March 2026 (in 11 days)").contains("saved in Keyhaven (17 March 2026)")
                .doesNotContain("OKX says"));
        assertThat(report.lastCheck()).isEmpty();
    }

    @Test
    void aFailedCheckIsNotCalledCheckedAndTheFactsBeforeItAreAsOfTheirTime() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(30)));
        Instant good = Instant.parse("2026-03-19T08:00:00Z");
        CheckResult accepted = check(good, READ_TRADE, List.of("203.0.113.7"), List.of());
        CheckResult failed = check(NOW.minusSeconds(60), null, List.of(),
                List.of(problem(ProblemId.NETWORK, Severity.ERROR)));

        StatusReport report = StatusReport.of(key, List.of(entry(accepted, good, true),
                entry(failed, NOW.minusSeconds(60), false)), CLOCK, 90);

        // Walk 24: the title says "Could not check"; the lines under it say when and why, and what it means, once.
        assertThat(report.lastCheck()).isEqualTo("Tried 20 Mar 2026, 09:59: could not reach OKX");
        assertThat(report.summary()).isEqualTo(dev.keyhaven.keys.Problem.NOTHING_AGAINST_THE_KEY
                + " Last known as of 19 Mar 2026, 08:00: works.");
        assertThat(report.factsAsOf()).startsWith("As of 19 Mar 2026, 08:00");
        assertThat(report.lastUsed()).isEqualTo("19 Mar 2026, 08:00");
    }

    @Test
    void aRestoredKeyShowsItsOldFactsAsOfTheirTimeAndAsksForACheck() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(30)));
        Instant good = Instant.parse("2026-03-01T08:00:00Z");
        CheckResult accepted = check(good, READ_TRADE, List.of("203.0.113.7"), List.of());

        StatusReport report = StatusReport.of(key, List.of(entry(accepted, good, true),
                KeyStatus.restored(NOW.minusSeconds(30))), CLOCK, 90);

        assertThat(report.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(report.changedSinceCheck()).isTrue();
        assertThat(report.factsAsOf()).isEqualTo("As of 1 Mar 2026, 08:00: these were read before the key was"
                + " archived and restored.");
        assertThat(report.summary()).contains("restored from the archive");
    }

    @Test
    void lastUsedIsNotCarriedOverFromCredentialsThatWereReplaced() {
        KeyRecord key = key(Purpose.TRADING, Environment.LIVE, NOW.minus(Duration.ofDays(30)));
        Instant good = Instant.parse("2026-03-01T08:00:00Z");
        CheckResult accepted = check(good, READ_TRADE, List.of("203.0.113.7"), List.of());

        StatusReport report = StatusReport.of(key, List.of(entry(accepted, good, true),
                KeyStatus.credentialsChanged(NOW.minusSeconds(30))), CLOCK, 90);

        assertThat(report.lastUsed()).isEqualTo("Not since the credentials were changed (20 Mar 2026, 09:59)");
        assertThat(report.factsAsOf()).startsWith("As of 1 Mar 2026, 08:00: these were read with the credentials");
    }

    @Test
    void aJournalKeyThatCanWithdrawHasOneMessageAndOneNextStepDeleteIt() {
        Instant at = NOW.minusSeconds(60);
        Permissions readWithdraw = new Permissions(true, false, true);
        ProblemContext context = ProblemContext.builder().permissions(readWithdraw).environment(Environment.LIVE)
                .purpose(Purpose.READ_ONLY).build();
        CheckResult result = check(at, readWithdraw, List.of(), List.of(
                ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, context),
                ProblemCatalog.problem(ProblemId.NO_IP_BINDING, context)));
        KeyRecord journal = key(Purpose.READ_ONLY, Environment.LIVE, NOW.minus(Duration.ofDays(2)));

        StatusReport report = StatusReport.of(journal, List.of(entry(result, at, true)), CLOCK, 90);

        assertThat(report.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(report.nextStep()).isEqualTo(KeyStatus.WITHDRAW_FIX);
        assertThat(report.problems()).as("no advice on binding or keeping a key that must go")
                .extracting(Problem::id).containsExactly(ProblemId.WITHDRAW_ENABLED);
        assertThat(report.problems()).extracting(Problem::fix).containsExactly(KeyStatus.WITHDRAW_FIX);
        assertThat(report.keepAliveOffered()).as("no \"Check now to keep the key\" beside \"Delete this key\"")
                .isFalse();
        assertThat(report.deletion()).isEmpty();
    }
}
