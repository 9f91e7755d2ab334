package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem a check's verdict names, and the withdraw problem of a key OKX lets withdraw. */
class VerdictRulesTest {

    private static final CheckResult.Account ACCOUNT = new CheckResult.Account("1", "1", false, 1, "Spot", "gridbot");

    private static Problem problem(ProblemId id, Severity severity) {
        return new Problem(id, severity, null, id.name(), "");
    }

    private static CheckResult accepted(Problem... problems) {
        return new CheckResult(true, Environment.LIVE, "https://www.okx.com", 20L, 0L, ACCOUNT,
                new Permissions(true, true, false), List.of(),
                new CheckResult.Balances(BigDecimal.ONE, List.of(), List.of()), List.of(problems),
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void withoutAnErrorTheCauseIsTheFirstWarningTheTraderDidNotChoose() {
        CheckResult check = accepted(problem(ProblemId.NO_IP_BINDING, Severity.WARNING),
                problem(ProblemId.LABEL_MISMATCH, Severity.WARNING));

        assertThat(VerdictRules.cause(check, false).id()).isEqualTo(ProblemId.NO_IP_BINDING);
        assertThat(VerdictRules.cause(check, true).id()).isEqualTo(ProblemId.LABEL_MISMATCH);
        assertThat(VerdictRules.cause(accepted(problem(ProblemId.NO_IP_BINDING, Severity.WARNING)), true)).isNull();
    }

    @Test
    void theWithdrawProblemIsTheNewestChecksThenTheLastAnswersThenTheCatalogs() {
        Problem newestOne = problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR);
        Problem older = problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR);
        CheckResult withoutIt = accepted(problem(ProblemId.NO_IP_BINDING, Severity.WARNING));

        assertThat(VerdictRules.withdrawProblem(accepted(newestOne), accepted(older))).isSameAs(newestOne);
        assertThat(VerdictRules.withdrawProblem(withoutIt, accepted(older))).isSameAs(older);
        assertThat(VerdictRules.withdrawProblem(null, accepted(older))).isSameAs(older);
        Problem fromCatalog = VerdictRules.withdrawProblem(withoutIt, null);
        assertThat(fromCatalog.id()).isEqualTo(ProblemId.WITHDRAW_ENABLED);
        assertThat(fromCatalog.message()).isNotBlank();
    }
}
