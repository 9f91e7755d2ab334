package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.okx.Permissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How a failed request and what OKX reported become problems: the codes decide, and the edges hold. */
class ProblemMappingGuardTest {

    private static Problem rejected(String code, String okxText, int status) {
        return ProblemCatalog.fromFailure(new OkxException(Kind.REJECTED, "refused", code, okxText, status, null),
                ProblemContext.builder().environment(Environment.LIVE).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "50103, CREDENTIAL_EMPTY, The API key stored for this key is empty",
        "50104, CREDENTIAL_EMPTY, The passphrase stored for this key is empty",
        "50106, KEYHAVEN_BUG, The request reached OKX without its signature",
        "50107, KEYHAVEN_BUG, The request reached OKX without its time stamp"})
    void anEmptyOrMissingHeaderIsNamedForWhatItIsNotAnExchangeOutage(String code, ProblemId id, String words) {
        Problem problem = rejected(code, "Request header OK-ACCESS is required", 401);
        assertThat(problem.id()).isEqualTo(id);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.okxCode()).isEqualTo(code);
        assertThat(problem.message()).startsWith(words).contains("(code " + code + ")");
    }

    @Test
    void anUnknownCodeIsOkxsRefusalInItsOwnWordsNeverAGuessAboutTheKey() {
        Problem unknownAuth = rejected("50199", "Something about the key", 401);
        assertThat(unknownAuth.id()).isEqualTo(ProblemId.OKX_REFUSED);
        assertThat(unknownAuth.severity()).isEqualTo(Severity.ERROR);
        assertThat(unknownAuth.message())
                .isEqualTo("OKX refused the check (OKX code 50199): \"Something about the key\".");

        Problem other = rejected("51000", "Parameter instId error", 200);
        assertThat(other.id()).isEqualTo(ProblemId.OKX_REFUSED);
        assertThat(other.message()).isEqualTo("OKX refused the check (OKX code 51000): \"Parameter instId error\".");

        // The code decides, not the kind of failure: an unknown code that came with an outage is still OKX's refusal.
        Problem unknownOutage = ProblemCatalog.fromFailure(new OkxException(Kind.UNAVAILABLE, "busy", "59999", null, 503,
                null), ProblemContext.builder().environment(Environment.LIVE).build());
        assertThat(unknownOutage.id()).isEqualTo(ProblemId.OKX_REFUSED);
    }

    @Test
    void okxsTextIsQuotedShortenedAndNeverRepeatsAKey() {
        String apiKey = "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f";
        assertThat(rejected("51000", "Key " + apiKey + " refused", 200).message())
                .doesNotContain(apiKey).contains("\"Key … refused\"");
        String exactly120 = "abc ".repeat(30).strip() + "x";
        assertThat(exactly120).hasSize(120);
        assertThat(rejected("51000", exactly120, 200).message()).contains("\"" + exactly120 + "\"");
        String longText = "word ".repeat(40);
        assertThat(rejected("51000", longText, 200).message())
                .contains("\"" + longText.strip().substring(0, 119) + "…\"");
        assertThat(rejected("51000", "   ", 200).message()).isEqualTo("OKX refused the check (OKX code 51000).");
        assertThat(rejected("51000", null, 200).message()).isEqualTo("OKX refused the check (OKX code 51000).");
    }

    @Test
    void outagesAndMissingDataSayWhichItWas() {
        ProblemContext live = ProblemContext.builder().environment(Environment.LIVE).build();
        Problem missing = ProblemCatalog.fromFailure(
                new OkxException(Kind.MISSING_DATA, "no data", null, null, 200, null), live);
        assertThat(missing.id()).isEqualTo(ProblemId.EXCHANGE_UNAVAILABLE);
        assertThat(missing.message()).contains("without the account data");

        Problem busy = ProblemCatalog.fromFailure(new OkxException(Kind.UNAVAILABLE, "busy", null, null, 503, null), live);
        assertThat(busy.message()).isEqualTo("OKX is busy or not working normally right now (HTTP 503).");
        Problem busyCode = ProblemCatalog.fromFailure(
                new OkxException(Kind.UNAVAILABLE, "busy", "50001", null, 200, null), live);
        assertThat(busyCode.id()).isEqualTo(ProblemId.EXCHANGE_UNAVAILABLE);
        assertThat(busyCode.message()).isEqualTo("OKX says its service is temporarily unavailable (code 50001), for "
                + "example during an upgrade. That is OKX's trouble, not your key's.");
        // An outage with a code the table has no words for names the code rather than the HTTP status.
        Problem unworded = ProblemCatalog.problem(ProblemId.EXCHANGE_UNAVAILABLE, ProblemContext.builder()
                .failure(new OkxException(Kind.UNAVAILABLE, "busy", "59999", null, 503, null)).build());
        assertThat(unworded.message()).isEqualTo("OKX is busy or not working normally right now (OKX code 59999).");
        Problem noAnswer = ProblemCatalog.fromFailure(new OkxException(Kind.UNAVAILABLE, "busy", null, null, 0, null), live);
        assertThat(noAnswer.message()).isEqualTo("OKX is busy or not working normally right now.");

        Problem limited = ProblemCatalog.fromFailure(
                new OkxException(Kind.RATE_LIMITED, "slow down", null, null, 429, null), live);
        assertThat(limited.id()).isEqualTo(ProblemId.RATE_LIMITED);
    }

    @Test
    void theClockEdgesAreThirtySecondsAndOneSecond() {
        assertThat(skew(30_000).severity()).isEqualTo(Severity.ERROR);
        assertThat(skew(-30_000).severity()).isEqualTo(Severity.ERROR);
        assertThat(skew(29_999).severity()).isEqualTo(Severity.WARNING);
        assertThat(skew(1_000).message()).isEqualTo("This computer's clock is 1 second ahead of OKX's.");
        assertThat(skew(-2_000).message()).isEqualTo("This computer's clock is 2 seconds behind OKX's.");
        assertThat(skew(1_000).okxCode()).isNull();
    }

    private static Problem skew(long ms) {
        return ProblemCatalog.problem(ProblemId.CLOCK_SKEW, ProblemContext.builder().clockSkewMs(ms).build());
    }

    @Test
    void theIpInOkxsTextIsFoundWhetherFourOrSixAndOtherNumbersAreNot() {
        assertThat(OkxCodeTable.ipSeen("Your IP 203.0.113.7 is not included in your API key's IP whitelist."))
                .isEqualTo("203.0.113.7");
        assertThat(OkxCodeTable.ipSeen("Request from 2001:db8::1 refused")).isEqualTo("2001:db8::1");
        assertThat(OkxCodeTable.ipSeen("Request from ab::1 refused")).isEqualTo("ab::1");
        assertThat(OkxCodeTable.ipSeen("Request from a:b refused")).isNull();
        assertThat(OkxCodeTable.ipSeen("at 10:30 the request failed")).isNull();
        assertThat(OkxCodeTable.ipSeen("code 50110")).isNull();
        assertThat(OkxCodeTable.ipSeen(null)).isNull();

        Problem withIp = rejected("50110", "Your IP 203.0.113.7 is not included in your API key's IP whitelist.", 401);
        assertThat(withIp.id()).isEqualTo(ProblemId.IP_NOT_ALLOWED);
        assertThat(withIp.message()).contains("came from 203.0.113.7,");
    }

    @Test
    void aKeyOfTheOtherEnvironmentIsNamedForWhatItIs() {
        OkxException wrong = new OkxException(Kind.REJECTED, "refused", "50101", null, 401, null);
        Problem onDemo = ProblemCatalog.fromFailure(wrong, ProblemContext.builder().environment(Environment.DEMO).build());
        Problem onLive = ProblemCatalog.fromFailure(wrong, ProblemContext.builder().environment(Environment.LIVE).build());
        assertThat(onDemo.id()).isEqualTo(ProblemId.WRONG_ENVIRONMENT);
        assertThat(onDemo.message()).contains("set to demo trading");
        assertThat(onLive.message()).contains("set to live trading");
    }

    @Test
    void aMissingTradePermissionSaysWhatTheKeyCanDo() {
        assertThat(permissionMissing(new Permissions(true, false, false))).contains("(it can only read)");
        assertThat(permissionMissing(new Permissions(true, true, false))).contains("(it can only read and trade)");
        assertThat(permissionMissing(Permissions.NONE)).contains("(it can only do nothing)");
        assertThat(permissionMissing(null)).contains("(it can only do nothing)");
        assertThat(rejected("50120", null, 401).message()).contains("reading the account");
    }

    private static String permissionMissing(Permissions permissions) {
        return ProblemCatalog.problem(ProblemId.PERMISSION_MISSING,
                ProblemContext.builder().permissions(permissions).build()).message();
    }

    @Test
    void anUnboundKeyWarnsOnlyWhenItCanMoveMoneyOnLive() {
        Instant used = Instant.parse("2026-03-01T08:00:00Z");
        assertThat(noIp(new Permissions(true, true, false), Environment.LIVE, used).severity())
                .isEqualTo(Severity.WARNING);
        assertThat(noIp(new Permissions(true, true, false), Environment.LIVE, used).message())
                .contains("this one expires on 15 March 2026.");
        assertThat(noIp(new Permissions(true, false, true), Environment.LIVE, null).message())
                .contains("this one expires 14 days after its last use.");
        assertThat(noIp(new Permissions(true, true, false), Environment.DEMO, used).severity()).isEqualTo(Severity.INFO);
        assertThat(noIp(new Permissions(true, false, false), Environment.LIVE, used).severity()).isEqualTo(Severity.INFO);
        assertThat(noIp(null, Environment.LIVE, used).severity()).isEqualTo(Severity.INFO);
        assertThat(rejected("50035", null, 200).message()).contains("requires this key to be bound");
    }

    private static Problem noIp(Permissions permissions, Environment environment, Instant lastUse) {
        return ProblemCatalog.problem(ProblemId.NO_IP_BINDING, ProblemContext.builder()
                .permissions(permissions).environment(environment).lastSignedUse(lastUse).build());
    }

    @Test
    void paddedValuesAreListedByName() {
        assertThat(whitespace(List.of(CredentialField.PASSPHRASE)))
                .isEqualTo("The stored passphrase starts or ends with a space or a line break.");
        assertThat(whitespace(List.of(CredentialField.API_KEY, CredentialField.PASSPHRASE)))
                .isEqualTo("The stored API key and passphrase start or end with a space or a line break.");
        assertThat(whitespace(List.of(CredentialField.API_KEY, CredentialField.SECRET_KEY, CredentialField.PASSPHRASE)))
                .startsWith("The stored API key, secret key and passphrase start or end");
        assertThat(whitespace(List.of())).startsWith("The stored value starts or ends");
    }

    private static String whitespace(List<CredentialField> fields) {
        return ProblemCatalog.problem(ProblemId.INPUT_WHITESPACE, ProblemContext.builder().fields(fields).build())
                .message();
    }

    @Test
    void oddShapesAreEachNamedAndFundsWithoutCurrenciesAreAssets() {
        String shapes = ProblemCatalog.problem(ProblemId.INPUT_SHAPE, ProblemContext.builder()
                .fields(List.of(CredentialField.API_KEY, CredentialField.PASSPHRASE)).build()).message();
        assertThat(shapes).contains("1a2b3c4d5e6f). The passphrase is outside OKX's rules");
        assertThat(ProblemCatalog.problem(ProblemId.INPUT_SHAPE, ProblemContext.builder().build()).message())
                .isEqualTo("A stored value has an unusual shape.");
        assertThat(ProblemCatalog.problem(ProblemId.FUNDS_IN_FUNDING, ProblemContext.builder().build()).message())
                .isEqualTo("The trading account is empty, while the funding account holds assets.");
        assertThat(ProblemCatalog.problem(ProblemId.FUNDS_IN_FUNDING, ProblemContext.builder()
                .fundingCurrencies(List.of("BTC", "USDT")).build()).message()).endsWith("holds BTC, USDT.");
    }

    @Test
    void labelsAreComparedByLettersAndDigitsOnly() {
        assertThat(OkxLabel.sameLabel("Grid-Bot 1", "gridbot1")).isTrue();
        assertThat(OkxLabel.sameLabel(null, "")).isTrue();
        assertThat(OkxLabel.sameLabel("gridbot", null)).isFalse();
        assertThat(OkxLabel.sameLabel("gridbot1", "gridbot2")).isFalse();
    }

    @Test
    void aFailureWithoutAnswerHasNoStatus() {
        ProblemContext context = ProblemContext.builder()
                .failure(new OkxException(Kind.UNREACHABLE, "no route", null, null, 0, null)).build();
        assertThat(context.httpStatus()).isNull();
        ProblemContext answered = ProblemContext.builder()
                .failure(new OkxException(Kind.NOT_JSON, "html", null, null, 403, null)).build();
        assertThat(answered.httpStatus()).isEqualTo(403);
    }
}
