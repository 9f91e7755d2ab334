package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.HistoryEntry.Kind;
import dev.keyhaven.vault.HistoryEntry.Outcome;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 14-day rule's reading of history, the withdraw knowledge, the input lint and unsendable values. */
class KeyRulesGuardTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Permissions TRADE = new Permissions(true, true, false);
    private static final Permissions WITHDRAW = new Permissions(true, false, true);

    private static KeyRecord key(Purpose purpose) {
        return new KeyRecord(1, "bot", purpose, Environment.LIVE, Region.GLOBAL, null, "", CREATED, CREATED, 0,
                Set.of(), null, null);
    }

    private static HistoryEntry check(Instant at, Outcome outcome, boolean signedUse, Permissions permissions) {
        return new HistoryEntry(at, Kind.CHECK, outcome, "", signedUse, permissions, List.of(), null, List.of(), null);
    }

    private static DeletionRule ruleAt(Instant now) {
        return new DeletionRule(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aFailedCheckIsNotOkxsLastAnswerForTheFourteenDayRule() {
        // OKX said Trade (the key was made read-only here, then ticked Trade on OKX); a later check failed.
        Instant answered = CREATED.plus(Duration.ofDays(1));
        Instant failed = CREATED.plus(Duration.ofDays(2));
        List<HistoryEntry> history = List.of(check(answered, Outcome.OK, true, TRADE),
                check(failed, Outcome.FAILED, false, null));

        DeletionCountdown countdown = ruleAt(CREATED.plus(Duration.ofDays(3)))
                .countdown(key(Purpose.READ_ONLY), history).orElseThrow();

        assertThat(countdown.assumed()).isFalse();
        assertThat(countdown.deletesAt()).isEqualTo(answered.plus(DeletionRule.UNUSED_LIMIT));
    }

    @Test
    @Tag("mutation-redundant")
    void onlyASignedUseRestartsTheFourteenDays() {
        Instant used = CREATED.plus(Duration.ofDays(1));
        Instant handedOut = CREATED.plus(Duration.ofDays(5));
        Instant failed = CREATED.plus(Duration.ofDays(6));
        List<HistoryEntry> history = List.of(check(used, Outcome.OK, true, TRADE),
                new HistoryEntry(handedOut, Kind.HANDOUT, Outcome.INFO, "", false, null, List.of(), null, List.of(), null),
                check(failed, Outcome.FAILED, false, null));

        DeletionCountdown countdown = ruleAt(CREATED.plus(Duration.ofDays(7)))
                .countdown(key(Purpose.TRADING), history).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(used.plus(DeletionRule.UNUSED_LIMIT));
        assertThat(countdown.daysLeft()).isEqualTo(8);
    }

    @Test
    @Tag("mutation-redundant")
    void aSignedUseFromBeforeTheKeyWasSavedDoesNotMoveTheStartBack() {
        List<HistoryEntry> history = List.of(check(CREATED.minus(Duration.ofDays(3)), Outcome.OK, true, TRADE));

        DeletionCountdown countdown = ruleAt(CREATED.plus(Duration.ofDays(1)))
                .countdown(key(Purpose.TRADING), history).orElseThrow();

        assertThat(countdown.deletesAt()).isEqualTo(CREATED.plus(DeletionRule.UNUSED_LIMIT));
    }

    @Test
    void aFailedCheckNeitherClearsNorHidesAnEarlierWithdraw() {
        Instant sawWithdraw = CREATED.plus(Duration.ofDays(1));
        Instant failed = CREATED.plus(Duration.ofDays(2));
        KnownPermissions known = KnownPermissions.of(List.of(check(sawWithdraw, Outcome.WARNING, true, WITHDRAW),
                check(failed, Outcome.FAILED, false, null)));

        assertThat(known.unknown()).isFalse();
        assertThat(known.withdrawEnabled()).isTrue();
        assertThat(known.fromEarlierCheck()).isTrue();
        assertThat(known.newestCheckFailed()).isTrue();
        assertThat(known.knownAt()).contains(sawWithdraw);
        assertThat(known.newestCheck().map(HistoryEntry::at)).contains(failed);
    }

    @Test
    void aPassedCheckIsNotAFailedOneAndKnowsThePermissions() {
        KnownPermissions known = KnownPermissions.of(List.of(check(CREATED, Outcome.OK, true, TRADE)));
        assertThat(known.newestCheckFailed()).isFalse();
        assertThat(known.unknown()).isFalse();
        assertThat(known.withdrawEnabled()).isFalse();
        assertThat(known.fromEarlierCheck()).isFalse();

        KnownPermissions never = KnownPermissions.of(List.of());
        assertThat(never.neverChecked()).isTrue();
        assertThat(never.unknown()).isTrue();
        assertThat(never.newestCheckFailed()).isFalse();
        assertThat(never.withdrawEnabled()).isFalse();

        KnownPermissions onlyFailures = KnownPermissions.of(List.of(check(CREATED, Outcome.FAILED, false, null)));
        assertThat(onlyFailures.unknown()).isTrue();
        assertThat(onlyFailures.neverChecked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f, true",
        "1A2B3C4D-1A2B-1A2B-1A2B-1A2B3C4D5E6F, true",
        "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6, false",
        "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f0, false",
        "1a2b3c4d11a2b-1a2b-1a2b-1a2b3c4d5e6f, false",
        "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6g, false",
        "1a2b3c4d-1a2b-1a2b-1a2b-1a2b-c4d5e6f, false",
        "g1a2b3c4-1a2b-1a2b-1a2b-1a2b3c4d5e6f, false",
    })
    void anApiKeyLooksLikeAUuid(String value, boolean looksRight) {
        assertThat(InputLint.looksLikeApiKey(Secret.ofString(value))).isEqualTo(looksRight);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abcdef, false", "abcde, true", "abcdefghijabcdefghijabcdefghijab, false",
        "abcdefghijabcdefghijabcdefghijabc, true"})
    void aPassphraseOutsideSixToThirtyTwoHasAnOddShape(String passphrase, boolean odd) {
        List<Problem> problems = InputLint.lint(Secret.ofString("1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f"),
                Secret.ofString("0123456789ABCDEF0123456789ABCDEF"), Secret.ofString(passphrase));
        assertThat(problems).extracting(Problem::id).containsExactlyElementsOf(
                odd ? List.of(ProblemId.INPUT_SHAPE) : List.of());
    }

    @Test
    void valuesThatCannotBeSentAreBlamedOnTheirOwnField() {
        try (FakeOkxServer okx = FakeOkxServer.start();
                OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(5)).build();
                KeyChecker checker = new KeyChecker(client)) {
            FakeKey key = okx.add(FakeKey.builder());
            assertThat(check(checker, okx, key.apiKey() + "\u00e9", key.secretKey(), key.passphrase()))
                    .anySatisfy(problem -> {
                        assertThat(problem.id()).isEqualTo(ProblemId.AUTH_INVALID_KEY);
                        assertThat(problem.message()).contains("cannot be sent");
                    });
            assertThat(check(checker, okx, key.apiKey(), key.secretKey(), key.passphrase() + "\u00e9"))
                    .extracting(Problem::id).contains(ProblemId.AUTH_WRONG_PASSPHRASE)
                    .doesNotContain(ProblemId.AUTH_INVALID_KEY);
            assertThat(check(checker, okx, key.apiKey(), "", key.passphrase()))
                    .extracting(Problem::id).contains(ProblemId.AUTH_BAD_SIGNATURE)
                    .doesNotContain(ProblemId.AUTH_INVALID_KEY);
        }
    }

    private static List<Problem> check(KeyChecker checker, FakeOkxServer okx, String apiKey, String secretKey,
            String passphrase) {
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey), Secret.ofString(secretKey),
                Secret.ofString(passphrase))) {
            return checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    okx.baseUrl(), credentials, null)).problems();
        }
    }
}
