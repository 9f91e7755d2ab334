package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a key stands, worked out from its history, with the time each fact was learned: the one rule and
 * the one wording that the key list, the status panel, Check all and the command line all show.
 *
 * <p>Rules: withdraw seen by a check that reached OKX comes first, until a later check reads the
 * permissions again ({@link KnownPermissions}). Credentials changed after the newest check make its word
 * about the old values ({@link KeyVerdict#CHANGED}). Otherwise the newest check decides: whether OKX
 * accepted a signed request, and the severity of what it found. A check sent on purpose to another address
 * ({@code check --base-url}) speaks only for itself ({@link CheckVerdict}), except for withdraw: what it
 * saw is known of the key. A check that did not get OKX's word leaves OKX's newest answer standing
 * ({@link NewestAnswer}): a refusal stays the verdict, said with its own time, until OKX answers again; the facts
 * of the last check OKX accepted are shown "as of" that check, never as current.
 */
public final class KeyStatus {


    /** The history note the credentials form leaves when it saves changed values. */
    public static final String CREDENTIALS_CHANGED = HistoryNotes.CREDENTIALS_CHANGED;
    /** The history note a restore from the archive leaves: what older checks said may have changed since. */
    public static final String RESTORED = HistoryNotes.RESTORED;

    /** What to do about a key that can withdraw: the catalog's fix, so every face advises the same. */
    public static final String WITHDRAW_FIX =
            ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, ProblemContext.builder().build()).fix();

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final KeyVerdict verdict;
    private final Problem cause;
    private final HistoryEntry newestEntry;
    private final CheckResult newestCheck;
    private final CheckResult lastAnswer;
    /** OKX's newest answer, accepted or refused; null when OKX never answered a check of the key. */
    private final NewestAnswer answer;
    /** That answer is a refusal that still speaks for the key as it is now (see {@link NewestAnswer#standsFor}). */
    private final boolean refused;
    private final KnownPermissions known;
    private final Instant lastSignedUse;
    private final Instant lastHandout;
    private final Instant changedAt;
    private final boolean restoredSinceCheck;
    /** The key's address or environment was changed after its newest check: that check asked another server. */
    private final boolean movedSinceCheck;

    KeyStatus(KeyVerdict verdict, Problem cause, HistoryEntry newestEntry, CheckResult newestCheck,
                      CheckResult lastAnswer, NewestAnswer answer, boolean refused, KnownPermissions known,
                      Instant lastSignedUse, Instant lastHandout, Instant changedAt, boolean restoredSinceCheck,
              boolean movedSinceCheck) {
        this.verdict = verdict;
        this.cause = cause;
        this.newestEntry = newestEntry;
        this.newestCheck = newestCheck;
        this.lastAnswer = lastAnswer;
        this.answer = answer;
        this.refused = refused;
        this.known = known;
        this.lastSignedUse = lastSignedUse;
        this.lastHandout = lastHandout;
        this.changedAt = changedAt;
        this.restoredSinceCheck = restoredSinceCheck;
        this.movedSinceCheck = movedSinceCheck;
    }

    public static KeyStatus of(Vault vault, KeyRecord key) throws VaultException {
        return of(key, vault.history(key.id()));
    }

    /** @param history the key's history, in any order */
    public static KeyStatus of(KeyRecord key, List<HistoryEntry> history) {
        return KeyStatusReading.of(key, history);
    }

    /**
     * The verdict of one check on its own.
     *
     * @param unboundByChoice the trader chose to leave the key without a bound IP (their address changes)
     */
    public static KeyVerdict verdictOf(CheckResult check, boolean unboundByChoice) {
        return VerdictRules.verdictOf(check, unboundByChoice);
    }

    /** The trader answered the guide's IP step with "my address changes": an open IP field is their choice. */
    public static boolean unboundByChoice(Set<String> checklistTicks) {
        return VerdictRules.unboundByChoice(checklistTicks);
    }

    /** See {@link HistoryNotes#credentialsChanged}. */
    public static HistoryEntry credentialsChanged(Instant at) {
        return HistoryNotes.credentialsChanged(at);
    }

    public static boolean isCredentialsChange(HistoryEntry entry) {
        return HistoryNotes.isCredentialsChange(entry);
    }

    /** See {@link HistoryNotes#restored}. */
    public static HistoryEntry restored(Instant at) {
        return HistoryNotes.restored(at);
    }

    public static boolean isRestore(HistoryEntry entry) {
        return HistoryNotes.isRestore(entry);
    }

    /** The one way Keyhaven writes a moment, e.g. "2 Dec 2026, 07:15". */
    public static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }

    public KeyVerdict verdict() {
        return verdict;
    }

    /** The problem behind the verdict (the refusal, the outage, the first warning), if any. */
    public Optional<Problem> cause() {
        return Optional.ofNullable(cause);
    }

    /** What the verdict rests on, in one sentence (the cause's message), or "" for a key that simply works. */
    public String reason() {
        return switch (verdict) {
            case NEVER_CHECKED -> "Keyhaven has not checked this key with OKX yet.";
            case CHANGED -> restoredSinceCheck
                    ? "The key was restored from the archive after the newest check, so what it said may no longer"
                            + " hold."
                    : "The credentials were changed after the newest check, which was about the old values.";
            default -> cause == null ? "" : cause.message();
        };
    }

    /**
     * The problems to show, each with its fix: those of the newest check, except for a key that can
     * withdraw, which gets that one problem alone. Its fix is to delete the key, which makes any advice on
     * keeping it (binding an IP, using it within 14 days, unticking Trade) beside the point. A refusal that
     * newer checks could not put to OKX again keeps its own problems: they are what stands.
     */
    public List<Problem> advice() {
        if (verdict == KeyVerdict.CAN_WITHDRAW) {
            return List.of(cause);
        }
        if (verdict == KeyVerdict.REJECTED && refusalOutlived()) {
            return answer.check().problems();
        }
        return newestCheck == null ? List.of() : newestCheck.problems();
    }

    /** True when a check that OKX counts as use is worth offering to keep the key: never for one to delete. */
    public boolean keepAliveAdvised() {
        return verdict != KeyVerdict.CAN_WITHDRAW;
    }

    /** The next step, from the same problem the reason names; "" when there is nothing to do. */
    public String fix() {
        return switch (verdict) {
            case NEVER_CHECKED, CHANGED -> "Check the key with OKX.";
            default -> cause == null ? "" : cause.fix();
        };
    }

    /**
     * True when OKX's newest answer about the key as it is now was that it does not know this API key (50111,
     * 50119): nothing is left to delete on OKX, and the key can be archived without a leak story. Checks that
     * could not ask OKX since do not change that; only OKX accepting the key again does.
     */
    public boolean unknownOnOkx() {
        return verdict == KeyVerdict.REJECTED && answer != null && answer.unknownKey();
    }

    /** When OKX gave the refusal a {@link KeyVerdict#REJECTED} verdict rests on; empty for other verdicts. */
    public Optional<Instant> refusedAt() {
        return verdict == KeyVerdict.REJECTED && answer != null ? Optional.of(answer.at()) : Optional.empty();
    }

    /**
     * For a refusal that newer checks could not put to OKX again, when OKX said it, e.g. "OKX said so on 4 Dec
     * 2026, 02:52; the newest check could not ask OKX again."; "" when the newest check is the refusal itself.
     */
    public String refusalNote(ZoneId zone) {
        return verdict == KeyVerdict.REJECTED && refusalOutlived()
                ? "OKX said so on " + moment(answer.at(), zone) + "; the newest check could not ask OKX again." : "";
    }

    /** True when the refusal standing is older than the newest check (which could not ask OKX). */
    private boolean refusalOutlived() {
        return refused && newestEntry != null && answer.entry() != newestEntry;
    }

    /** When the newest check ran. */
    public Optional<Instant> checkedAt() {
        return Optional.ofNullable(newestEntry).map(HistoryEntry::at);
    }

    /** How the newest check ended; empty when never checked. */
    public Optional<CheckOutcome> checkOutcome() {
        if (newestEntry == null) {
            return Optional.empty();
        }
        return Optional.of(newestCheck == null ? CheckOutcome.of(newestEntry) : CheckOutcome.of(newestCheck));
    }

    /**
     * The newest check in one line, e.g. "Checked 2 Dec 2026, 12:03" or "Check failed 2 Dec 2026, 12:03:
     * could not reach OKX" ({@link CheckOutcome}); "" when never checked.
     */
    public String checkLine(ZoneId zone) {
        return checkOutcome()
                .map(outcome -> CheckOutcome.line(outcome, newestEntry.at(), newestCheck(), zone))
                .orElse("");
    }

    /**
     * How the newest check ended, for the status bar, e.g. "\"Grid bot\": Checked 2 Dec 2026, 12:03: Works"
     * or "\"Grid bot\": Check failed 2 Dec 2026, 12:03: could not reach OKX"; "" when never checked.
     */
    public String checkEnded(String label, ZoneId zone) {
        String line = checkLine(zone);
        if (line.isEmpty()) {
            return "";
        }
        boolean checked = checkOutcome().orElseThrow() == CheckOutcome.CHECKED;
        return "\"" + label + "\": " + line + (checked ? ": " + verdict.text() : "");
    }

    /**
     * True when the key was changed after its newest check (its credentials saved, or restored from the
     * archive), so that check no longer speaks for it: the app checks again, whatever the verdict.
     */
    public boolean changedSinceCheck() {
        return newestEntry != null && (restoredSinceCheck || movedSinceCheck
                || changedAt != null && changedAt.isAfter(newestEntry.at()));
    }

    /** True when the key's OKX address or environment was changed after its newest check. */
    public boolean movedSinceCheck() {
        return movedSinceCheck;
    }

    /** True when the newest check is older than the key's restore from the archive (and no save since). */
    public boolean restoredSinceCheck() {
        return restoredSinceCheck;
    }

    /** The newest check, as recorded; empty when never checked (or its record is unreadable). */
    public Optional<CheckResult> newestCheck() {
        return Optional.ofNullable(newestCheck);
    }

    /** The newest check OKX accepted: where permissions, IPs, account and balances come from. */
    public Optional<CheckResult> lastAnswer() {
        return Optional.ofNullable(lastAnswer);
    }

    /** When the facts of {@link #lastAnswer()} were learned. */
    public Optional<Instant> factsAsOf() {
        return lastAnswer().map(CheckResult::checkedAt);
    }

    /**
     * True when the facts come from the newest check itself and the key was not changed since; false when
     * they are older, about other credentials or from before a restore, or missing.
     */
    public boolean factsCurrent() {
        return lastAnswer != null && newestCheck != null && !changedSinceCheck()
                && lastAnswer.checkedAt().equals(newestCheck.checkedAt());
    }

    /** e.g. "as of 2 Dec 2026, 07:15", for facts a newer check could not refresh; "" when they are current. */
    public String asOf(ZoneId zone) {
        return factsCurrent() || lastAnswer == null ? "" : "as of " + moment(lastAnswer.checkedAt(), zone);
    }

    public KnownPermissions known() {
        return known;
    }

    /**
     * The newest request OKX accepted from Keyhaven with the credentials stored now (not with values they
     * replaced): what OKX's 14-day rule counts as use.
     */
    public Optional<Instant> lastSignedUse() {
        return Optional.ofNullable(lastSignedUse);
    }

    /** The newest hand-out of the credentials to a program. */
    public Optional<Instant> lastHandout() {
        return Optional.ofNullable(lastHandout);
    }

    /** When the credentials were last changed, if the history says so. */
    public Optional<Instant> credentialsChangedAt() {
        return Optional.ofNullable(changedAt);
    }

    /**
     * The verdict and its reason in one line, with the times it rests on, e.g. "Could not check: OKX did
     * not answer in time. Last known as of 2 Dec 2026, 07:15: works."
     */
    public String sentence(ZoneId zone) {
        return KeyStatusSentences.sentence(this, zone);
    }

    /**
     * {@link #sentence} for a place that shows the verdict's own words beside it (a mark): the same facts
     * without saying the verdict again, e.g. "OKX did not answer in time. Last known as of ...: works."
     */
    public String sentenceBesideVerdict(ZoneId zone) {
        return KeyStatusSentences.sentenceBesideVerdict(this, zone);
    }

    /**
     * OKX's newest answer with its time when the newest check could not ask OKX ("Last known as of …: works.",
     * never an older acceptance over a refusal); for a refused key, what OKX accepted before; "" otherwise.
     */
    public String earlierFacts(ZoneId zone) {
        return KeyStatusSentences.earlierFacts(this, zone);
    }

    /**
     * True when OKX's newest answer refused the key (at the newest check, or before checks that could not ask
     * OKX): facts from an earlier check are from before the refusal, not merely unconfirmed.
     */
    public boolean refusedSinceFacts() {
        return refused && !changedSinceCheck() && !factsCurrent();
    }

    /**
     * The one note over facts an older check read ("As of …: the newest check did not get OKX's answer, so these
     * may have changed since.", "From …, before OKX refused this key."); "" when they are current or none known.
     */
    public String factsNote(ZoneId zone) {
        return KeyStatusSentences.factsNote(this, zone);
    }

    /** OKX's newest answer, accepted or refused; null when OKX has answered no check. */
    NewestAnswer newestAnswer() {
        return answer;
    }

}
