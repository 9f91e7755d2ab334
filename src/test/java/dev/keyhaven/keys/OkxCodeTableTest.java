package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.Kind;
import dev.keyhaven.okx.OkxRefusals;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole table of OKX codes, each played by the loopback stand-in and read back through a full check. */
class OkxCodeTableTest {

    /** Every code okx-api.md and the brief name; the table may hold more, never fewer. */
    private static final Set<String> REQUIRED = Set.of("50001", "50004", "50011", "50013", "50026", "50030", "50035",
            "50051", "50052", "50059", "50060", "51155", "51734", "50100", "50101", "50102", "50103", "50104", "50105",
            "50106", "50107", "50110", "50111", "50112", "50113", "50114", "50115", "50116", "50118", "50119", "50120",
            "50121", "50122");

    /** The ids each code must land on: a mutant that moves a code to another problem fails here. */
    private static final Map<String, ProblemId> EXPECTED = expected();

    static Stream<String> everyCode() {
        return OkxCodeTable.codes().stream();
    }

    @Test
    void theTableHoldsEveryCodeACheckCanMeet() {
        assertThat(OkxCodeTable.codes()).containsAll(REQUIRED);
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(OkxCodeTable.codes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCode")
    @Tag("mutation-redundant")
    void eachCodeThroughTheStandInYieldsItsOwnProblem(String code) {
        CheckResult result;
        try (FakeOkxServer okx = FakeOkxServer.start();
             OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(2))
                     .rateLimitWaits(Duration.ofMillis(1)).build();
             KeyChecker checker = new KeyChecker(client, Clock.systemUTC())) {
            FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
            OkxRefusals.refuseSignedReads(okx, code);
            try (Credentials credentials = key.credentials()) {
                result = checker.check(new CheckTarget(key.label(), Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                        okx.baseUrl(), credentials, null));
            }
        }

        assertThat(result.ok()).isFalse();
        assertThat(result.account()).isNull();
        assertThat(result.problems()).as("one problem, not one per request").singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(EXPECTED.get(code));
            assertThat(problem.okxCode()).isEqualTo(code);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).contains("code " + code).matches("[A-Z].*[.]");
            assertThat(problem.fix()).matches("[A-Z].*[.]");
            if (!code.equals("50111")) {
                assertThat(problem.message() + problem.fix()).doesNotContain("does not recognise");
            }
        });
    }

    @Test
    @Tag("mutation-redundant")
    void everyCodeHasItsOwnMessage() {
        Map<String, String> messages = new HashMap<>();
        for (String code : OkxCodeTable.codes()) {
            Problem problem = ProblemCatalog.fromFailure(refusal(code), ProblemContext.builder().build());
            String earlier = messages.put(problem.message(), code);
            assertThat(earlier).as(code + " reads like " + earlier).isNull();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void okxsGeneralSystemCodesAreOkxsTroubleNotTheKeys() {
        for (String code : List.of("50001", "50004", "50005", "50013", "50026")) {
            Problem problem = ProblemCatalog.fromFailure(refusal(code), ProblemContext.builder().build());
            assertThat(problem.id()).as(code).isEqualTo(ProblemId.EXCHANGE_UNAVAILABLE);
            assertThat(problem.message()).as(code).contains("OKX's trouble, not your key's");
        }
    }

    @Test
    void anUnknownCodeIsNeutralAndQuotesOkx() {
        Problem problem = ProblemCatalog.fromFailure(new OkxException(Kind.REJECTED, "refused", "50999",
                "Something new", 200, null), ProblemContext.builder().build());
        assertThat(problem.id()).isEqualTo(ProblemId.OKX_REFUSED);
        assertThat(problem.message()).isEqualTo("OKX refused the check (OKX code 50999): \"Something new\".");
        assertThat(problem.fix()).contains("does not guess");
    }

    @Test
    void theCodeDecidesNeverOkxsText() {
        Problem problem = ProblemCatalog.fromFailure(new OkxException(Kind.REJECTED, "refused", "50112",
                "Invalid OK-ACCESS-KEY", 401, null), ProblemContext.builder().build());
        assertThat(problem.id()).isEqualTo(ProblemId.KEYHAVEN_BUG);
    }

    private static OkxException refusal(String code) {
        return new OkxException(Kind.REJECTED, "refused", code, "text", 200, null);
    }

    private static Map<String, ProblemId> expected() {
        Map<String, ProblemId> ids = new HashMap<>();
        for (String code : List.of("50001", "50004", "50005", "50013", "50026")) {
            ids.put(code, ProblemId.EXCHANGE_UNAVAILABLE);
        }
        for (String code : List.of("50007", "50009", "50012")) {
            ids.put(code, ProblemId.ACCOUNT_BLOCKED);
        }
        for (String code : List.of("50051", "50052", "50059", "50060", "51155", "51734")) {
            ids.put(code, ProblemId.REGION_RESTRICTED);
        }
        for (String code : List.of("50106", "50107", "50112", "50115", "50122")) {
            ids.put(code, ProblemId.KEYHAVEN_BUG);
        }
        ids.put("50011", ProblemId.RATE_LIMITED);
        ids.put("50030", ProblemId.API_NOT_PERMITTED);
        ids.put("50035", ProblemId.NO_IP_BINDING);
        ids.put("50100", ProblemId.KEY_FROZEN);
        ids.put("50101", ProblemId.WRONG_ENVIRONMENT);
        ids.put("50102", ProblemId.CLOCK_SKEW);
        ids.put("50103", ProblemId.CREDENTIAL_EMPTY);
        ids.put("50104", ProblemId.CREDENTIAL_EMPTY);
        ids.put("50105", ProblemId.AUTH_WRONG_PASSPHRASE);
        ids.put("50110", ProblemId.IP_NOT_ALLOWED);
        ids.put("50111", ProblemId.AUTH_INVALID_KEY);
        ids.put("50113", ProblemId.AUTH_BAD_SIGNATURE);
        ids.put("50114", ProblemId.AUTH_REFUSED);
        ids.put("50116", ProblemId.KEY_TYPE_UNSUPPORTED);
        ids.put("50118", ProblemId.KEY_TYPE_UNSUPPORTED);
        ids.put("50119", ProblemId.KEY_NOT_FOUND);
        ids.put("50120", ProblemId.PERMISSION_MISSING);
        ids.put("50121", ProblemId.NETWORK_NOT_SERVED);
        return Map.copyOf(ids);
    }
}
