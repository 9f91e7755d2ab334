package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which problem a check's one sentence and a refused rotation name, and what they count. */
class CheckSummaryTest {

    private static final Instant AT = Instant.parse("2026-03-19T08:00:00Z");
    private static final Permissions READ_TRADE = new Permissions(true, true, false);

    private static CheckResult answered(Permissions permissions, Problem... problems) {
        boolean ok = List.of(problems).stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "Grid bot"), permissions,
                List.of("1.2.3.4"), new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(problems),
                AT);
    }

    private static CheckResult unanswered(Problem... problems) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(problems), AT);
    }

    private static Problem problem(ProblemId id, Severity severity) {
        return new Problem(id, severity, null, id.name() + " message.", id.name() + " fix.");
    }

    private static final KeyRecord OLD = new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
            null, "", AT, AT, 0, Set.of(), null, null);

    @Test
    void aRefusalIsToldByItsErrorNotByAWarningBeforeIt() {
        CheckResult rejected = unanswered(problem(ProblemId.NO_IP_BINDING, Severity.WARNING),
                problem(ProblemId.AUTH_WRONG_PASSPHRASE, Severity.ERROR));

        assertThat(rejected.summary()).endsWith(": AUTH_WRONG_PASSPHRASE message.");
        assertThat(rejected.count(Severity.ERROR)).isEqualTo(1);
        assertThat(rejected.count(Severity.WARNING)).isEqualTo(1);
    }

    @Test
    void aCheckWithoutAnAnswerOrAProblemIsItsVerdictAlone() {
        CheckResult empty = unanswered();

        assertThat(empty.summary()).isEqualTo(KeyStatus.verdictOf(empty, false).text() + ".");
    }

    @Test
    void aNoteIsNotCountedAsAWarning() {
        CheckResult noted = answered(READ_TRADE, problem(ProblemId.LABEL_MISMATCH, Severity.INFO));

        assertThat(noted.summary()).isEqualTo("Works. Read + Trade, bound to 1 IP.");
    }

    @Test
    void aNewKeyThatCanWithdrawIsRefusedForThatEvenBehindAnotherError() {
        CheckResult check = answered(new Permissions(true, true, true),
                problem(ProblemId.PERMISSION_MISSING, Severity.ERROR), problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR));

        Rotation refused = Rotation.refused(OLD, check, KeyVerdict.CAN_WITHDRAW);

        assertThat(refused.done()).isFalse();
        assertThat(refused.refusal()).endsWith("WITHDRAW_ENABLED fix.").doesNotContain("PERMISSION_MISSING");
    }

    @Test
    void aRejectedNewKeyIsToldByItsErrorNotByANoteBeforeIt() {
        CheckResult check = unanswered(problem(ProblemId.LABEL_MISMATCH, Severity.INFO),
                problem(ProblemId.AUTH_WRONG_PASSPHRASE, Severity.ERROR));

        Rotation refused = Rotation.refused(OLD, check, KeyVerdict.REJECTED);

        assertThat(refused.refusal()).contains("OKX refused it. AUTH_WRONG_PASSPHRASE message.")
                .endsWith("AUTH_WRONG_PASSPHRASE fix.");
    }
}
