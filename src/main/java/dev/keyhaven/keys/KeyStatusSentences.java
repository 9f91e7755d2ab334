package dev.keyhaven.keys;

import java.time.ZoneId;
import java.util.Locale;

/** The sentences {@link KeyStatus} says of a key's verdict and the facts it rests on, with their times. */
final class KeyStatusSentences {

    private static final String WITHDRAW_DANGER = "Anyone who gets hold of this key could move your money out of OKX.";

    private KeyStatusSentences() {
    }

    static String sentence(KeyStatus status, ZoneId zone) {
        KeyVerdict verdict = status.verdict();
        String reason = status.reason();
        String line = verdict == KeyVerdict.CAN_WITHDRAW ? verdict.text() + " " + WITHDRAW_DANGER
                : reason.isEmpty() ? verdict.text() + "." : verdict.text() + ": " + reason;
        return withEarlierFacts(status, line, zone);
    }

    static String sentenceBesideVerdict(KeyStatus status, ZoneId zone) {
        String reason = status.verdict() == KeyVerdict.CAN_WITHDRAW ? WITHDRAW_DANGER : status.reason();
        String line = reason.isEmpty() ? "" : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return withEarlierFacts(status, line, zone).strip();
    }

    private static String withEarlierFacts(KeyStatus status, String line, ZoneId zone) {
        KnownPermissions known = status.known();
        if (status.verdict() == KeyVerdict.CAN_WITHDRAW && known.fromEarlierCheck()) {
            line += " Seen " + KeyStatus.moment(known.knownAt().orElseThrow(), zone)
                    + "; the newest check could not ask OKX, so it may still be on.";
        }
        String refusal = status.refusalNote(zone);
        line = refusal.isEmpty() ? line : line + " " + refusal;
        String earlier = earlierFacts(status, zone);
        return earlier.isEmpty() ? line : line + " " + earlier;
    }

    static String earlierFacts(KeyStatus status, ZoneId zone) {
        KeyVerdict verdict = status.verdict();
        if (verdict != KeyVerdict.COULD_NOT_CHECK && verdict != KeyVerdict.REJECTED && verdict != KeyVerdict.CHANGED) {
            return "";
        }
        NewestAnswer answer = status.newestAnswer();
        if (verdict != KeyVerdict.REJECTED && answer != null && answer.refused()) {
            return "Last known as of " + KeyStatus.moment(answer.at(), zone) + ": " + word(answer.check()) + ".";
        }
        CheckResult lastAnswer = status.lastAnswer().orElse(null);
        return lastAnswer == null ? "OKX has not accepted this key in any check yet."
                : (verdict == KeyVerdict.REJECTED ? "Before OKX refused it, as of " : "Last known as of ")
                        + KeyStatus.moment(lastAnswer.checkedAt(), zone) + ": " + word(lastAnswer) + ".";
    }

    private static String word(CheckResult check) {
        String text = VerdictRules.verdictOf(check, false).text().replace("!", "");
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    static String factsNote(KeyStatus status, ZoneId zone) {
        CheckResult lastAnswer = status.lastAnswer().orElse(null);
        if (status.factsCurrent() || lastAnswer == null) {
            return "";
        }
        String at = KeyStatus.moment(lastAnswer.checkedAt(), zone);
        if (status.refusedSinceFacts()) {
            return "From " + at + ", before OKX refused this key.";
        }
        return "As of " + at + ": " + (status.restoredSinceCheck()
                ? "these were read before the key was archived and restored."
                : status.movedSinceCheck() ? "these were read from another OKX address before it changed."
                : status.changedSinceCheck() ? "these were read with the credentials before they changed."
                : "the newest check did not get OKX's answer, so these may have changed since.");
    }
}
