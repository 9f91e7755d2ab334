package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.keyhaven.okx.AccountConfig;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.TradingBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a check found: does the key work, and is it safe? Its JSON form (field names as below) is a
 * contract with the command line's output and is stored in the vault's history.
 *
 * @param ok          true when no problem has severity error
 * @param baseUrl     the REST base URL the check used
 * @param latencyMs   how long OKX took to answer the account request, or null without an answer
 * @param clockSkewMs this computer's clock minus OKX's (positive: ahead), or null when not read
 * @param account     the account, or null when OKX did not answer it
 * @param permissions what OKX says the key may do, or null when it did not answer
 * @param ipWhitelist the IPs the key is bound to; empty when none (or unknown: see account)
 * @param balances    the balances, or null when OKX answered neither them nor the account request
 * @param problems    errors first, then warnings, then notes
 */
@JsonPropertyOrder({"ok", "environment", "baseUrl", "latencyMs", "clockSkewMs", "account", "permissions",
    "ipWhitelist", "balances", "problems", "checkedAt"})
public record CheckResult(
        boolean ok,
        Environment environment,
        String baseUrl,
        Long latencyMs,
        Long clockSkewMs,
        Account account,
        Permissions permissions,
        List<String> ipWhitelist,
        Balances balances,
        List<Problem> problems,
        Instant checkedAt) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public CheckResult {
        ipWhitelist = ipWhitelist == null ? List.of() : List.copyOf(ipWhitelist);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The account the key belongs to, as OKX reports it. */
    @JsonPropertyOrder({"uid", "mainUid", "subAccount", "acctLv", "acctLvName", "label"})
    public record Account(String uid, String mainUid, boolean subAccount, int acctLv, String acctLvName, String label) {

        public static Account of(AccountConfig config) {
            return new Account(config.uid(), config.mainUid(), config.subAccount(), config.acctLv(),
                    config.acctLvName(), config.label());
        }
    }

    /**
     * What the balance requests found. A balance that could not be read is not an empty one: its list is empty
     * and its {@code ...NotRead} field says why ("Nothing" is for a balance read as empty).
     *
     * @param tradingTotalUsd the trading account's total equity in USD, or null when it was not read
     * @param tradingNotRead  why the trading account was not read, or null when it was
     * @param fundingNotRead  why the funding account was not read, or null when it was
     */
    @JsonPropertyOrder({"tradingTotalUsd", "trading", "funding", "tradingNotRead", "fundingNotRead"})
    public record Balances(BigDecimal tradingTotalUsd, List<TradingBalance.Detail> trading, List<FundingBalance> funding,
            String tradingNotRead, String fundingNotRead) {

        public Balances {
            trading = trading == null ? List.of() : List.copyOf(trading);
            funding = funding == null ? List.of() : List.copyOf(funding);
        }

        /** Both balances read. */
        public Balances(BigDecimal tradingTotalUsd, List<TradingBalance.Detail> trading, List<FundingBalance> funding) {
            this(tradingTotalUsd, trading, funding, null, null);
        }

        public boolean tradingRead() {
            return tradingNotRead == null;
        }

        public boolean fundingRead() {
            return fundingNotRead == null;
        }
    }

    /** True when OKX accepted at least one signed request of the key: a use that resets the 14-day clock. */
    public boolean acceptedByOkx() {
        return account != null || balances != null;
    }

    public List<String> problemIds() {
        return problems.stream().map(problem -> problem.id().name()).toList();
    }

    public boolean has(ProblemId id) {
        return problems.stream().anyMatch(problem -> problem.id() == id);
    }

    public long count(Severity severity) {
        return problems.stream().filter(problem -> problem.severity() == severity).count();
    }

    /**
     * One sentence for the history and Check all, led by the verdict's own word, e.g. "Works. Read + Trade,
     * bound to 1 IP." or "Rejected by OKX: OKX does not accept the passphrase stored for this key."
     */
    public String summary() {
        return summary(false);
    }

    /** @param unboundByChoice the trader chose an open IP field: its warning is not counted */
    public String summary(boolean unboundByChoice) {
        KeyVerdict verdict = KeyStatus.verdictOf(this, unboundByChoice);
        if (!verdict.acceptedByOkx() || verdict == KeyVerdict.NEEDS_FIX) {
            // No error yet nothing accepted (a platform key bound to the platform's IPs): its warning is the reason.
            String reason = problems.stream().filter(problem -> problem.severity() == Severity.ERROR)
                    .map(Problem::message).findFirst()
                    .orElse(problems.isEmpty() ? "" : problems.get(0).message());
            return reason.isEmpty() ? verdict.text() + "." : verdict.text() + ": " + reason;
        }
        StringBuilder text = new StringBuilder(verdict == KeyVerdict.CAN_WITHDRAW ? verdict.text() + " " : "Works. ");
        if (permissions != null) {
            text.append(permissions.withdraw() ? (permissions.trade() ? "Read + Trade + Withdraw" : "Read + Withdraw")
                    : permissions.trade() ? "Read + Trade" : "Read only");
            text.append(ipWhitelist.isEmpty() ? ", not bound to an IP." : ", bound to " + ipWhitelist.size()
                    + (ipWhitelist.size() == 1 ? " IP." : " IPs."));
        }
        // A key that can withdraw is told only that (KeyStatus.advice), and its verdict says it: advice on keeping
        // it is not counted, so no count stands above an [error] it does not name.
        long warnings = verdict == KeyVerdict.CAN_WITHDRAW ? 0 : problems.stream()
                .filter(problem -> problem.severity() == Severity.WARNING
                        && !(unboundByChoice && problem.id() == ProblemId.NO_IP_BINDING)).count();
        if (warnings > 0) {
            text.append(' ').append(warnings).append(warnings == 1 ? " warning." : " warnings.");
        }
        return text.toString().strip();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A check result could not be written as JSON", e);
        }
    }

    /**
     * Reads a result written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when {@code json} is not a check result
     */
    public static CheckResult fromJson(String json) {
        try {
            return JSON.readValue(json, CheckResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The stored check result could not be read.", e);
        }
    }

    /** The check {@code entry} recorded, or null when it recorded none or one this version cannot read. */
    public static CheckResult recordedIn(HistoryEntry entry) {
        if (entry.detailJson() == null) {
            return null;
        }
        try {
            return fromJson(entry.detailJson());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
