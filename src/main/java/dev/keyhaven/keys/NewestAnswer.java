package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import java.time.Instant;
import java.util.List;

/**
 * OKX's newest answer about a key: the newest check in which OKX accepted the key or refused it, with its time.
 * A check that did not get OKX's word (an outage, the network, the clock) is no answer and never replaces one:
 * a refusal stays the last known fact until OKX answers again.
 *
 * @param entry the check as the history holds it
 * @param check the check seen through the key as it is saved now ({@link CheckForKey#reread})
 */
record NewestAnswer(HistoryEntry entry, CheckResult check) {

    /** The newest of {@code newestFirst} (a key's checks, newest first) that OKX answered; null when none. */
    static NewestAnswer in(List<HistoryEntry> newestFirst, KeyRecord key) {
        for (HistoryEntry entry : newestFirst) {
            CheckResult check = CheckForKey.reread(CheckResult.recordedIn(entry), key);
            if (check != null && VerdictRules.verdictOf(check, false) != KeyVerdict.COULD_NOT_CHECK) {
                return new NewestAnswer(entry, check);
            }
        }
        return null;
    }

    Instant at() {
        return entry.at();
    }

    /** True when OKX refused the key in this answer. */
    boolean refused() {
        return VerdictRules.verdictOf(check, false) == KeyVerdict.REJECTED;
    }

    /** True when OKX said in this answer that it does not know this API key (50111, 50119). */
    boolean unknownKey() {
        return refused() && check.problems().stream()
                .anyMatch(problem -> problem.okxCode() != null && (problem.id() == ProblemId.AUTH_INVALID_KEY
                        || problem.id() == ProblemId.KEY_NOT_FOUND));
    }

    /**
     * True when this refusal still speaks for the key: its credentials were not changed and it was not moved to
     * another address since. A restore from the archive changes neither, so what OKX refused stays refused.
     */
    boolean standsFor(KeyRecord key, Instant credentialsChangedAt) {
        return refused() && !CheckForKey.madeElsewhere(check, key)
                && (credentialsChangedAt == null || at().isAfter(credentialsChangedAt));
    }
}
