package dev.keyhaven.ui.status;

import dev.keyhaven.guide.PermissionPlan;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.DayCount;
import dev.keyhaven.keys.DeletionCountdown;
import dev.keyhaven.keys.DeletionRule;
import dev.keyhaven.keys.HistoryVersion;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.keys.ProblemCatalog;
import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.keys.RevokeConfirmation;
import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.keys.UseOnOkx;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.TradingBalance;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the status panel shows about one key, worked out by {@link KeyStatus} from the key and its
 * history and worded here for the panel. Plain data, so the rules are tested without a screen. Facts that
 * come from an older check than the newest one carry {@link #factsAsOf()}: they are shown with their
 * date, never as current.
 *
 * @param verdictReached     when the newest check ran, or "" when never
 * @param lastCheck          how the newest check ended and when, e.g. "Check failed 2 Dec 2026, 12:03: could
 *                           not reach OKX" ({@link KeyStatus#checkLine}), or "" when never
 * @param changedSinceCheck  the key was changed (saved, restored) after its newest check: check it again
 * @param summary            the verdict's sentence: why, and what the last known facts were; "" for a key that
 *                           can withdraw, whose banner says why
 * @param nextStep           what to do about it, or ""
 * @param factsAsOf          "" when permissions, IPs, account and balances come from the newest check;
 *                           otherwise e.g. "As of 19 Mar 2026, 08:00: the newest check did not get OKX's answer..."
 *                           ({@link KeyStatus#factsNote}), said once over the facts
 * @param factsRefused       OKX refused the key at the newest check: the older facts are from before that,
 *                           and the permissions are drawn grey, not as granted
 * @param withdrawEnabled    OKX last said the key can withdraw (a newer check that could not ask does not
 *                           clear it): the panel shows the red banner
 * @param withdrawSeen       when OKX said so, e.g. "Seen at 12 Mar 2026, 08:00.", or "" without withdraw
 * @param ipBinding          the bound IPs, "Not bound to an IP", or that it is not known yet
 * @param deletion           for live trade keys without an IP: when OKX deletes the key if unused
 * @param account            null until OKX has described the account
 * @param lastUsed           the newest signed request OKX accepted from Keyhaven, or "Never"
 * @param clockSkew          null unless the newest check read OKX's clock
 * @param balances           null until OKX has answered a balance request
 * @param checkEnded         how the newest check ended and when, for the status bar ({@link KeyStatus#checkEnded})
 * @param unknownOnOkx       OKX's newest answer was that it does not know the key ({@link KeyStatus#unknownOnOkx})
 * @param version            how much of the key's history this report was worked out from
 */
public record StatusReport(
        String label,
        KeyVerdict verdict,
        String verdictReached,
        String lastCheck,
        boolean changedSinceCheck,
        String summary,
        String nextStep,
        String factsAsOf,
        boolean factsRefused,
        List<PermissionChip> chips,
        String wantedPermissions,
        boolean withdrawEnabled,
        String withdrawSeen,
        String ipBinding,
        Optional<Deletion> deletion,
        Account account,
        String lastUsed,
        String age,
        Optional<RotationStatus> rotation,
        ClockSkew clockSkew,
        Balances balances,
        List<Problem> problems,
        List<HistoryRow> history,
        String okxApiPage,
        String checkEnded,
        boolean unknownOnOkx,
        HistoryVersion version) {

    /** What Keyhaven tells a trader whose key can withdraw: the catalog's fix, as every face says it. */
    public static final String WITHDRAW_FIX = KeyStatus.WITHDRAW_FIX;

    /**
     * @param text   e.g. "OKX says this key expires on 7 December 2026 (in 5 days) unless it is used before then..."
     * @param urgent fewer than {@link DeletionCountdown#URGENT_DAYS} days left, or already past
     */
    public record Deletion(Instant deletesAt, String text, boolean urgent) {
    }

    public record Account(String uid, String kind, String mode) {
    }

    public record ClockSkew(String text, boolean warning) {
    }

    /**
     * @param tradingTotal   the trading account's total in USD, or "Not read" when OKX gave none
     * @param transferHint   set when the trading account is empty and the funding account is not
     * @param tradingNotRead why the trading account was not read, or null when it was (empty is "Nothing")
     * @param fundingNotRead why the funding account was not read, or null when it was
     * @param asOf           when OKX gave these figures, e.g. "As of 2 Dec 2026, 12:03."; for figures from before
     *                       the newest check (which could not read them), "As of 2 Dec 2026, 12:03, an older
     *                       check: not current."
     * @param older          the figures come from a check older than the newest one
     */
    public record Balances(String tradingTotal, List<String> trading, List<String> funding, String transferHint,
            String tradingNotRead, String fundingNotRead, String asOf, boolean older) {

        /** As {@link #asOf}: the one wording for when the balances were read. */
        static String asOf(java.time.Instant readAt, boolean older, ZoneId zone) {
            return readAt == null ? "" : "As of " + KeyStatus.moment(readAt, zone)
                    + (older ? ", an older check: not current." : ".");
        }

        /** The trading account's assets, one per line; "Nothing" only when read as empty; else why it was not read. */
        public String tradingText() {
            return text(tradingNotRead, trading);
        }

        public String fundingText() {
            return text(fundingNotRead, funding);
        }

        private static String text(String notRead, List<String> lines) {
            return notRead != null ? "Not read: " + notRead : lines.isEmpty() ? "Nothing" : String.join("\n", lines);
        }
    }

    public record HistoryRow(String time, String outcome, String summary) {
    }

    /**
     * @param history             the key's history, any order
     * @param rotationDefaultDays the app's rotation setting, for keys without their own
     */
    public static StatusReport of(KeyRecord key, List<HistoryEntry> history, Clock clock, int rotationDefaultDays) {
        ZoneId zone = clock.getZone();
        KeyStatus status = KeyStatus.of(key, history);
        CheckResult newest = status.newestCheck().orElse(null);
        CheckResult facts = status.lastAnswer().orElse(null);
        KnownPermissions known = status.known();
        return new StatusReport(
                key.label(),
                status.verdict(),
                status.checkedAt().map(at -> KeyStatus.moment(at, zone)).orElse(""),
                lastCheckBesideVerdict(status, zone),
                status.changedSinceCheck(),
                summary(status, newest, KeyStatus.unboundByChoice(key.checklistDone()), zone),
                status.verdict() == KeyVerdict.WORKS ? "" : dev.keyhaven.keys.AppPlaces.onTheKeysPage(status.fix()),
                status.factsNote(zone),
                status.refusedSinceFacts(),
                PermissionChip.of(key.purpose(), known.permissions().orElse(null)),
                wantedPermissions(key.purpose(), known.permissions().orElse(null)),
                known.withdrawEnabled(),
                withdrawSeen(known, zone),
                ipBinding(facts, newest),
                status.keepAliveAdvised() ? deletion(key, history, clock) : Optional.empty(),
                account(facts),
                lastUsed(status, zone),
                age(key, clock),
                new RotationPolicy(clock, rotationDefaultDays).status(key),
                newest == null || newest.clockSkewMs() == null ? null : new ClockSkew(
                        StatusFormat.skew(newest.clockSkewMs()),
                        Math.abs(newest.clockSkewMs()) >= ProblemCatalog.CLOCK_WARNING_MS),
                balances(facts, !status.factsNote(zone).isEmpty(), zone),
                status.advice(),
                historyRows(key, history, zone),
                key.region().apiManagementUrl(),
                status.checkEnded(key.label(), zone),
                status.unknownOnOkx(),
                HistoryVersion.of(history));
    }

    /**
     * What the purpose wants, and what OKX's Trade really allows (okx-api.md, "Key rules") when the key may trade
     * or OKX said it can: for a key that only reads, and is not known to trade, that is noise.
     */
    static String wantedPermissions(Purpose purpose, Permissions granted) {
        String wanted = "Keys for a " + purpose.displayName().toLowerCase(Locale.ROOT) + " need "
                + purpose.permissionSummary() + ", never Withdraw.";
        boolean trades = purpose.wantedPermissions().trade() || granted != null && granted.trade();
        return trades ? wanted + " " + PermissionPlan.TRADE_ALSO : wanted;
    }

    private static String summary(KeyStatus status, CheckResult newest, boolean unboundByChoice, ZoneId zone) {
        if (status.verdict() == KeyVerdict.NEVER_CHECKED) {
            return "Keyhaven has not checked this key with OKX yet. Check it now to see whether it works and what it "
                    + "may do.";
        }
        if (status.verdict() == KeyVerdict.CAN_WITHDRAW) {
            // The verdict over it says "Can withdraw!" and the withdraw banner under it says the danger, the fix
            // and when OKX said so: a sentence here would say it all a second time.
            return "";
        }
        if (status.verdict() == KeyVerdict.REJECTED) {
            // Under the verdict "Rejected by OKX": the reason and its time, not those words again.
            return status.sentenceBesideVerdict(zone);
        }
        return status.verdict() == KeyVerdict.WORKS && newest != null ? newest.summary(unboundByChoice)
                : dev.keyhaven.keys.UnderVerdict.sentence(status, zone);
    }

    /**
     * The newest check under the verdict; when OKX refused the key in it, only its time: "Rejected by OKX" is the
     * verdict right over it.
     */
    private static String lastCheckBesideVerdict(KeyStatus status, ZoneId zone) {
        boolean refusedNow = status.verdict() == KeyVerdict.REJECTED
                && status.checkOutcome().filter(outcome -> outcome == dev.keyhaven.keys.CheckOutcome.REJECTED).isPresent();
        return refusedNow ? status.checkedAt().map(at -> "As of " + KeyStatus.moment(at, zone)).orElse("")
                : dev.keyhaven.keys.UnderVerdict.checkLine(status, zone);
    }

    private static String lastUsed(KeyStatus status, ZoneId zone) {
        return status.lastSignedUse().map(at -> KeyStatus.moment(at, zone))
                .or(() -> status.credentialsChangedAt().map(at -> "Not since the credentials were changed ("
                        + KeyStatus.moment(at, zone) + ")"))
                .orElse("Never");
    }

    private static String withdrawSeen(KnownPermissions known, ZoneId zone) {
        if (!known.withdrawEnabled()) {
            return "";
        }
        String seen = "Seen at " + KeyStatus.moment(known.knownAt().orElseThrow(), zone) + ".";
        return known.fromEarlierCheck() ? seen + " The newest check could not ask OKX, so it may still be on." : seen;
    }

    private static String ipBinding(CheckResult check, CheckResult newest) {
        if ((check == null || check.permissions() == null) && newest != null
                && newest.has(ProblemId.IP_NOT_ALLOWED)) {
            return "Bound to IP addresses that leave this computer out: OKX refused the check from here.";
        }
        if (check == null || check.permissions() == null) {
            return "Not known yet: OKX tells which IPs the key is bound to when it is checked.";
        }
        List<String> ips = check.ipWhitelist();
        return ips.isEmpty() ? "Not bound to an IP" : "Bound to " + String.join(", ", ips);
    }

    private static Optional<Deletion> deletion(KeyRecord key, List<HistoryEntry> history, Clock clock) {
        return new DeletionRule(clock).countdown(key, history).map(countdown -> new Deletion(countdown.deletesAt(),
                countdown.text(clock.getZone()), countdown.expired() || countdown.urgent()));
    }

    private static Account account(CheckResult check) {
        if (check == null || check.account() == null) {
            return null;
        }
        CheckResult.Account account = check.account();
        String kind = account.subAccount() ? "Sub-account of main account " + account.mainUid() : "Main account";
        return new Account(account.uid(), kind, account.acctLvName());
    }

    private static String age(KeyRecord key, Clock clock) {
        long days = Math.max(0, DayCount.between(key.createdAt(), clock.instant(), clock.getZone()));
        String saved = StatusFormat.day(key.createdAt(), clock.getZone());
        return (days == 0 ? "Saved today" : "Saved " + StatusFormat.days(days) + " ago") + " (" + saved + ")";
    }

    private static Balances balances(CheckResult check, boolean older, ZoneId zone) {
        if (check == null || check.balances() == null) {
            return null;
        }
        CheckResult.Balances balances = check.balances();
        List<String> trading = balances.trading().stream()
                .filter(detail -> detail.eq() != null && detail.eq().signum() != 0)
                .map(StatusReport::tradingLine)
                .toList();
        List<String> funding = balances.funding().stream()
                .filter(balance -> balance.bal() != null && balance.bal().signum() != 0)
                .map(balance -> StatusFormat.amount(balance.bal(), balance.ccy()))
                .toList();
        boolean tradingEmpty = balances.tradingRead() && trading.isEmpty()
                && (balances.tradingTotalUsd() == null || balances.tradingTotalUsd().signum() == 0);
        String hint = tradingEmpty && !funding.isEmpty()
                ? "Your trading account is empty while your funding account holds "
                        + String.join(", ", fundingCurrencies(balances.funding()))
                        + ". Bots trade only from the trading account: transfer from Funding to Trading first "
                        + "(Assets, then Transfer, on OKX)."
                : null;
        return new Balances(balances.tradingTotalUsd() == null || !balances.tradingRead() ? "Not read"
                : StatusFormat.usd(balances.tradingTotalUsd()), trading, funding,
                balances.tradingRead() && balances.fundingRead() ? hint : null,
                balances.tradingNotRead(), balances.fundingNotRead(), Balances.asOf(check.checkedAt(), older, zone),
                older);
    }

    private static String tradingLine(TradingBalance.Detail detail) {
        String line = StatusFormat.amount(detail.eq(), detail.ccy());
        return detail.eqUsd() == null ? line : line + " (" + StatusFormat.usd(detail.eqUsd()) + ")";
    }

    private static List<String> fundingCurrencies(List<FundingBalance> funding) {
        return funding.stream()
                .filter(balance -> balance.bal() != null && balance.bal().signum() > 0)
                .map(FundingBalance::ccy)
                .toList();
    }

    private static List<HistoryRow> historyRows(KeyRecord key, List<HistoryEntry> history, ZoneId zone) {
        boolean unboundByChoice = KeyStatus.unboundByChoice(key.checklistDone());
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK || entry.kind() == HistoryEntry.Kind.KEEP_ALIVE)
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .map(entry -> new HistoryRow(KeyStatus.moment(entry.at(), zone), outcome(entry, unboundByChoice),
                        summaryOf(entry)))
                .toList();
    }

    /** Each check in the verdict's own words, as the list and Check all say them. */
    private static String outcome(HistoryEntry entry, boolean unboundByChoice) {
        if (stillLiveAfterRevoke(entry)) {
            return "Still live on OKX!";
        }
        CheckResult result = CheckResult.recordedIn(entry);
        if (result != null) {
            return KeyStatus.verdictOf(result, unboundByChoice).text();
        }
        return switch (entry.outcome()) {
            case OK -> KeyVerdict.WORKS.text();
            case WARNING -> KeyVerdict.WORKS_WITH_WARNINGS.text();
            case FAILED -> entry.signedUse() ? KeyVerdict.NEEDS_FIX.text() : KeyVerdict.COULD_NOT_CHECK.text();
            case INFO -> "Note";
        };
    }

    /** Written again from the stored check, so older entries read in today's words. */
    private static String summaryOf(HistoryEntry entry) {
        if (stillLiveAfterRevoke(entry)) {
            return entry.summary();
        }
        CheckResult result = CheckResult.recordedIn(entry);
        String summary = result == null ? entry.summary() : result.summary();
        return UseOnOkx.rowSummary(entry, summary);
    }

    /** A check of a revoked key that OKX accepted: the key is live on OKX, which no "Works" may hide. */
    private static boolean stillLiveAfterRevoke(HistoryEntry entry) {
        return entry.summary().startsWith(RevokeConfirmation.STILL_ACCEPTED);
    }

    /** True while a trade key without an IP has a deletion date: a keep-alive check pushes it back. */
    public boolean keepAliveOffered() {
        return deletion.isPresent();
    }
}
