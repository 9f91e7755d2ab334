package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each answer of OKX about a revoked key means: only a key OKX accepted is still live. */
class RevokeConfirmationTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final KeyRecord REVOKED = new KeyRecord(3, "Grid bot", Purpose.TRADING, Environment.LIVE,
            Region.GLOBAL, null, "", AT, AT, 0, Set.of(), AT, null);

    private static CheckResult refused(ProblemId id) {
        return new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null, List.of(), null,
                List.of(new Problem(id, Severity.ERROR, null, "OKX said no.", "Do this.")), AT);
    }

    private static CheckResult accepted() {
        return new CheckResult(true, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "Grid bot"),
                new Permissions(true, true, false), List.of(),
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), List.of(), AT);
    }

    @Test
    void onlyAKeyOkxStillAcceptsIsLive() {
        assertThat(RevokeConfirmation.of(REVOKED, "7ac8d1e2", accepted()).stillLive()).isTrue();
        for (ProblemId answer : List.of(ProblemId.KEY_NOT_FOUND, ProblemId.AUTH_INVALID_KEY, ProblemId.NETWORK,
                ProblemId.AUTH_WRONG_PASSPHRASE)) {
            assertThat(RevokeConfirmation.of(REVOKED, "7ac8d1e2", refused(answer)).stillLive()).as(answer.name()).isFalse();
        }
    }

    @Test
    void aRefusalForAnotherReasonThanADeletedKeySaysItMayStillExist() {
        RevokeConfirmation other = RevokeConfirmation.of(REVOKED, "7ac8d1e2", refused(ProblemId.AUTH_WRONG_PASSPHRASE));

        assertThat(other).isNotNull();
        assertThat(other.goneOnOkx()).isFalse();
        assertThat(other.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(other.sentence()).startsWith("OKX refused \"Grid bot\" for another reason than a deleted key")
                .endsWith("Make sure it is gone from OKX's API page.");
    }

    @Test
    void aDeletedKeyIsConfirmedGone() {
        RevokeConfirmation gone = RevokeConfirmation.of(REVOKED, "7ac8d1e2", refused(ProblemId.AUTH_INVALID_KEY));

        assertThat(gone.goneOnOkx()).isTrue();
        assertThat(gone.sentence()).startsWith("Confirmed: OKX no longer accepts \"Grid bot\"");
    }

    @Test
    void noAnswerFromOkxIsNotTakenForARefusal() {
        RevokeConfirmation unknown = RevokeConfirmation.of(REVOKED, "7ac8d1e2", refused(ProblemId.NETWORK));

        assertThat(unknown.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(unknown.sentence()).startsWith("Keyhaven could not ask OKX whether \"Grid bot\" is deleted")
                .doesNotContain("refused");
    }
}
