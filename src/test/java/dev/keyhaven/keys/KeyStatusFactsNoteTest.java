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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The note over facts an older check read: a check that did not get OKX's answer leaves them unconfirmed,
 * while a key OKX answered and refused has them from before the refusal (walk20 §4).
 */
class KeyStatusFactsNoteTest {

    private static final Instant GOOD_CHECK = Instant.parse("2026-12-03T13:55:00Z");
    private static final Instant LATER = Instant.parse("2026-12-03T13:58:00Z");

    private static KeyRecord key() {
        return new KeyRecord(7, "Gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "",
                GOOD_CHECK.minusSeconds(86_400), GOOD_CHECK.minusSeconds(86_400), 0, Set.of(), null, null);
    }

    private static CheckResult works() {
        return new CheckResult(true, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "gridbot"),
                new Permissions(true, true, false), List.of("1.2.3.4"),
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(), GOOD_CHECK);
    }

    private static CheckResult failed(ProblemId id, String okxCode) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(new Problem(id, Severity.ERROR, okxCode, id.name() + " message.", id.name() + " fix.")), LATER);
    }

    private static KeyStatus status(CheckResult... checks) {
        List<HistoryEntry> history = new ArrayList<>();
        for (CheckResult check : checks) {
            history.add(KeyService.historyEntry(check));
        }
        return KeyStatus.of(key(), history);
    }

    @Test
    void factsFromBeforeOkxRefusedTheKeyAreSaidSoAndNeverAsUnanswered() {
        KeyStatus status = status(failed(ProblemId.AUTH_INVALID_KEY, "50111"), works());

        assertThat(status.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(status.refusedSinceFacts()).isTrue();
        assertThat(status.factsNote(ZoneOffset.UTC)).isEqualTo("From 3 Dec 2026, 13:55, before OKX refused this key.");
        assertThat(status.sentence(ZoneOffset.UTC))
                .isEqualTo("Rejected by OKX: AUTH_INVALID_KEY message. Before OKX refused it, as of 3 Dec 2026, 13:55:"
                        + " works.")
                .doesNotContain("Last known");
    }

    @Test
    void factsAfterACheckThatCouldNotAskOkxAreSaidToBeUnconfirmed() {
        KeyStatus status = status(failed(ProblemId.NETWORK, null), works());

        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.refusedSinceFacts()).isFalse();
        assertThat(status.factsNote(ZoneOffset.UTC)).isEqualTo(
                "As of 3 Dec 2026, 13:55: the newest check did not get OKX's answer, so these may have changed since.");
        assertThat(status.sentence(ZoneOffset.UTC)).endsWith("Last known as of 3 Dec 2026, 13:55: works.");
    }

    @Test
    void currentFactsAndNoFactsCarryNoNote() {
        assertThat(status(works()).factsNote(ZoneOffset.UTC)).isEmpty();
        assertThat(status(failed(ProblemId.AUTH_INVALID_KEY, "50111")).factsNote(ZoneOffset.UTC)).isEmpty();
        assertThat(status(works()).refusedSinceFacts()).isFalse();
    }

    @Test
    void factsFromBeforeARestoreAreSaidSoEvenWhenANewerCheckWasRefused() {
        List<HistoryEntry> history = new ArrayList<>(List.of(KeyService.historyEntry(works()),
                KeyService.historyEntry(failed(ProblemId.AUTH_INVALID_KEY, "50111"))));
        history.add(KeyStatus.restored(LATER.plusSeconds(60)));

        KeyStatus status = KeyStatus.of(key(), history);

        assertThat(status.refusedSinceFacts()).isFalse();
        assertThat(status.factsNote(ZoneOffset.UTC))
                .isEqualTo("As of 3 Dec 2026, 13:55: these were read before the key was archived and restored.");
    }

    /** Only OKX's own "no such API key" answers (50111, 50119) say the key is gone from OKX: no other refusal does. */
    @Test
    void onlyOkxsOwnNoSuchKeyAnswersSayOkxNoLongerKnowsTheKey() {
        assertThat(status(failed(ProblemId.AUTH_INVALID_KEY, "50111"), works()).unknownOnOkx()).isTrue();
        assertThat(status(failed(ProblemId.KEY_NOT_FOUND, "50119"), works()).unknownOnOkx()).isTrue();
        KeyStatus wrongPassphrase = status(failed(ProblemId.AUTH_WRONG_PASSPHRASE, "50105"), works());
        assertThat(wrongPassphrase.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(wrongPassphrase.unknownOnOkx()).as("a wrong passphrase: the key exists on OKX").isFalse();
        assertThat(status(failed(ProblemId.AUTH_INVALID_KEY, null), works()).unknownOnOkx())
                .as("no answer of OKX's own").isFalse();
        assertThat(status(works()).unknownOnOkx()).isFalse();
    }

    @Test
    void factsReadWithCredentialsSinceChangedAreSaidSo() {
        List<HistoryEntry> history = new ArrayList<>(List.of(KeyService.historyEntry(works())));
        history.add(KeyStatus.credentialsChanged(LATER));

        KeyStatus status = KeyStatus.of(key(), history);

        assertThat(status.factsNote(ZoneOffset.UTC))
                .isEqualTo("As of 3 Dec 2026, 13:55: these were read with the credentials before they changed.");
    }
}
