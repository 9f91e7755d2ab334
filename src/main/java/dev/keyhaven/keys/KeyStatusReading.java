package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Works out a {@link KeyStatus} from a key and its history: which checks speak for the key as saved now, which
 * answer of OKX stands, and the verdict the rules in {@link KeyStatus}'s description give.
 */
final class KeyStatusReading {

    private KeyStatusReading() {
    }

    /** @param history the key's history, in any order */
    static KeyStatus of(KeyRecord key, List<HistoryEntry> history) {
        Comparator<HistoryEntry> newestFirst = Comparator.comparing(HistoryEntry::at).reversed();
        List<HistoryEntry> checks = history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK && !CheckForKey.sentElsewhere(entry))
                .sorted(newestFirst)
                .toList();
        checks = CheckForKey.fromSavedAddress(checks, key);
        KnownPermissions known = KnownPermissions.of(history);
        Instant lastHandout = newest(history, entry -> entry.kind() == HistoryEntry.Kind.HANDOUT);
        Instant changedAt = newest(history, HistoryNotes::isCredentialsChange);
        // A use of the credentials before they were changed is no use of the ones stored now.
        Instant lastSignedUse = newest(history, entry -> UseOnOkx.counts(entry)
                && (changedAt == null || !entry.at().isBefore(changedAt)));
        Instant restoredAt = newest(history, HistoryNotes::isRestore);
        if (checks.isEmpty()) {
            return new KeyStatus(changedAt == null ? KeyVerdict.NEVER_CHECKED : KeyVerdict.CHANGED, null, null, null,
                    null, null, false, known, lastSignedUse, lastHandout, changedAt, false, false);
        }
        HistoryEntry newestEntry = checks.get(0);
        boolean changedSince = changedAt != null && changedAt.isAfter(newestEntry.at());
        boolean restoredSince = restoredAt != null && restoredAt.isAfter(newestEntry.at());
        CheckResult recorded = read(newestEntry);
        boolean movedSince = CheckForKey.madeElsewhere(recorded, key);
        CheckResult newest = CheckForKey.reread(recorded, key);
        // Most keys' newest check is also their last answer: only the others read older checks.
        CheckResult lastAnswer = newest != null && newest.acceptedByOkx() ? newest : checks.stream()
                .skip(1)
                .filter(HistoryEntry::signedUse)
                .map(KeyStatusReading::read)
                .filter(result -> result != null && result.acceptedByOkx())
                .map(result -> CheckForKey.reread(result, key))
                .findFirst()
                .orElse(null);
        NewestAnswer answer = NewestAnswer.in(checks, key);
        boolean refused = answer != null && answer.standsFor(key, changedAt);
        boolean unboundByChoice = VerdictRules.unboundByChoice(key.checklistDone());
        KeyVerdict verdict;
        Problem cause = newest == null ? null : VerdictRules.cause(newest, unboundByChoice);
        if (known.withdrawEnabled()) {
            verdict = KeyVerdict.CAN_WITHDRAW;
            cause = VerdictRules.withdrawProblem(newest, lastAnswer);
        } else if (changedSince || restoredSince || movedSince) {
            verdict = KeyVerdict.CHANGED;
            cause = null;
        } else if (refused) {
            // The newest check itself, or one OKX answered before checks that could not ask it.
            verdict = KeyVerdict.REJECTED;
            cause = VerdictRules.cause(answer.check(), unboundByChoice);
        } else if (newest == null) {
            verdict = VerdictRules.fromOutcome(newestEntry);
        } else {
            verdict = VerdictRules.verdictOf(newest, unboundByChoice);
        }
        return new KeyStatus(verdict, cause, newestEntry, newest, lastAnswer, answer, refused, known,
                lastSignedUse, lastHandout, changedAt, restoredSince && !changedSince, movedSince);
    }

    static CheckResult read(HistoryEntry entry) {
        return CheckResult.recordedIn(entry);
    }

    private static Instant newest(List<HistoryEntry> history, Predicate<HistoryEntry> which) {
        return history.stream().filter(which).map(HistoryEntry::at).max(Comparator.naturalOrder()).orElse(null);
    }
}
