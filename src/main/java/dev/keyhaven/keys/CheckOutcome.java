package dev.keyhaven.keys;

import dev.keyhaven.okx.OkxErrorCodes;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How one check ended, in the words every face uses for it: "Checked" only when OKX answered and accepted
 * the key, "Rejected by OKX" when it answered and refused it, "Check failed" with what happened when OKX's
 * answer was not had. A check that failed is never called "Checked".
 */
public enum CheckOutcome {
    CHECKED("Checked", "checked"),
    REJECTED("Rejected by OKX", "rejected"),
    FAILED("Check failed", "failed");

    private final String text;
    private final String word;

    CheckOutcome(String text, String word) {
        this.text = text;
        this.word = word;
    }

    /** For scripts ({@code list --json}, {@code show --json}): "checked", "rejected" or "failed". */
    public String word() {
        return word;
    }

    /** e.g. "Check failed". */
    public String text() {
        return text;
    }

    public static CheckOutcome of(CheckResult check) {
        return switch (KeyStatus.verdictOf(check, false)) {
            case REJECTED -> REJECTED;
            case COULD_NOT_CHECK -> FAILED;
            default -> CHECKED;
        };
    }

    /** From the stored entry alone, for a check whose detail cannot be read. */
    static CheckOutcome of(HistoryEntry entry) {
        return entry.signedUse() || entry.outcome() != HistoryEntry.Outcome.FAILED ? CHECKED : FAILED;
    }

    /**
     * The check in one line, e.g. "Checked 2 Dec 2026, 12:03", "Rejected by OKX 2 Dec 2026, 12:03" or
     * "Check failed 2 Dec 2026, 12:03: could not reach OKX" (or the local address that stands in for it).
     *
     * @param check the check's result, or empty when its record cannot be read
     */
    static String line(CheckOutcome outcome, Instant at, Optional<CheckResult> check, ZoneId zone) {
        String line = outcome.text + " " + KeyStatus.moment(at, zone);
        return outcome == FAILED ? line + ": " + check.map(CheckOutcome::whatHappened).orElse("OKX gave no answer")
                : line;
    }

    /** Why OKX's word was not had, in a few words. */
    static String whatHappened(CheckResult check) {
        Problem first = check.problems().stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .findFirst()
                .orElse(null);
        if (first == null) {
            return "OKX gave no answer";
        }
        if (first.okxCode() != null && OkxErrorCodes.BUSY.contains(first.okxCode())) {
            return "OKX was busy or down";
        }
        return switch (first.id()) {
            case NETWORK -> ReachProblems.tooSlow(first) ? KeyAddress.named(check.baseUrl()) + " did not answer in time"
                    : "could not reach " + KeyAddress.named(check.baseUrl());
            case EXCHANGE_UNAVAILABLE -> first.okxCode() == null && KeyAddress.isLocal(check.baseUrl())
                    ? KeyAddress.named(check.baseUrl()) + " was down or busy" : "OKX was down or busy";
            case RATE_LIMITED -> "OKX asked Keyhaven to slow down";
            case CLOCK_SKEW -> "this computer's clock is off";
            case NETWORK_NOT_SERVED -> "OKX does not serve this network";
            case KEYHAVEN_BUG -> "OKX could not read Keyhaven's request";
            default -> "OKX gave no answer";
        };
    }
}
