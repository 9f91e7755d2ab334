package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.TradingBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The JSON form is a contract with the command line: exact field names, lower-case severities. */
class CheckResultJsonTest {

    private static final CheckResult RESULT = new CheckResult(true, Environment.DEMO, "https://www.okx.com", 87L, -1200L,
            new CheckResult.Account("11", "22", true, 3, "Multi-currency margin mode", "bot"),
            new Permissions(true, true, false), List.of("203.0.113.7"),
            new CheckResult.Balances(new BigDecimal("1234.00000001"),
                    List.of(new TradingBalance.Detail("USDT", new BigDecimal("10"), new BigDecimal("9"), new BigDecimal("10"))),
                    List.of(new FundingBalance("BTC", new BigDecimal("0.5"), new BigDecimal("0.5"), BigDecimal.ZERO))),
            List.of(new Problem(ProblemId.LABEL_MISMATCH, Severity.INFO, null, "Message.", "Fix.")),
            Instant.parse("2026-03-01T10:00:00.123Z"));

    @Test
    @Tag("mutation-redundant")
    void fieldNamesAreExactlyTheContract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RESULT.toJson());
        assertThat(json.fieldNames()).toIterable().containsExactly("ok", "environment", "baseUrl", "latencyMs",
                "clockSkewMs", "account", "permissions", "ipWhitelist", "balances", "problems", "checkedAt");
        assertThat(json.get("account").fieldNames()).toIterable()
                .containsExactly("uid", "mainUid", "subAccount", "acctLv", "acctLvName", "label");
        assertThat(json.get("permissions").fieldNames()).toIterable().containsExactly("read", "trade", "withdraw");
        assertThat(json.get("balances").fieldNames()).toIterable().containsExactly("tradingTotalUsd", "trading", "funding",
                "tradingNotRead", "fundingNotRead");
        assertThat(json.get("problems").get(0).fieldNames()).toIterable()
                .containsExactly("id", "severity", "okxCode", "message", "fix");
        assertThat(json.get("problems").get(0).get("severity").asText()).isEqualTo("info");
        assertThat(json.get("environment").asText()).isEqualTo("DEMO");
        assertThat(json.get("checkedAt").asText()).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(json.get("balances").get("tradingTotalUsd").toString()).isEqualTo("1234.00000001");
    }

    @Test
    @Tag("mutation-redundant")
    void readsBackWhatItWrote() {
        assertThat(CheckResult.fromJson(RESULT.toJson())).isEqualTo(RESULT);
    }

    @Test
    @Tag("mutation-redundant")
    void aFailedCheckKeepsItsNullsExplicit() throws Exception {
        CheckResult failed = new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, null,
                null, List.of(new Problem(ProblemId.NETWORK, Severity.ERROR, null, "No.", "Retry.")), Instant.EPOCH);
        JsonNode json = new ObjectMapper().readTree(failed.toJson());
        assertThat(json.get("account").isNull()).isTrue();
        assertThat(json.get("ipWhitelist").isArray()).isTrue();
        assertThat(CheckResult.fromJson(failed.toJson())).isEqualTo(failed);
    }

    @Test
    void aBalanceNotReadKeepsItsReasonApartFromAnEmptyOne() throws Exception {
        CheckResult.Balances balances = new CheckResult.Balances(BigDecimal.ZERO, List.of(), List.of(), null,
                "OKX says this key may not use this part of its API (code 50030).");
        CheckResult partly = new CheckResult(true, Environment.LIVE, "https://www.okx.com", 5L, 0L, null,
                new Permissions(true, false, false), List.of(), balances, List.of(), Instant.EPOCH);
        JsonNode json = new ObjectMapper().readTree(partly.toJson());
        assertThat(json.at("/balances/fundingNotRead").asText()).contains("50030");
        assertThat(json.at("/balances/tradingNotRead").isNull()).isTrue();
        CheckResult back = CheckResult.fromJson(partly.toJson());
        assertThat(back.balances().fundingRead()).isFalse();
        assertThat(back.balances().tradingRead()).isTrue();
    }

    @Test
    void resultsStoredBeforeNotReadExistedReadAsBothBalancesRead() {
        String older = RESULT.toJson().replace(",\"tradingNotRead\":null,\"fundingNotRead\":null", "");
        assertThat(older).doesNotContain("NotRead");
        CheckResult back = CheckResult.fromJson(older);
        assertThat(back.balances().tradingRead()).isTrue();
        assertThat(back.balances().fundingRead()).isTrue();
    }

    @Test
    @Tag("mutation-redundant")
    void somethingElseIsRefusedWithASentence() {
        assertThatThrownBy(() -> CheckResult.fromJson("<html>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The stored check result could not be read.");
    }
}
