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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lines under a verdict title say when and why, then what it means, never the verdict again (walk 24: "Check
 * failed …" over "Could not check: …" under a "Could not check" title); Check all counts only OKX's answers as
 * answers; a fix shown on the key's own page names the place as seen from there.
 */
class UnderVerdictTest {

    private static final Instant GOOD = Instant.parse("2026-03-19T08:00:00Z");
    private static final Instant OUTAGE = Instant.parse("2026-03-20T10:00:00Z");
    private static final KeyRecord KEY = new KeyRecord(7, "Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
            null, "", GOOD.minusSeconds(86_400), GOOD.minusSeconds(86_400), 0, Set.of(), null, null);

    private static CheckResult works(Instant at) {
        return new CheckResult(true, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "Grid bot"),
                new Permissions(true, true, false), List.of("203.0.113.7"),
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(), at);
    }

    private static CheckResult okxDown(Instant at) {
        Problem down = new Problem(ProblemId.EXCHANGE_UNAVAILABLE, Severity.ERROR, null, "OKX was down.", "Wait.");
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(down), at);
    }

    private static KeyStatus status(CheckResult... checks) {
        List<HistoryEntry> history = java.util.Arrays.stream(checks).map(KeyService::historyEntry).toList();
        return KeyStatus.of(KEY, history);
    }

    @Test
    void underCouldNotCheckTheLinesSayWhenAndWhyThenThatItSaysNothingAgainstTheKey() {
        KeyStatus status = status(works(GOOD), okxDown(OUTAGE));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        String line = UnderVerdict.checkLine(status, ZoneOffset.UTC);
        assertThat(line).startsWith("Tried 20 Mar 2026, 10:00: ").doesNotContain("Could not check")
                .isNotEqualTo(status.checkLine(ZoneOffset.UTC));
        String sentence = UnderVerdict.sentence(status, ZoneOffset.UTC);
        assertThat(sentence).startsWith(Problem.NOTHING_AGAINST_THE_KEY + " ").contains("19 Mar 2026, 08:00")
                .doesNotContain("Could not check");
    }

    @Test
    void aKeyNeverAnsweredSaysOkxHasNotAcceptedItYet() {
        KeyStatus status = status(okxDown(OUTAGE));

        assertThat(UnderVerdict.sentence(status, ZoneOffset.UTC)).isEqualTo(Problem.NOTHING_AGAINST_THE_KEY
                + " OKX has not accepted this key in any check yet.");
    }

    @Test
    void underAnyOtherVerdictTheLinesAreTheStatusOwn() {
        KeyStatus status = status(works(GOOD));

        assertThat(UnderVerdict.checkLine(status, ZoneOffset.UTC)).isEqualTo(status.checkLine(ZoneOffset.UTC));
        assertThat(UnderVerdict.sentence(status, ZoneOffset.UTC)).isEqualTo(status.sentence(ZoneOffset.UTC));
    }

    @Test
    void checkAllCountsOnlyOkxsAnswersAsAnswered() {
        CheckAllTally tally = new CheckAllTally(3, 0, 0).with(works(GOOD)).with(okxDown(OUTAGE));

        assertThat(CheckAllTally.answered(works(GOOD))).isTrue();
        assertThat(CheckAllTally.answered(okxDown(OUTAGE))).isFalse();
        assertThat(tally).isEqualTo(new CheckAllTally(3, 1, 1));
        assertThat(tally.sentence(OUTAGE, ZoneOffset.UTC, true))
                .isEqualTo("Stopped: asked OKX about 2 of 3 keys at 10:00: 1 answered, 1 could not be checked");
        assertThat(new CheckAllTally(2, 2, 0).sentence(OUTAGE, ZoneOffset.UTC, true))
                .isEqualTo("Stopped: asked OKX about 2 keys at 10:00: 2 answered");
    }

    @Test
    void aFixShownOnTheKeysPageNamesThePlaceAsSeenFromThere() {
        String fix = "Remove the key's custom address " + AppPlaces.KEY_ADDRESS + ".";

        assertThat(AppPlaces.onTheKeysPage(fix)).isEqualTo("Remove the key's custom address (Advanced, on the"
                + " Credentials tab).");
    }
}
