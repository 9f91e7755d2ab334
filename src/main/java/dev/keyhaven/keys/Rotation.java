package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.SaveOutcome;
import java.util.Optional;

/**
 * How a checked rotation ended: the new key installed, or refused before anything changed.
 *
 * @param installed the new record, or null when the old key stays
 * @param check     what OKX said about the new key
 * @param verdict   the check's verdict
 * @param refusal   why the new key was not installed and what to do, or "" when it was
 */
public record Rotation(SaveOutcome installed, CheckResult check, KeyVerdict verdict, String refusal) {

    public boolean done() {
        return installed != null;
    }

    public Optional<KeyRecord> replacement() {
        return Optional.ofNullable(installed).map(SaveOutcome::record);
    }

    static Rotation refused(KeyRecord old, CheckResult check, KeyVerdict verdict) {
        Optional<Problem> cause = verdict == KeyVerdict.CAN_WITHDRAW
                ? check.problems().stream().filter(problem -> problem.id() == ProblemId.WITHDRAW_ENABLED).findFirst()
                : check.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).findFirst();
        String why = switch (verdict) {
            case CAN_WITHDRAW -> "the new key can withdraw funds, and no bot or tool needs that.";
            case COULD_NOT_CHECK -> "Keyhaven could not check it with OKX. " + cause.map(Problem::message).orElse("");
            case REJECTED -> "OKX refused it. " + cause.map(Problem::message).orElse("");
            default -> "it cannot do what \"" + old.label() + "\" is for. " + cause.map(Problem::message).orElse("");
        };
        String next = cause.map(Problem::fix).orElse("Check the values you pasted, then try again.");
        return new Rotation(null, check, verdict, ("The new key was not installed: " + why).strip() + " \""
                + old.label() + "\" stays active and nothing was archived. " + next);
    }
}
