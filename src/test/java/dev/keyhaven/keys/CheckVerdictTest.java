package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What one check says, as every face draws it: the key's status, or the check's own verdict for a one-off elsewhere. */
class CheckVerdictTest {

    private static final Instant EARLIER = Instant.parse("2026-03-19T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final Permissions READ_TRADE = new Permissions(true, true, false);
    private static final Permissions WITHDRAW = new Permissions(true, true, true);
    private static final String OWN = "https://www.okx.com";
    private static final String ELSEWHERE = "http://127.0.0.1:9";

    private static final KeyRecord KEY = new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
            null, "", EARLIER.minusSeconds(86_400), EARLIER.minusSeconds(86_400), 0, Set.of(), null, null);

    private static CheckResult answered(String baseUrl, Instant at, Permissions permissions, Problem... problems) {
        boolean ok = Arrays.stream(problems).noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, Environment.LIVE, baseUrl, 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "Grid bot"), permissions,
                List.of("1.2.3.4"), new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(problems), at);
    }

    private static CheckResult unreachable(String baseUrl, Instant at) {
        return new CheckResult(false, Environment.LIVE, baseUrl, null, null, null, null, List.of(), null,
                List.of(new Problem(ProblemId.NETWORK, Severity.ERROR, null, "No connection.", "Try again.")), at);
    }

    private static Problem withdraw() {
        return new Problem(ProblemId.WITHDRAW_ENABLED, Severity.ERROR, null, "Can withdraw.", "Untick Withdraw.");
    }

    private static KeyStatus status(CheckResult... newestFirst) {
        List<HistoryEntry> history = new ArrayList<>();
        for (CheckResult check : newestFirst) {
            history.add(KeyService.historyEntry(check));
        }
        return KeyStatus.of(KEY, history);
    }

    @Test
    void aCheckAtTheKeysOwnAddressSpeaksThroughTheKeysStatus() {
        CheckResult offline = unreachable(OWN, NOW);
        KeyStatus status = status(offline, answered(OWN, EARLIER, WITHDRAW, withdraw()));

        CheckVerdict verdict = CheckVerdict.of(KEY, offline, status);

        assertThat(verdict.elsewhere()).isFalse();
        assertThat(verdict.verdict()).as("withdraw seen before").isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(verdict.weighsEarlierChecks()).isTrue();
        assertThat(verdict.sentence(ZoneOffset.UTC)).isEqualTo(status.sentence(ZoneOffset.UTC)).isNotEmpty();
    }

    @Test
    @Tag("mutation-redundant")
    void aCheckThatSaysAllItselfDoesNotWeighEarlierOnes() {
        CheckResult good = answered(OWN, NOW, READ_TRADE);

        CheckVerdict verdict = CheckVerdict.of(KEY, good, status(good));

        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(verdict.weighsEarlierChecks()).isFalse();
    }

    @Test
    void aOneOffCheckElsewhereSpeaksForItself() {
        CheckResult good = answered(OWN, EARLIER, READ_TRADE);
        CheckResult oneOff = unreachable(ELSEWHERE, NOW);

        CheckVerdict verdict = CheckVerdict.of(KEY, oneOff, status(good));

        assertThat(verdict.elsewhere()).isTrue();
        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(verdict.weighsEarlierChecks()).isFalse();
    }

    @Test
    void withdrawKnownOfTheKeyComesFirstEvenForACheckElsewhere() {
        CheckResult sawWithdraw = answered(OWN, EARLIER, WITHDRAW, withdraw());
        CheckResult oneOff = answered(ELSEWHERE, NOW, READ_TRADE);

        CheckVerdict verdict = CheckVerdict.of(KEY, oneOff, status(sawWithdraw));

        assertThat(verdict.elsewhere()).isTrue();
        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(verdict.weighsEarlierChecks()).isTrue();
    }

}
