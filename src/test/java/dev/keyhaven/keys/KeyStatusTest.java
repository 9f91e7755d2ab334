package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.IpAnswer;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one rule for a key's verdict and its words, from its history, without a vault or a screen. */
class KeyStatusTest {

    private static final Instant GOOD_CHECK = Instant.parse("2026-03-19T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-20T10:00:00Z");
    private static final Permissions READ_TRADE = new Permissions(true, true, false);
    private static final Permissions WITHDRAW = new Permissions(true, true, true);

    private static KeyRecord key(String... ticked) {
        return new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                GOOD_CHECK.minusSeconds(86_400), GOOD_CHECK.minusSeconds(86_400), 0, Set.of(ticked), null, null);
    }

    /** A check OKX answered: account, permissions and balances are known. */
    private static CheckResult answered(Instant at, Permissions permissions, List<String> ips, Problem... problems) {
        boolean ok = Arrays.stream(problems).noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "gridbot"), permissions, ips,
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(problems), at);
    }

    /** A check in which OKX accepted nothing. */
    private static CheckResult unanswered(Instant at, Problem... problems) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(problems), at);
    }

    private static Problem problem(ProblemId id, Severity severity, String okxCode) {
        return new Problem(id, severity, okxCode, id.name() + " message.", id.name() + " fix.");
    }

    private static List<HistoryEntry> history(CheckResult... checks) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (CheckResult check : checks) {
            entries.add(KeyService.historyEntry(check));
        }
        return entries;
    }

    @Test
    void eachVerdictHasOneWordForPeopleAndOneForScripts() {
        assertThat(Arrays.stream(KeyVerdict.values()).map(KeyVerdict::text)).containsExactly("Works",
                "Works with warnings", "Needs a fix", "Can withdraw!", "Rejected by OKX", "Could not check",
                "Changed, not checked", "Never checked");
        assertThat(Arrays.stream(KeyVerdict.values()).map(KeyVerdict::word)).containsExactly("ok", "warning",
                "needs-fix", "withdraw-enabled", "rejected", "could-not-check", "changed-not-checked", "never-checked");
    }

    @Test
    void aKeyOkxAcceptsWorksAndWarningsAndNotesAreTold() {
        assertThat(KeyStatus.verdictOf(answered(LATER, READ_TRADE, List.of("1.2.3.4")), false)).isEqualTo(KeyVerdict.WORKS);
        assertThat(KeyStatus.verdictOf(answered(LATER, READ_TRADE, List.of("1.2.3.4"),
                problem(ProblemId.LABEL_MISMATCH, Severity.INFO, null)), false)).isEqualTo(KeyVerdict.WORKS);
        assertThat(KeyStatus.verdictOf(answered(LATER, READ_TRADE, List.of(),
                problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null)), false)).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(KeyStatus.verdictOf(answered(LATER, new Permissions(true, false, false), List.of(),
                problem(ProblemId.PERMISSION_MISSING, Severity.ERROR, null)), false)).isEqualTo(KeyVerdict.NEEDS_FIX);
    }

    @Test
    void aKeyThatLogsInButCanWithdrawIsDangerousNotFailing() {
        CheckResult check = answered(LATER, WITHDRAW, List.of("1.2.3.4"),
                problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR, null));

        KeyStatus status = KeyStatus.of(key(), history(check));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(status.verdict().acceptedByOkx()).isTrue();
        assertThat(status.fix()).isEqualTo("WITHDRAW_ENABLED fix.");
        assertThat(check.summary()).isEqualTo("Can withdraw! Read + Trade + Withdraw, bound to 1 IP.")
                .doesNotContain("Fails").doesNotContain("DANGER");
    }

    @Test
    void aRefusalIsRejectedWithItsReasonAndAnOutageOrAWrongClockCouldNotCheck() {
        CheckResult passphrase = unanswered(LATER, problem(ProblemId.AUTH_WRONG_PASSPHRASE, Severity.ERROR, "50105"));
        KeyStatus rejected = KeyStatus.of(key(), history(passphrase));
        assertThat(rejected.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(rejected.reason()).isEqualTo("AUTH_WRONG_PASSPHRASE message.");
        assertThat(rejected.fix()).isEqualTo("AUTH_WRONG_PASSPHRASE fix.");
        assertThat(passphrase.summary()).isEqualTo("Rejected by OKX: AUTH_WRONG_PASSPHRASE message.");

        for (Problem couldNotAsk : List.of(problem(ProblemId.NETWORK, Severity.ERROR, null),
                problem(ProblemId.EXCHANGE_UNAVAILABLE, Severity.ERROR, "50001"),
                problem(ProblemId.RATE_LIMITED, Severity.ERROR, "50011"),
                problem(ProblemId.CLOCK_SKEW, Severity.ERROR, "50102"),
                problem(ProblemId.AUTH_INVALID_KEY, Severity.ERROR, "50013"))) {
            assertThat(KeyStatus.verdictOf(unanswered(LATER, couldNotAsk), false)).as(couldNotAsk.id().name())
                    .isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        }
    }

    @Test
    void aClockFarOffThatKeyhavenCorrectedForIsAWarningAboutTheComputerNotAFailingKey() {
        CheckResult corrected = answered(LATER, READ_TRADE, List.of("1.2.3.4"),
                problem(ProblemId.CLOCK_SKEW, Severity.ERROR, null));

        assertThat(KeyStatus.verdictOf(corrected, false)).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
    }

    @Test
    void aFailedCheckAfterAGoodOneKeepsTheFactsAsOfTheGoodOne() {
        CheckResult good = answered(GOOD_CHECK, READ_TRADE, List.of("1.2.3.4"));
        CheckResult offline = unanswered(LATER, problem(ProblemId.NETWORK, Severity.ERROR, null));

        KeyStatus status = KeyStatus.of(key(), history(offline, good));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.checkedAt()).contains(LATER);
        assertThat(status.factsCurrent()).isFalse();
        assertThat(status.factsAsOf()).contains(GOOD_CHECK);
        assertThat(status.lastAnswer()).contains(good);
        assertThat(status.asOf(ZoneOffset.UTC)).isEqualTo("as of 19 Mar 2026, 08:00");
        assertThat(status.sentence(ZoneOffset.UTC)).isEqualTo(
                "Could not check: NETWORK message. Last known as of 19 Mar 2026, 08:00: works.");
        assertThat(status.lastSignedUse()).as("a check OKX accepted nothing of is no use").contains(GOOD_CHECK);
    }

    @Test
    void factsFromTheNewestCheckAreCurrentAndCarryNoDate() {
        CheckResult good = answered(LATER, READ_TRADE, List.of("1.2.3.4"));

        KeyStatus status = KeyStatus.of(key(), history(good));

        assertThat(status.factsCurrent()).isTrue();
        assertThat(status.asOf(ZoneOffset.UTC)).isEmpty();
        assertThat(status.lastSignedUse()).contains(LATER);
    }

    @Test
    void withdrawSeenEarlierStaysFlaggedWithItsDateUntilACheckReadsThePermissionsAgain() {
        CheckResult sawWithdraw = answered(GOOD_CHECK, WITHDRAW, List.of(),
                problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR, null));
        CheckResult offline = unanswered(LATER, problem(ProblemId.NETWORK, Severity.ERROR, null));
        CheckResult fixed = answered(LATER.plusSeconds(60), READ_TRADE, List.of("1.2.3.4"));

        KeyStatus stillFlagged = KeyStatus.of(key(), history(offline, sawWithdraw));
        assertThat(stillFlagged.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(stillFlagged.sentence(ZoneOffset.UTC)).contains("Seen 19 Mar 2026, 08:00")
                .contains("could not ask OKX");
        assertThat(KeyStatus.of(key(), history(fixed, offline, sawWithdraw)).verdict()).isEqualTo(KeyVerdict.WORKS);
    }

    @Test
    void anUnboundTradeKeyWhoseTraderChoseToLeaveItOpenIsNotAWarningForever() {
        CheckResult unbound = answered(LATER, READ_TRADE, List.of(),
                problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null));

        assertThat(KeyStatus.of(key(), history(unbound)).verdict()).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(KeyStatus.of(key(IpAnswer.STEP), history(unbound)).verdict())
                .as("the step ticked as 'my address never changes' leaves the warning").isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        KeyStatus chosen = KeyStatus.of(key(IpAnswer.STEP, IpAnswer.ADDRESS_CHANGES), history(unbound));
        assertThat(chosen.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(chosen.reason()).isEmpty();
        assertThat(KeyStatus.unboundByChoice(java.util.Set.of(IpAnswer.STEP, IpAnswer.ADDRESS_CHANGES))).isTrue();
        assertThat(KeyStatus.unboundByChoice(java.util.Set.of(IpAnswer.STEP))).isFalse();
        assertThat(unbound.summary(true)).isEqualTo("Works. Read + Trade, not bound to an IP.");
        assertThat(unbound.summary()).isEqualTo("Works. Read + Trade, not bound to an IP. 1 warning.");
    }

    @Test
    void changedCredentialsMakeTheNewestVerdictStaleUntilTheNextCheck() {
        CheckResult good = answered(GOOD_CHECK, READ_TRADE, List.of("1.2.3.4"));
        List<HistoryEntry> changed = new ArrayList<>(history(good));
        changed.add(KeyStatus.credentialsChanged(LATER));

        KeyStatus stale = KeyStatus.of(key(), changed);
        assertThat(stale.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(stale.factsCurrent()).as("read with the old credentials: shown as of their time").isFalse();
        assertThat(stale.asOf(ZoneOffset.UTC)).isEqualTo("as of 19 Mar 2026, 08:00");
        assertThat(stale.sentence(ZoneOffset.UTC)).contains("Last known as of 19 Mar 2026, 08:00: works.");

        changed.add(KeyService.historyEntry(answered(LATER.plusSeconds(5), READ_TRADE, List.of("1.2.3.4"))));
        assertThat(KeyStatus.of(key(), changed).verdict()).isEqualTo(KeyVerdict.WORKS);
    }

    @Test
    void aKeyNeverCheckedSaysSo() {
        KeyStatus status = KeyStatus.of(key(), List.of());

        assertThat(status.verdict()).isEqualTo(KeyVerdict.NEVER_CHECKED);
        assertThat(status.checkedAt()).isEmpty();
        assertThat(status.lastSignedUse()).isEmpty();
        assertThat(status.fix()).isEqualTo("Check the key with OKX.");
    }

    @Test
    void aBalanceOkxDidNotAnswerIsNotRead() {
        CheckResult.Balances partial = new CheckResult.Balances(null, List.of(), List.of(),
                "OKX did not answer in time.", null);

        assertThat(partial.tradingRead()).isFalse();
        assertThat(partial.fundingRead()).isTrue();
        CheckResult roundTrip = CheckResult.fromJson(new CheckResult(true, Environment.LIVE, "u", 1L, 0L, null,
                READ_TRADE, List.of(), partial, List.of(), LATER).toJson());
        assertThat(roundTrip.balances().tradingRead()).isFalse();
        assertThat(CheckResult.fromJson("{\"ok\":true,\"balances\":{\"trading\":[],\"funding\":[]}}").balances()
                .tradingRead()).as("results stored before notRead existed were read in full").isTrue();
    }

    @Test
    void onlyACheckOkxAnsweredIsCalledCheckedAFailedOneSaysWhatHappened() {
        Problem network = new Problem(ProblemId.NETWORK, Severity.ERROR, null, "Keyhaven could not reach OKX.", "f");
        Problem wrongPassphrase = problem(ProblemId.AUTH_WRONG_PASSPHRASE, Severity.ERROR, "50105");
        Problem busy = problem(ProblemId.EXCHANGE_UNAVAILABLE, Severity.ERROR, "50001");

        KeyStatus failed = KeyStatus.of(key(), history(answered(GOOD_CHECK, READ_TRADE, List.of("1.2.3.4")),
                unanswered(LATER, network)));
        KeyStatus refused = KeyStatus.of(key(), history(unanswered(LATER, wrongPassphrase)));
        KeyStatus down = KeyStatus.of(key(), history(unanswered(LATER, busy)));
        KeyStatus good = KeyStatus.of(key(), history(answered(LATER, READ_TRADE, List.of("1.2.3.4"))));

        assertThat(failed.checkLine(ZoneOffset.UTC)).isEqualTo("Check failed 20 Mar 2026, 10:00: could not reach OKX");
        assertThat(failed.checkOutcome()).contains(CheckOutcome.FAILED);
        assertThat(refused.checkLine(ZoneOffset.UTC)).isEqualTo("Rejected by OKX 20 Mar 2026, 10:00");
        assertThat(down.checkLine(ZoneOffset.UTC)).isEqualTo("Check failed 20 Mar 2026, 10:00: OKX was busy or down");
        assertThat(good.checkLine(ZoneOffset.UTC)).isEqualTo("Checked 20 Mar 2026, 10:00");
        assertThat(KeyStatus.of(key(), List.of()).checkLine(ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aRestoredKeyIsChangedNotCheckedAndItsOldFactsAreAsOfTheirTime() {
        List<HistoryEntry> entries = new ArrayList<>(history(answered(GOOD_CHECK, READ_TRADE, List.of("1.2.3.4"))));
        entries.add(KeyStatus.restored(LATER));

        KeyStatus status = KeyStatus.of(key(), entries);

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.changedSinceCheck()).isTrue();
        assertThat(status.restoredSinceCheck()).isTrue();
        assertThat(status.reason()).contains("restored from the archive after the newest check");
        assertThat(status.factsCurrent()).as("facts from before the archive are not current").isFalse();
        assertThat(status.asOf(ZoneOffset.UTC)).isEqualTo("as of 19 Mar 2026, 08:00");

        entries.add(KeyService.historyEntry(answered(LATER.plusSeconds(60), READ_TRADE, List.of("1.2.3.4"))));
        KeyStatus checkedAgain = KeyStatus.of(key(), entries);
        assertThat(checkedAgain.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(checkedAgain.changedSinceCheck()).isFalse();
        assertThat(checkedAgain.factsCurrent()).isTrue();
    }

    @Test
    @Tag("mutation-redundant")
    void aKeySeenAbleToWithdrawAndRestoredStaysCanWithdrawButIsCheckedAgain() {
        List<HistoryEntry> entries = new ArrayList<>(history(answered(GOOD_CHECK, WITHDRAW, List.of("1.2.3.4"))));
        entries.add(KeyStatus.restored(LATER));

        KeyStatus status = KeyStatus.of(key(), entries);

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(status.changedSinceCheck()).isTrue();
        assertThat(status.factsCurrent()).isFalse();
    }

    @Test
    void aUseOfTheCredentialsBeforeTheyChangedIsNoUseOfTheOnesStoredNow() {
        List<HistoryEntry> entries = new ArrayList<>(history(answered(GOOD_CHECK, READ_TRADE, List.of("1.2.3.4"))));
        entries.add(KeyStatus.credentialsChanged(LATER));

        assertThat(KeyStatus.of(key(), entries).lastSignedUse()).isEmpty();
        assertThat(KeyStatus.of(key(), entries).credentialsChangedAt()).contains(LATER);

        entries.add(KeyService.historyEntry(answered(LATER.plusSeconds(5), READ_TRADE, List.of("1.2.3.4"))));
        assertThat(KeyStatus.of(key(), entries).lastSignedUse()).contains(LATER.plusSeconds(5));
    }
}
