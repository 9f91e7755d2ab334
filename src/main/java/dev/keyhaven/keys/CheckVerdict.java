package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;
import java.time.ZoneId;
import java.util.List;

/**
 * What one check just made says, as every face draws it (the app, {@code check} and {@code check --json}).
 * A check at the key's own address speaks through the key's status, which also weighs earlier checks (e.g.
 * withdraw seen before). A one-off check sent to another address ({@code check --base-url}) says nothing of
 * the key as saved: its verdict is its own, and the key's status stays what its own address last said. Withdraw
 * is the exception: seen by any check, it is known of the key and comes first.
 *
 * @param check     the check just made
 * @param status    where the key stands after it
 * @param elsewhere the check went to another address or environment than the key is saved with
 */
public record CheckVerdict(CheckResult check, KeyStatus status, boolean elsewhere) {

    /** The verdict of {@code check}, just made for {@code key}, whose status after it is {@code status}. */
    public static CheckVerdict of(KeyRecord key, CheckResult check, KeyStatus status) {
        return new CheckVerdict(check, status, CheckForKey.madeElsewhere(check, key));
    }

    /** The verdict of this check: the key's status, or the check's own for a one-off sent elsewhere. */
    public KeyVerdict verdict() {
        if (!elsewhere || status.verdict() == KeyVerdict.CAN_WITHDRAW) {
            return status.verdict();
        }
        return KeyStatus.verdictOf(check, false);
    }

    /** True when the verdict says more than this check alone (e.g. withdraw seen by an earlier check). */
    public boolean weighsEarlierChecks() {
        return verdict() != KeyStatus.verdictOf(check, false);
    }

    /**
     * The closing line of a check that found the key not (yet) working, with its next step, e.g. ""Grid bot"
     * could not be checked: OKX is busy or not working normally right now (HTTP 502). That says nothing against
     * the key: it may still work. Do what the Fix above says, then run 'keyhaven check "Grid bot"' again."
     * A key that can withdraw gets the one fix for that, which no new check replaces.
     *
     * @param checkAgain the command that checks the key again, quoted as the trader would type it
     */
    public String closing(String label, String checkAgain) {
        String again = ", then run " + checkAgain + " again.";
        String named = "\"" + label + "\"";
        if (verdict() == KeyVerdict.CAN_WITHDRAW) {
            return named + " can WITHDRAW funds. " + KeyStatus.WITHDRAW_FIX;
        }
        if (deletedOnOkx()) {
            return named + " will not work again: it was deleted on OKX, and no check can change that."
                    + " Archive it in the app (More, then \u201cArchive it: OKX no longer knows it\u201d);"
                    + " for a new key, create one on OKX and add it with 'keyhaven add'.";
        }
        if (verdict() == KeyVerdict.COULD_NOT_CHECK) {
            return named + " could not be checked: " + notAsked()
                    + " " + Problem.NOTHING_AGAINST_THE_KEY + " Do what the Fix above says" + again;
        }
        if (verdict() == KeyVerdict.REJECTED && weighsEarlierChecks()) {
            return named + " could not be checked: " + notAsked() + " OKX refused the key when it last answered:"
                    + " do what the Fix of that refusal says" + again;
        }
        return named + " does not work safely yet. Fix the errors above" + again;
    }

    /**
     * The problems to print under the check, each with its fix: this check's own; for a key that can withdraw,
     * that one problem; for a refusal this check could not put to OKX again, this check's then the refusal's.
     */
    public List<Problem> problems() {
        if (verdict() == KeyVerdict.CAN_WITHDRAW) {
            return status.advice();
        }
        if (!elsewhere && verdict() == KeyVerdict.REJECTED && weighsEarlierChecks()) {
            return java.util.stream.Stream.concat(check.problems().stream(), status.advice().stream()).toList();
        }
        return check.problems();
    }

    private String notAsked() {
        return firstError().map(Problem::message)
                .orElse("Keyhaven got no answer from " + KeyAddress.named(check.baseUrl()) + " about it.");
    }

    /**
     * True when OKX no longer knows a key it accepted before: deleted there, for good. Said by this check, or,
     * for one at the key's own address that could not ask OKX, by OKX's newest answer before it.
     */
    public boolean deletedOnOkx() {
        List<Problem> said = !elsewhere && verdict() == KeyVerdict.REJECTED ? status.advice() : check.problems();
        return said.stream().anyMatch(problem -> CredentialProblems.DELETED_FIX.equals(problem.fix()));
    }

    /**
     * For a check at the key's own address that could not ask OKX: the last facts OKX gave, with their time, e.g.
     * "Last known as of 2 Dec 2026, 07:15: works." (as the app says them); "" otherwise.
     */
    public String lastKnown(ZoneId zone) {
        return elsewhere || verdict() != KeyVerdict.COULD_NOT_CHECK || weighsEarlierChecks() ? ""
                : status.earlierFacts(zone);
    }

    private java.util.Optional<Problem> firstError() {
        return check.problems().stream().filter(problem -> problem.severity() == Severity.ERROR).findFirst();
    }

    /**
     * What a face leads with: the verdict the list and the app's headline say (from OKX's newest answer) when it
     * rests on earlier checks, e.g. "Rejected by OKX: … OKX said so on …; the newest check could not ask OKX
     * again."; otherwise this check's own summary.
     */
    public String headline(ZoneId zone) {
        return weighsEarlierChecks() ? sentence(zone) : check.summary();
    }

    /**
     * What this check found, said under {@link #headline} when that rests on earlier checks, e.g. "Could not
     * check: OKX is busy …"; "" when the headline already is this check's own.
     */
    public String thisCheck() {
        return weighsEarlierChecks() ? check.summary() : "";
    }

    /** The verdict in one sentence, with the times it rests on (drawn when it weighs earlier checks). */
    public String sentence(ZoneId zone) {
        return status.sentence(zone);
    }
}
