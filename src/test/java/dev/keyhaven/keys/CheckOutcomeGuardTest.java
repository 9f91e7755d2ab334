package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words a check's outcome is told in, and the stored entry's reading when its detail is lost. */
class CheckOutcomeGuardTest {

    private static final Instant AT = Instant.parse("2026-12-02T12:03:00Z");

    private static CheckResult failedWith(List<Problem> problems) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                problems, AT);
    }

    private static HistoryEntry entry(HistoryEntry.Outcome outcome, boolean signedUse) {
        return new HistoryEntry(AT, HistoryEntry.Kind.CHECK, outcome, "", signedUse, null, List.of(), null,
                List.of(), null);
    }

    @Test
    void eachOutcomeHasItsWordForScriptsAndItsTextForPeople() {
        assertThat(CheckOutcome.CHECKED.word()).isEqualTo("checked");
        assertThat(CheckOutcome.REJECTED.word()).isEqualTo("rejected");
        assertThat(CheckOutcome.FAILED.word()).isEqualTo("failed");
        assertThat(CheckOutcome.CHECKED.text()).isEqualTo("Checked");
        assertThat(CheckOutcome.REJECTED.text()).isEqualTo("Rejected by OKX");
        assertThat(CheckOutcome.FAILED.text()).isEqualTo("Check failed");
    }

    @Test
    void aStoredFailedCheckWithoutASignedUseIsAFailedCheck() {
        assertThat(CheckOutcome.of(entry(HistoryEntry.Outcome.FAILED, false))).isEqualTo(CheckOutcome.FAILED);
    }

    @Test
    void aStoredCheckThatOkxAcceptedOrThatDidNotFailIsChecked() {
        assertThat(CheckOutcome.of(entry(HistoryEntry.Outcome.FAILED, true))).as("a signed use is OKX's answer")
                .isEqualTo(CheckOutcome.CHECKED);
        assertThat(CheckOutcome.of(entry(HistoryEntry.Outcome.WARNING, false))).isEqualTo(CheckOutcome.CHECKED);
        assertThat(CheckOutcome.of(entry(HistoryEntry.Outcome.OK, false))).isEqualTo(CheckOutcome.CHECKED);
    }

    @Test
    void whatHappenedNamesTheFirstErrorNotAnEarlierWarning() {
        CheckResult check = failedWith(List.of(
                new Problem(ProblemId.CLOCK_SKEW, Severity.WARNING, null, "clock", "fix the clock"),
                new Problem(ProblemId.NETWORK, Severity.ERROR, null, "no route", "check the network")));

        assertThat(CheckOutcome.whatHappened(check)).isEqualTo("could not reach OKX");
    }

    @Test
    void aLocalAddressThatCannotBeReachedIsNamedNotCalledOkx() {
        CheckResult local = new CheckResult(false, Environment.LIVE, "http://127.0.0.1:9", null, null, null, null,
                List.of(), null, List.of(new Problem(ProblemId.NETWORK, Severity.ERROR, null, "no", "start it")), AT);

        assertThat(CheckOutcome.whatHappened(local))
                .isEqualTo("could not reach the address http://127.0.0.1:9 (a local address, not OKX)");
    }

    @Test
    void aFailedCheckWithoutAnErrorSaysOkxGaveNoAnswer() {
        CheckResult check = failedWith(List.of(
                new Problem(ProblemId.CLOCK_SKEW, Severity.WARNING, null, "clock", "fix the clock")));

        assertThat(CheckOutcome.whatHappened(check)).isEqualTo("OKX gave no answer");
        assertThat(CheckOutcome.line(CheckOutcome.FAILED, AT, Optional.of(check), ZoneOffset.UTC))
                .isEqualTo("Check failed 2 Dec 2026, 12:03: OKX gave no answer");
    }
}
