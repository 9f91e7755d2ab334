package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How OKX's answers are read: permissions, error codes, fields, balances, addresses. */
class OkxValuesGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "read_only,trade | true | true | false | read_only,trade",
        "trade | true | true | false | read_only,trade",
        "withdraw | true | false | true | read_only,withdraw",
        "read_only | true | false | false | read_only",
        "read | true | false | false | read_only",
        "'' | false | false | false | ''",
        "null | false | false | false | ''",
        "' Trade , WITHDRAW ,read_only' | true | true | true | read_only,trade,withdraw",
        "transfer,unknown | false | false | false | ''",
    })
    void permissionsAreParsedInAnyOrderAndCase(String perm, boolean read, boolean trade, boolean withdraw,
            String okxSpelling) {
        Permissions permissions = Permissions.parse(perm);
        assertThat(permissions).isEqualTo(new Permissions(read, trade, withdraw));
        assertThat(permissions.toOkxString()).isEqualTo(okxSpelling);
    }

    @Test
    void okxSpellingOfEveryCombination() {
        assertThat(new Permissions(false, true, false).toOkxString()).isEqualTo("trade");
        assertThat(new Permissions(false, false, true).toOkxString()).isEqualTo("withdraw");
        assertThat(new Permissions(false, true, true).toOkxString()).isEqualTo("trade,withdraw");
        assertThat(Permissions.NONE.toOkxString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
        "50113, true", "50105, true", "50100, true", "50111, true", "50199, true",
        "50102, false", "50011, false", "51000, false", "5011, false", "501130, false", "null, false"})
    void authenticationCodesAreTheFiveDigit501sButTheExpiredTimestamp(String code, boolean authentication) {
        assertThat(OkxErrorCodes.isAuthentication(code)).isEqualTo(authentication);
    }

    @Test
    void fieldsMissingNullOrEmptyHaveTheirFallbacks() throws Exception {
        JsonNode item = JSON.readTree("{\"a\":null,\"b\":\"\",\"c\":\" 12.5 \",\"d\":\"7\",\"e\":\"x\","
                + "\"ip\":\" 1.2.3.4, ,5.6.7.8,\"}");
        assertThat(JsonFields.text(item, "a")).isEmpty();
        assertThat(JsonFields.text(item, "missing")).isEmpty();
        assertThat(JsonFields.text(item, "d")).isEqualTo("7");
        assertThat(JsonFields.decimal(item, "b")).isNull();
        assertThat(JsonFields.decimal(item, "missing")).isNull();
        assertThat(JsonFields.decimal(item, "c")).isEqualByComparingTo("12.5");
        assertThat(JsonFields.integer(item, "b", 9)).isEqualTo(9);
        assertThat(JsonFields.integer(item, "d", 9)).isEqualTo(7);
        assertThat(JsonFields.commaList(item, "ip")).containsExactly("1.2.3.4", "5.6.7.8");
        assertThat(JsonFields.commaList(item, "missing")).isEmpty();
        assertThatThrownBy(() -> JsonFields.decimal(item, "e")).isInstanceOfSatisfying(OkxException.class,
                failure -> assertThat(failure.kind()).isEqualTo(OkxException.Kind.MISSING_DATA))
                .hasMessageContaining("\"e\"");
        assertThatThrownBy(() -> JsonFields.integer(item, "e", 0)).isInstanceOf(OkxException.class);
    }

    @Test
    void aTradingAccountIsEmptyOnlyWithoutEquityInAnyCurrency() throws Exception {
        BigDecimal zero = BigDecimal.ZERO;
        assertThat(new TradingBalance(null, List.of()).totalEq()).isEqualByComparingTo("0");
        assertThat(new TradingBalance(null, List.of()).isEmpty()).isTrue();
        assertThat(new TradingBalance(BigDecimal.ONE, List.of()).isEmpty()).isFalse();
        assertThat(new TradingBalance(zero, List.of(new TradingBalance.Detail("BTC", null, null, null))).isEmpty())
                .isTrue();
        assertThat(new TradingBalance(zero, List.of(new TradingBalance.Detail("BTC", zero, zero, null))).isEmpty())
                .isTrue();
        assertThat(new TradingBalance(zero, List.of(new TradingBalance.Detail("BTC", zero, zero, null),
                new TradingBalance.Detail("ETH", new BigDecimal("0.1"), zero, null))).isEmpty()).isFalse();

        TradingBalance read = TradingBalance.fromJson(JSON.readTree(
                "[{\"totalEq\":\"\",\"details\":[{\"ccy\":\"USDT\",\"eq\":\"3\",\"availBal\":\"2\",\"eqUsd\":\"\"}]}]"));
        assertThat(read.totalEq()).isEqualByComparingTo("0");
        assertThat(read.details()).containsExactly(new TradingBalance.Detail("USDT", new BigDecimal("3"),
                new BigDecimal("2"), null));
        assertThat(read.isEmpty()).isFalse();
    }

    @Test
    void anAccountIsASubAccountWhenItsUidDiffersFromTheMainOne() throws Exception {
        AccountConfig main = AccountConfig.fromJson(JSON.readTree(
                "{\"uid\":\"1\",\"mainUid\":\"1\",\"perm\":\"read_only\",\"acctLv\":\"2\",\"ip\":\"\"}"));
        assertThat(main.subAccount()).isFalse();
        assertThat(main.acctLvName()).isEqualTo("Futures mode");
        assertThat(main.ips()).isEmpty();
        AccountConfig noMain = AccountConfig.fromJson(JSON.readTree("{\"uid\":\"1\",\"perm\":\"\"}"));
        assertThat(noMain.subAccount()).isFalse();
        assertThat(noMain.acctLv()).isZero();
        assertThat(noMain.permissions()).isEqualTo(Permissions.NONE);
        assertThatThrownBy(() -> AccountConfig.fromJson(JSON.readTree("{\"uid\":\"1\"}")))
                .isInstanceOf(OkxException.class);
        assertThatThrownBy(() -> AccountConfig.fromJson(JSON.readTree("{\"perm\":\"trade\"}")))
                .isInstanceOf(OkxException.class);
    }

    @Test
    void accountLevelsRegionsAndEnvironmentsNameThemselves() {
        assertThat(AccountLevel.nameOf(1)).isEqualTo("Spot mode");
        assertThat(AccountLevel.nameOf(4)).isEqualTo("Portfolio margin mode");
        assertThat(AccountLevel.nameOf(7)).isEqualTo("Account level 7");
        assertThat(AccountLevel.PORTFOLIO_MARGIN.level()).isEqualTo(4);
        assertThat(AccountLevel.SPOT.displayName()).isEqualTo("Spot mode");
        assertThat(Region.EEA.displayName()).isEqualTo("EEA");
        assertThat(Region.EEA.website()).isEqualTo("my.okx.com");
        assertThat(Region.US.apiManagementUrl()).isEqualTo("https://app.okx.com/account/my-api");
        assertThat(Environment.DEMO.displayName()).isEqualTo("Demo");
        assertThat(Environment.LIVE.flag()).isEqualTo("0");
        assertThat(Environment.DEMO.flag()).isEqualTo("1");
        OkxEndpoint endpoint = OkxEndpoint.of(Region.EEA, Environment.DEMO);
        assertThat(endpoint.baseUrl()).hasToString("https://eea.okx.com");
        assertThat(endpoint.environment()).isEqualTo(Environment.DEMO);
    }

    @Test
    void okxsOwnTextIsKeptOnlyWhenItSaysSomething() {
        assertThat(new OkxException(OkxException.Kind.REJECTED, "m", "50113", "Invalid Sign", 401, null).okxMessage())
                .contains("Invalid Sign");
        assertThat(new OkxException(OkxException.Kind.REJECTED, "m", "50113", "  ", 401, null).okxMessage()).isEmpty();
        assertThat(new OkxException(OkxException.Kind.REJECTED, "m", "50113", null, 401, null).okxMessage()).isEmpty();
    }

    @Test
    void baseUrlsAreEqualByTheirNormalisedAddress() {
        OkxBaseUrl a = OkxBaseUrl.parse("https://WWW.okx.com/");
        OkxBaseUrl b = OkxBaseUrl.parse(" https://www.okx.com ");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("https://www.okx.com");
        assertThat(a).isNotEqualTo(OkxBaseUrl.parse("https://eea.okx.com")).isNotEqualTo("https://www.okx.com");
        assertThat(a.hashCode()).isNotEqualTo(OkxBaseUrl.parse("https://eea.okx.com").hashCode());
        assertThat(a.isOkx()).isTrue();
        assertThat(a.isLoopback()).isFalse();
        assertThat(OkxBaseUrl.parse("http://127.0.0.1:8080").isLoopback()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1, true", "127.255.255.255, true", "127.0.0.256, false", "127.0.0.0256, false",
        "127.0.0, false", "127.0.0.1.1, false", "128.0.0.1, false", "127.a.0.1, false", "localhost, true",
        "::1, true", "[::1], true", "localhost.okx.com, false"})
    void loopbackIsRecognisedByNameOnly(String host, boolean loopback) {
        assertThat(OkxBaseUrl.isLoopback(host)).isEqualTo(loopback);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null | The base URL is empty.",
        "'   ' | The base URL is empty.",
        "https:opaque | has no host name.",
        "http://www.okx.com | only talks to OKX over HTTPS",
        "https://www.okx.com:8443 | remove \":8443\"",
        "https://okx.com.evil.example | is neither.",
        "https://www.okx.com/api | without a user name, path, query or fragment.",
        "ftp://www.okx.com | is not an https:// address.",
    })
    void refusedAddressesSayWhy(String text, String why) {
        assertThatThrownBy(() -> OkxBaseUrl.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }

    @Test
    void theStandardPortAndLoopbackPortsAreAccepted() {
        assertThat(OkxBaseUrl.parse("https://www.okx.com:443")).hasToString("https://www.okx.com");
        assertThat(OkxBaseUrl.parse("http://localhost:9000")).hasToString("http://localhost:9000");
    }
}
