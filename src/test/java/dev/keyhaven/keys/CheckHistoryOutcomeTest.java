package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome a check leaves in the key's history: OK, WARNING or FAILED. */
class CheckHistoryOutcomeTest {

    @Test
    void aCheckWithoutProblemsIsOkAndOneWarningMakesItAWarning() {
        assertThat(KeyService.historyEntry(result(true, List.of())).outcome()).isEqualTo(Outcome.OK);
        assertThat(KeyService.historyEntry(result(true, List.of(
                new Problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null, "Not bound.", "Bind it."))))
                .outcome()).isEqualTo(Outcome.WARNING);
        assertThat(KeyService.historyEntry(result(false, List.of(
                new Problem(ProblemId.AUTH_INVALID_KEY, Severity.ERROR, "50111", "Unknown key.", "Check it."))))
                .outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aKeyOkxAcceptsWithAnErrorIsSummedUpByTheErrorNotAsWorking() {
        CheckResult missingTrade = result(false, List.of(
                new Problem(ProblemId.PERMISSION_MISSING, Severity.ERROR, null, "The key cannot trade.", "Add Trade.")));

        assertThat(KeyService.historyEntry(missingTrade).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(missingTrade.summary()).isEqualTo("Needs a fix: The key cannot trade.");
    }

    private static CheckResult result(boolean ok, List<Problem> problems) {
        return new CheckResult(ok, Environment.LIVE, "https://www.okx.com", 80L, 0L,
                new CheckResult.Account("11", "11", false, 2, "Futures mode", "bot"),
                new Permissions(true, true, false), List.of("203.0.113.7"), null, problems,
                Instant.parse("2026-03-01T10:00:00Z"));
    }
}
