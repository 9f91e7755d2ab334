package dev.keyhaven.ui.status;

import dev.keyhaven.guide.PermissionPlan;
import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.DeletionCountdown;
import dev.keyhaven.keys.DeletionRule;
import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.keys.ProblemCatalog;
import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.keys.RotationPolicy;
import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.TradingBalance;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the status panel shows about one key, worked out from the key, its history and its newest
 * check. Plain data, so the rules (verdict, chips, deletion date, hints) are tested without a screen.
 *
 * @param verdictReached     when the newest check ran, or "" when never
 * @param withdrawEnabled    OKX last said the key can withdraw (a newer check that could not ask does not
 *                           clear it): the panel shows the red banner
 * @param withdrawSeen       when OKX said so, e.g. "Seen at 12 Mar 2026, 08:00.", or "" without withdraw
 * @param ipBinding          the bound IPs, "Not bound to an IP", or that it is not known yet
 * @param deletion           for live trade keys without an IP: when OKX deletes the key if unused
 * @param account            null until OKX has described the account
 * @param lastUsed           the newest signed request Keyhaven made with the key, or "Never"
 * @param clockSkew          null until a check read OKX's clock
 * @param balances           null until OKX has answered the balance requests
 */
public record StatusReport(
        String label,
        CheckVerdict verdict,
        String verdictReached,
        String summary,
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
        String okxApiPage) {

    /** What Keyhaven tells a trader whose key can withdraw; the fix comes first. */
    public static final String WITHDRAW_FIX = "Edit the key on OKX and untick Withdraw, or delete it";

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
     */
    public record Balances(String tradingTotal, List<String> trading, List<String> funding, String transferHint,
            String tradingNotRead, String fundingNotRead) {
    }

    public record HistoryRow(String time, String outcome, String summary) {
    }

    /**
     * @param newestCheck         the newest recorded check, or null when never checked
     * @param history             the key's history, any order
     * @param rotationDefaultDays the app's rotation setting, for keys without their own
     */
    public static StatusReport of(KeyRecord key, List<HistoryEntry> history, CheckResult newestCheck, Clock clock,
                                  int rotationDefaultDays) {
        ZoneId zone = clock.getZone();
        CheckVerdict verdict = CheckVerdict.of(newestCheck);
        boolean answered = newestCheck != null && newestCheck.permissions() != null;
        KnownPermissions known = KnownPermissions.of(history);
        return new StatusReport(
                key.label(),
                verdict,
                newestCheck == null ? "" : StatusFormat.moment(newestCheck.checkedAt(), zone),
                newestCheck == null ? "Keyhaven has not checked this key with OKX yet. Check it now to see "
                        + "whether it works and what it may do." : newestCheck.summary(),
                PermissionChip.of(key.purpose(), known.permissions().orElse(null)),
                wantedPermissions(key.purpose()),
                known.withdrawEnabled(),
                withdrawSeen(known, zone),
                ipBinding(newestCheck, answered),
                deletion(key, history, clock),
                account(newestCheck),
                lastUsed(history, zone),
                age(key, clock),
                new RotationPolicy(clock, rotationDefaultDays).status(key),
                newestCheck == null || newestCheck.clockSkewMs() == null ? null : new ClockSkew(
                        StatusFormat.skew(newestCheck.clockSkewMs()),
                        Math.abs(newestCheck.clockSkewMs()) >= ProblemCatalog.CLOCK_WARNING_MS),
                balances(newestCheck),
                newestCheck == null ? List.of() : newestCheck.problems(),
                historyRows(history, zone),
                key.region().apiManagementUrl());
    }

    /** What the purpose wants, and what OKX's Trade really allows (okx-api.md, "Key rules"). */
    static String wantedPermissions(Purpose purpose) {
        return "Keys for a " + purpose.displayName().toLowerCase(Locale.ROOT) + " need " + purpose.permissionSummary()
                + ", never Withdraw. " + PermissionPlan.TRADE_ALSO;
    }

    private static String withdrawSeen(KnownPermissions known, ZoneId zone) {
        if (!known.withdrawEnabled()) {
            return "";
        }
        String seen = "Seen at " + StatusFormat.moment(known.knownAt().orElseThrow(), zone) + ".";
        return known.fromEarlierCheck() ? seen + " The newest check could not ask OKX, so it may still be on." : seen;
    }

    private static String ipBinding(CheckResult check, boolean answered) {
        if (!answered && check != null && check.has(ProblemId.IP_NOT_ALLOWED)) {
            return "Bound to IP addresses that leave this computer out: OKX refused the check from here.";
        }
        if (!answered) {
            return "Not known yet: OKX tells which IPs the key is bound to when it is checked.";
        }
        List<String> ips = check.ipWhitelist();
        return ips.isEmpty() ? "Not bound to an IP" : "Bound to " + String.join(", ", ips);
    }

    private static Optional<Deletion> deletion(KeyRecord key, List<HistoryEntry> history, Clock clock) {
        return new DeletionRule(clock).countdown(key, history).map(countdown -> {
            String date = StatusFormat.day(countdown.deletesAt(), clock.getZone());
            String text;
            if (countdown.expired()) {
                text = "This key may have expired on " + date + ": OKX says a key that can trade and has no bound IP "
                        + "expires after 14 days unused. Check it to find out.";
            } else {
                text = "OKX says this key expires on " + date + " (in " + StatusFormat.days(Math.max(0, countdown.daysLeft()))
                        + ") unless it is used before then: 14 days after its last signed use. A check counts as use.";
            }
            if (countdown.assumed()) {
                text += " (Assumed until a check shows whether it is bound to an IP.)";
            }
            return new Deletion(countdown.deletesAt(), text, countdown.expired() || countdown.urgent());
        });
    }

    private static Account account(CheckResult check) {
        if (check == null || check.account() == null) {
            return null;
        }
        CheckResult.Account account = check.account();
        String kind = account.subAccount() ? "Sub-account of main account " + account.mainUid() : "Main account";
        return new Account(account.uid(), kind, account.acctLvName());
    }

    private static String lastUsed(List<HistoryEntry> history, ZoneId zone) {
        return history.stream()
                .filter(HistoryEntry::signedUse)
                .map(HistoryEntry::at)
                .max(Comparator.naturalOrder())
                .map(at -> StatusFormat.moment(at, zone))
                .orElse("Never");
    }

    private static String age(KeyRecord key, Clock clock) {
        long days = Math.max(0, Duration.between(key.createdAt(), clock.instant()).toDays());
        String saved = StatusFormat.day(key.createdAt(), clock.getZone());
        return (days == 0 ? "Saved today" : "Saved " + StatusFormat.days(days) + " ago") + " (" + saved + ")";
    }

    private static Balances balances(CheckResult check) {
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
        return new Balances(balances.tradingTotalUsd() == null ? "Not read" : StatusFormat.usd(balances.tradingTotalUsd()),
                trading, funding, hint, balances.tradingNotRead(), balances.fundingNotRead());
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

    private static List<HistoryRow> historyRows(List<HistoryEntry> history, ZoneId zone) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK || entry.kind() == HistoryEntry.Kind.KEEP_ALIVE)
                .sorted(Comparator.comparing(HistoryEntry::at).reversed())
                .map(entry -> new HistoryRow(StatusFormat.moment(entry.at(), zone), outcome(entry), entry.summary()))
                .toList();
    }

    private static String outcome(HistoryEntry entry) {
        return switch (entry.outcome()) {
            case OK -> "Works";
            case WARNING -> "Warnings";
            case FAILED -> "Failed";
            case INFO -> "Note";
        };
    }

    /** True while a trade key without an IP has a deletion date: a keep-alive check pushes it back. */
    public boolean keepAliveOffered() {
        return deletion.isPresent();
    }
}
