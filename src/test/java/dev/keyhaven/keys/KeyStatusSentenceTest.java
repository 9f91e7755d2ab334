package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a key's status advises and says in one line, for each verdict that adds to the reason. */
class KeyStatusSentenceTest {

    private static final Instant FIRST = Instant.parse("2026-03-19T08:00:00Z");
    private static final Instant THEN = Instant.parse("2026-03-20T10:00:00Z");
    private static final Permissions READ_TRADE = new Permissions(true, true, false);
    private static final Permissions WITHDRAW = new Permissions(true, true, true);
    private static final KeyRecord KEY = new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
            null, "", FIRST.minusSeconds(86_400), FIRST.minusSeconds(86_400), 0, Set.of(), null, null);

    private static CheckResult answered(Instant at, Permissions permissions, Problem... problems) {
        boolean ok = List.of(problems).stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "Grid bot"), permissions, List.of(),
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(problems), at);
    }

    private static CheckResult unanswered(Instant at, Problem problem) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(problem), at);
    }

    private static Problem problem(ProblemId id, Severity severity) {
        return new Problem(id, severity, null, id.name() + " message.", id.name() + " fix.");
    }

    private static KeyStatus status(Object... checksOrEntries) {
        List<HistoryEntry> history = new ArrayList<>();
        for (Object each : checksOrEntries) {
            history.add(each instanceof CheckResult check ? KeyService.historyEntry(check) : (HistoryEntry) each);
        }
        return KeyStatus.of(KEY, history);
    }

    @Test
    void aKeyThatCanWithdrawGetsThatOneProblemAsAdviceAndNoKeepAlive() {
        KeyStatus status = status(answered(THEN, WITHDRAW, problem(ProblemId.NO_IP_BINDING, Severity.WARNING),
                problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(status.advice()).extracting(Problem::id).containsExactly(ProblemId.WITHDRAW_ENABLED);
        assertThat(status.cause()).map(Problem::id).contains(ProblemId.WITHDRAW_ENABLED);
        assertThat(status.keepAliveAdvised()).isFalse();
        assertThat(status.sentence(ZoneOffset.UTC)).startsWith(KeyVerdict.CAN_WITHDRAW.text() + " ")
                .doesNotContain("WITHDRAW_ENABLED message.").doesNotContain("Seen ");
    }

    /** Walk 22: Check all's row said "Can withdraw!" in its mark and again in its reason. */
    @Test
    void besideItsVerdictTheSentenceDoesNotSayTheVerdictAgain() {
        KeyStatus status = status(answered(THEN, WITHDRAW, problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)));

        assertThat(status.sentenceBesideVerdict(ZoneOffset.UTC))
                .isEqualTo("Anyone who gets hold of this key could move your money out of OKX.");
    }

    @Test
    void aKeyThatWorksHasNothingToFixAndIsWorthKeepingAlive() {
        KeyStatus status = status(answered(THEN, READ_TRADE));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(status.fix()).isEmpty();
        assertThat(status.keepAliveAdvised()).isTrue();
        assertThat(status.advice()).isEmpty();
        assertThat(status.sentence(ZoneOffset.UTC)).as("no reason, no last answer to add")
                .isEqualTo(KeyVerdict.WORKS.text() + ".");
    }

    @Test
    void aKeyNeverCheckedHasNoAdviceAndAWarningIsAdvisedWithItsFix() {
        assertThat(KeyStatus.of(KEY, List.of()).advice()).isEmpty();

        KeyStatus warned = status(answered(THEN, READ_TRADE, problem(ProblemId.NO_IP_BINDING, Severity.WARNING)));

        assertThat(warned.verdict()).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(warned.advice()).extracting(Problem::id).containsExactly(ProblemId.NO_IP_BINDING);
    }

    @Test
    void withdrawSeenByAnEarlierCheckIsToldWithWhenItWasSeen() {
        KeyStatus status = status(answered(FIRST, WITHDRAW, problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR)),
                unanswered(THEN, problem(ProblemId.NETWORK, Severity.ERROR)));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(status.sentence(ZoneOffset.UTC)).contains("Seen " + KeyStatus.moment(FIRST, ZoneOffset.UTC));
    }

    @Test
    void aCheckThatCouldNotAskOkxTellsTheLastAnswerAndNothingOfWithdraw() {
        KeyStatus status = status(answered(FIRST, READ_TRADE), unanswered(THEN, problem(ProblemId.NETWORK, Severity.ERROR)));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.sentence(ZoneOffset.UTC)).contains("Last known").doesNotContain("Seen ");
    }

    @Test
    void aRefusalAfterAnAnswerTellsTheLastAnswer() {
        KeyStatus status = status(answered(FIRST, READ_TRADE),
                unanswered(THEN, problem(ProblemId.AUTH_WRONG_PASSPHRASE, Severity.ERROR)));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(status.sentence(ZoneOffset.UTC)).contains("Before OKX refused it, as of 19 Mar 2026, 08:00: works.")
                .doesNotContain("Last known");
    }

    @Test
    void aKeyChangedAfterItsCheckTellsTheLastAnswer() {
        KeyStatus status = status(answered(FIRST, READ_TRADE), KeyStatus.credentialsChanged(THEN));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.sentence(ZoneOffset.UTC)).contains("Last known");
    }

    @Test
    void aKeyOkxNeverAnsweredForHasNoLastAnswerToDate() {
        KeyStatus status = status(unanswered(THEN, problem(ProblemId.NETWORK, Severity.ERROR)));

        assertThat(status.asOf(ZoneOffset.UTC)).isEmpty();
        assertThat(status.sentence(ZoneOffset.UTC)).contains("OKX has not accepted this key in any check yet.");
    }
}
