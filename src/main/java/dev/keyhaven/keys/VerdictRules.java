package dev.keyhaven.keys;

import dev.keyhaven.guide.IpAnswer;
import dev.keyhaven.okx.OkxErrorCodes;
import dev.keyhaven.vault.HistoryEntry;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one check says on its own: the verdict, the problem behind it, and which problems mean only that
 * OKX's word was not had (an outage, a rate limit, the clock) rather than something the key did.
 */
final class VerdictRules {

    /** Problems that mean OKX's word on the key was not had: nothing the key itself did. */
    private static final Set<ProblemId> COULD_NOT_ASK = EnumSet.of(ProblemId.NETWORK, ProblemId.EXCHANGE_UNAVAILABLE,
            ProblemId.RATE_LIMITED, ProblemId.CLOCK_SKEW, ProblemId.NETWORK_NOT_SERVED, ProblemId.KEYHAVEN_BUG);
    /** OKX's own "busy, down, timed out" codes, whichever problem a newer catalog gives them. */
    private static final Set<String> OKX_TROUBLE = union(OkxErrorCodes.BUSY, Set.of(OkxErrorCodes.RATE_LIMIT));

    private VerdictRules() {
    }

    /**
     * The verdict of one check on its own.
     *
     * @param unboundByChoice the trader chose to leave the key without a bound IP (their address changes)
     */
    static KeyVerdict verdictOf(CheckResult check, boolean unboundByChoice) {
        if (!check.acceptedByOkx()) {
            return firstError(check).filter(problem -> !couldNotAsk(problem)).isPresent()
                    ? KeyVerdict.REJECTED : KeyVerdict.COULD_NOT_CHECK;
        }
        if (check.permissions() != null && check.permissions().withdraw()) {
            return KeyVerdict.CAN_WITHDRAW;
        }
        if (check.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR
                && !couldNotAsk(problem))) {
            return KeyVerdict.NEEDS_FIX;
        }
        boolean warned = check.problems().stream()
                .anyMatch(problem -> countsAsWarning(problem) && !chosen(problem, unboundByChoice));
        return warned ? KeyVerdict.WORKS_WITH_WARNINGS : KeyVerdict.WORKS;
    }

    /** The trader answered the guide's IP step with "my address changes": an open IP field is their choice. */
    static boolean unboundByChoice(Set<String> checklistTicks) {
        return IpAnswer.addressChanges(checklistTicks);
    }

    static Problem cause(CheckResult check, boolean unboundByChoice) {
        Optional<Problem> error = firstError(check);
        if (error.isPresent()) {
            return error.get();
        }
        return check.problems().stream()
                .filter(VerdictRules::countsAsWarning)
                .filter(problem -> !chosen(problem, unboundByChoice))
                .findFirst()
                .orElse(null);
    }

    static Problem withdrawProblem(CheckResult newest, CheckResult lastAnswer) {
        for (CheckResult check : new CheckResult[] {newest, lastAnswer}) {
            if (check != null) {
                Optional<Problem> found = check.problems().stream()
                        .filter(problem -> problem.id() == ProblemId.WITHDRAW_ENABLED)
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, ProblemContext.builder().build());
    }

    private static Optional<Problem> firstError(CheckResult check) {
        return check.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).findFirst();
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    static boolean couldNotAsk(Problem problem) {
        return COULD_NOT_ASK.contains(problem.id())
                || (problem.okxCode() != null && OKX_TROUBLE.contains(problem.okxCode()));
    }

    /** The trader chose this: an open IP field because their address changes. */
    private static boolean chosen(Problem problem, boolean unboundByChoice) {
        return unboundByChoice && problem.id() == ProblemId.NO_IP_BINDING;
    }

    /** A warning, or an error about reaching OKX in a check OKX otherwise accepted (a balance not read). */
    private static boolean countsAsWarning(Problem problem) {
        return problem.severity() == Severity.WARNING || (problem.severity() == Severity.ERROR && couldNotAsk(problem));
    }

    static KeyVerdict fromOutcome(HistoryEntry entry) {
        return switch (entry.outcome()) {
            case OK -> KeyVerdict.WORKS;
            case WARNING, INFO -> KeyVerdict.WORKS_WITH_WARNINGS;
            case FAILED -> entry.signedUse() ? KeyVerdict.NEEDS_FIX : KeyVerdict.COULD_NOT_CHECK;
        };
    }
}
