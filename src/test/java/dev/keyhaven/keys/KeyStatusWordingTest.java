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

/** The one wording every face draws: a key to delete, how a check ended, a revoked key OKX still accepts. */
class KeyStatusWordingTest {

    private static final Instant AT = Instant.parse("2026-03-19T08:00:00Z");
    private static final Permissions READ_WITHDRAW = new Permissions(true, false, true);

    private static KeyRecord journal(Instant archivedAt) {
        return new KeyRecord(7, "Tax journal", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, null, "",
                AT.minusSeconds(86_400), AT.minusSeconds(86_400), 0, Set.of(), archivedAt, null);
    }

    private static CheckResult answered(Permissions permissions, List<Problem> problems) {
        boolean ok = problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, Environment.LIVE, "https://www.okx.com", 80L, 200L,
                new CheckResult.Account("5001", "5001", false, 2, "Futures mode", "tax"), permissions, List.of(),
                new CheckResult.Balances(new BigDecimal("10"), List.of(), List.of()), problems, AT);
    }

    @Test
    void aKeyThatCanWithdrawIsAdvisedOnlyToBeDeletedAndNeverToBeKeptAlive() {
        ProblemContext context = ProblemContext.builder().permissions(READ_WITHDRAW).environment(Environment.LIVE)
                .purpose(Purpose.READ_ONLY).build();
        CheckResult check = answered(READ_WITHDRAW, List.of(ProblemCatalog.problem(ProblemId.WITHDRAW_ENABLED, context),
                ProblemCatalog.problem(ProblemId.NO_IP_BINDING, context)));

        KeyStatus status = KeyStatus.of(journal(null), List.of(KeyService.historyEntry(check)));

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(status.advice()).extracting(Problem::id).containsExactly(ProblemId.WITHDRAW_ENABLED);
        assertThat(status.fix()).isEqualTo(KeyStatus.WITHDRAW_FIX);
        assertThat(status.keepAliveAdvised()).isFalse();
        assertThat(ProblemCatalog.problem(ProblemId.NO_IP_BINDING, context).message())
                .as("a key that may withdraw but not trade is not said to trade").startsWith("This key can withdraw");
    }

    @Test
    void howACheckEndedIsSaidWithItsTimeForTheStatusBar() {
        CheckResult works = answered(new Permissions(true, false, false), List.of());
        KeyStatus status = KeyStatus.of(journal(null), List.of(KeyService.historyEntry(works)));
        assertThat(status.checkEnded("Tax journal", ZoneOffset.UTC))
                .isEqualTo("\"Tax journal\": Checked 19 Mar 2026, 08:00: Works");

        CheckResult unreachable = new CheckResult(false, Environment.LIVE, "https://www.okx.com", null, null, null, null,
                List.of(), null, List.of(new Problem(ProblemId.NETWORK, Severity.ERROR, null, "No route.", "Retry.")),
                AT.plusSeconds(60));
        KeyStatus failed = KeyStatus.of(journal(null), List.of(KeyService.historyEntry(works),
                KeyService.historyEntry(unreachable)));
        assertThat(failed.checkEnded("Tax journal", ZoneOffset.UTC))
                .isEqualTo("\"Tax journal\": Check failed 19 Mar 2026, 08:01: could not reach OKX");
        assertThat(KeyStatus.of(journal(null), List.of()).checkEnded("Tax journal", ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aCheckOkxAcceptedOfARevokedKeyIsRecordedAsTheAlarmNeverAsWorks() {
        CheckResult works = answered(new Permissions(true, false, false), List.of());
        KeyRecord revoked = journal(AT.minusSeconds(60));

        HistoryEntry entry = KeyService.historyEntry(revoked, "7ac8d1e2", works);

        assertThat(entry.summary()).startsWith(RevokeConfirmation.STILL_ACCEPTED)
                .contains(Region.GLOBAL.apiManagementUrl()).doesNotContain("Works");
        assertThat(entry.signedUse()).isTrue();
        assertThat(KeyService.historyEntry(journal(null), "7ac8d1e2", works).summary()).startsWith("Works");
        assertThat(RevokeConfirmation.of(revoked, "7ac8d1e2", works).stillLive()).isTrue();
        assertThat(RevokeConfirmation.of(revoked, "7ac8d1e2", works).sentence()).isEqualTo(entry.summary());
    }
}
