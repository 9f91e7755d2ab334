package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemCatalogTest {

    @ParameterizedTest
    @EnumSource(ProblemId.class)
    void everyProblemHasAMessageAndAFixAsSentencesEvenWithoutContext(ProblemId id) {
        Problem problem = ProblemCatalog.problem(id, ProblemContext.builder().build());
        assertThat(problem.id()).isEqualTo(id);
        assertThat(problem.message()).matches("[A-Z].*[.]").doesNotContain("null");
        assertThat(problem.fix()).matches("[A-Z].*[.]").doesNotContain("null");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "50105, AUTH_WRONG_PASSPHRASE", "50111, AUTH_INVALID_KEY", "50103, CREDENTIAL_EMPTY", "50114, AUTH_REFUSED",
        "50113, AUTH_BAD_SIGNATURE", "50119, KEY_NOT_FOUND", "50101, WRONG_ENVIRONMENT", "50110, IP_NOT_ALLOWED",
        "50121, NETWORK_NOT_SERVED", "50102, CLOCK_SKEW", "50100, KEY_FROZEN", "50120, PERMISSION_MISSING",
        "50051, REGION_RESTRICTED", "50052, REGION_RESTRICTED", "50059, REGION_RESTRICTED", "50060, REGION_RESTRICTED",
        "51155, REGION_RESTRICTED", "51734, REGION_RESTRICTED", "50035, NO_IP_BINDING", "59999, OKX_REFUSED",
        "50112, KEYHAVEN_BUG", "50115, KEYHAVEN_BUG", "50116, KEY_TYPE_UNSUPPORTED", "50118, KEY_TYPE_UNSUPPORTED",
        "50122, KEYHAVEN_BUG", "50030, API_NOT_PERMITTED", "50004, EXCHANGE_UNAVAILABLE", "50007, ACCOUNT_BLOCKED",
    })
    void okxCodesMapToTheirProblems(String code, ProblemId expected) {
        OkxException refusal = new OkxException(Kind.REJECTED, "refused", code, "text", 401, null);
        Problem problem = ProblemCatalog.fromFailure(refusal, ProblemContext.builder().build());
        assertThat(problem.id()).isEqualTo(expected);
        assertThat(problem.okxCode()).isEqualTo(code);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"RATE_LIMITED, RATE_LIMITED", "UNAVAILABLE, EXCHANGE_UNAVAILABLE", "MISSING_DATA, EXCHANGE_UNAVAILABLE",
        "NOT_JSON, NETWORK", "TIMEOUT, NETWORK", "UNREACHABLE, NETWORK", "REJECTED, OKX_REFUSED"})
    void failuresWithoutACodeMapByKind(Kind kind, ProblemId expected) {
        OkxException failure = new OkxException(kind, "failed", null, null, 0, null);
        assertThat(ProblemCatalog.idFor(failure)).isEqualTo(expected);
    }

    @Test
    void theIpSeenIsTakenFromOkxsText() {
        ProblemContext context = ProblemContext.builder()
                .failure(new OkxException(Kind.REJECTED, "refused", "50110",
                        "Your IP 198.51.100.23 is not included in your API key's IP whitelist.", 401, null))
                .build();
        Problem problem = ProblemCatalog.problem(ProblemId.IP_NOT_ALLOWED, context);
        assertThat(problem.message()).contains("198.51.100.23");
        assertThat(OkxCodeTable.ipSeen("Your IP 2001:db8::7 is not allowed")).isEqualTo("2001:db8::7");
        assertThat(OkxCodeTable.ipSeen("Invalid Sign")).isNull();
    }

    @Test
    void keyNotFoundNamesTheSitesNotTried() {
        Problem problem = ProblemCatalog.problem(ProblemId.KEY_NOT_FOUND,
                ProblemContext.builder().region(Region.US).build());
        assertThat(problem.message()).contains("app.okx.com");
        assertThat(problem.fix()).contains("okx.com (Global)").contains("my.okx.com (EEA)").doesNotContain("app.okx.com")
                .contains("tr.okx.com (OKX TR)");
    }

    @Test
    void theIdleDeletionDateIsFourteenDaysAfterTheLastSignedUse() {
        Problem problem = ProblemCatalog.problem(ProblemId.NO_IP_BINDING, ProblemContext.builder()
                .environment(Environment.LIVE)
                .permissions(new Permissions(true, true, false))
                .lastSignedUse(Instant.parse("2026-12-25T23:30:00Z"))
                .build());
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.message()).contains("8 January 2027");
    }

    @Test
    void unknownCodesQuoteOkxButNeverAnythingShapedLikeAKey() {
        String leaky = "Key 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f with secret 22582BD0CFF14C41EDBF1AB98506286D refused";
        Problem problem = ProblemCatalog.fromFailure(new OkxException(Kind.REJECTED, "refused", "59999", leaky, 200, null),
                ProblemContext.builder().build());
        assertThat(problem.message()).contains("59999").contains("refused")
                .doesNotContain("1a2b3c4d-1a2b").doesNotContain("22582BD0CFF14C41EDBF1AB98506286D");
    }

    @Test
    void theClockSkewSaysWhichWayAndHowFar() {
        assertThat(skew(-7_400L).message()).contains("7 seconds behind");
        assertThat(skew(-7_400L).severity()).isEqualTo(Severity.WARNING);
        assertThat(skew(31_000L).message()).contains("31 seconds ahead");
        assertThat(skew(31_000L).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void permissionProblemsFollowThePurposeAndWithdrawAlwaysCounts() {
        assertThat(PermissionProblems.of(dev.keyhaven.vault.Purpose.TRADING, new Permissions(true, true, true)))
                .containsExactly(ProblemId.WITHDRAW_ENABLED);
        assertThat(PermissionProblems.of(dev.keyhaven.vault.Purpose.READ_ONLY, new Permissions(true, false, false)))
                .isEmpty();
        assertThat(PermissionProblems.of(dev.keyhaven.vault.Purpose.TRADING, new Permissions(true, false, false)))
                .isEqualTo(List.of(ProblemId.PERMISSION_MISSING));
    }

    private static Problem skew(long skewMs) {
        return ProblemCatalog.problem(ProblemId.CLOCK_SKEW, ProblemContext.builder().clockSkewMs(skewMs).build());
    }

    /**
     * A fix that names a place in the app is said once, and drawn from where the trader is: the command line says
     * where in the app, the key's own page says where on that page. Both wordings of a real fix, pinned.
     */
    @Test
    void theKeysAddressIsNamedAsSeenFromTheCommandLineAndFromTheKeysPage() {
        OkxException refused = new OkxException(Kind.UNREACHABLE, "refused", null, null, 0, null);
        Problem local = ProblemCatalog.fromFailure(refused, ProblemContext.builder().baseUrl("http://127.0.0.1:9")
                .build());

        assertThat(local.fix()).endsWith("remove the key's custom address to use OKX itself (in the app: the key's"
                + " page, Advanced).");
        assertThat(local.fixOnTheKeysPage()).isEqualTo("Start the program that answers at http://127.0.0.1:9 (a"
                + " proxy or test tool), or remove the key's custom address to use OKX itself (Advanced, on the"
                + " Credentials tab).");
    }

    @Test
    void nothingListeningOnThisComputerIsNoInternetTrouble() {
        OkxException refused = new OkxException(Kind.UNREACHABLE, "refused", null, null, 0, null);
        OkxException slow = new OkxException(Kind.TIMEOUT, "slow", null, null, 0, null);

        Problem local = ProblemCatalog.fromFailure(refused, ProblemContext.builder().baseUrl("http://127.0.0.1:9")
                .build());
        Problem localSlow = ProblemCatalog.fromFailure(slow, ProblemContext.builder().baseUrl("http://localhost:9")
                .build());
        Problem okx = ProblemCatalog.fromFailure(refused, ProblemContext.builder().baseUrl("https://www.okx.com")
                .build());

        assertThat(local.message()).isEqualTo("Nothing answers at the address http://127.0.0.1:9 (a local address,"
                + " not OKX): Keyhaven could not connect to it, so OKX was not asked.");
        assertThat(local.fix()).isEqualTo("Start the program that answers at http://127.0.0.1:9 (a proxy or test"
                + " tool), or remove the key's custom address to use OKX itself (in the app: the key's page, Advanced).");
        assertThat(localSlow.message()).isEqualTo("The program at the address http://localhost:9 (a local address,"
                + " not OKX) did not answer in time.");
        assertThat(localSlow.fix()).as("it answered, too slowly: nothing is to be started")
                .startsWith("Check again in a minute. If it keeps happening, the program at http://localhost:9")
                .contains("may be overloaded or stuck").doesNotContain("Start the program");
        Problem okxSlow = ProblemCatalog.fromFailure(slow, ProblemContext.builder().baseUrl("https://www.okx.com")
                .build());
        assertThat(okxSlow.message()).isEqualTo("OKX did not answer in time.");
        assertThat(okxSlow.fix()).contains("OKX may be overloaded or your connection slow")
                .doesNotContain("Check your internet connection");
        assertThat(CheckOutcome.whatHappened(failedWith("http://localhost:9", localSlow)))
                .as("the status line gives the body's one reason").isEqualTo("the address http://localhost:9"
                        + " (a local address, not OKX) did not answer in time");
        assertThat(CheckOutcome.whatHappened(failedWith("https://www.okx.com", okxSlow)))
                .isEqualTo("OKX did not answer in time");
        assertThat(CheckOutcome.whatHappened(failedWith("http://127.0.0.1:9", local)))
                .isEqualTo("could not reach the address http://127.0.0.1:9 (a local address, not OKX)");
        assertThat(ProblemCatalog.fromFailure(refused, ProblemContext.builder().baseUrl("http://127.0.0.1:9")
                .oneOffAddress(true).build()).fix()).as("a one-off address is not the key's, and no flag is named")
                .isEqualTo("Start the program that answers at http://127.0.0.1:9 (a proxy or test tool), or check"
                        + " without the one-off address to ask the key's own.");
        assertThat(okx.message()).isEqualTo("Keyhaven could not connect to https://www.okx.com.");
        assertThat(okx.fix()).contains("internet connection");
    }

    private static CheckResult failedWith(String baseUrl, Problem problem) {
        return new CheckResult(false, dev.keyhaven.okx.Environment.LIVE, baseUrl, null, null, null, null, null, null,
                java.util.List.of(problem), java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }
}
