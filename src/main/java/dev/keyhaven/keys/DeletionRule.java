package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * OKX's 14-day rule: a live key with Trade or Withdraw permission and no bound IP is deleted 14 days
 * after its last signed request. Demo keys never expire; a signed check counts as use (keep-alive).
 */
public final class DeletionRule {

    public static final Duration UNUSED_LIMIT = Duration.ofDays(14);

    private final Clock clock;

    public DeletionRule(Clock clock) {
        this.clock = clock;
    }

    /**
     * The countdown for a stored key, from its history since its credentials were saved (a use or an
     * answer about other credentials says nothing of these): the newest OKX answer for its permissions and
     * IPs, the newest request OKX accepted from Keyhaven for the start. Before any answer, the key is
     * assumed to have its purpose's permissions and no bound IP; before any accepted request, the start is
     * the day the credentials were saved, an estimate. Empty when the rule does not apply.
     */
    public Optional<DeletionCountdown> countdown(KeyRecord key, List<HistoryEntry> history) {
        if (key.archived()) {
            return Optional.empty();
        }
        Instant saved = history.stream()
                .filter(KeyStatus::isCredentialsChange)
                .map(HistoryEntry::at)
                .max(Comparator.naturalOrder())
                .filter(at -> at.isAfter(key.createdAt()))
                .orElse(key.createdAt());
        List<HistoryEntry> sinceSaved = history.stream().filter(entry -> !entry.at().isBefore(saved)).toList();
        Optional<HistoryEntry> lastAnswer = sinceSaved.stream()
                .filter(KnownPermissions::speaksForTheKey)
                .max(Comparator.comparing(HistoryEntry::at));
        Optional<Instant> lastUse = UseOnOkx.newest(sinceSaved);
        if (refusedByAllowlistSince(lastAnswer, history)) {
            return Optional.empty();
        }
        Permissions permissions = lastAnswer.map(HistoryEntry::permissions)
                .orElse(key.purpose().wantedPermissions());
        List<String> ips = lastAnswer.map(HistoryEntry::ips).orElse(List.of());
        return countdown(key.environment(), permissions, ips, lastUse.orElse(saved), lastAnswer.isEmpty(),
                lastUse.isEmpty());
    }

    /**
     * True when OKX refused the newest check for its IP allowlist (50110) after it last described the key:
     * the key is bound to some IP even though Keyhaven could not read which (a platform key bound to the
     * platform's addresses), so OKX's rule for unbound keys does not apply.
     */
    private static boolean refusedByAllowlistSince(Optional<HistoryEntry> lastAnswer, List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at))
                .filter(newest -> newest.problemIds().contains(ProblemId.IP_NOT_ALLOWED.name()))
                .filter(newest -> lastAnswer.map(answer -> newest.at().isAfter(answer.at())).orElse(true))
                .isPresent();
    }

    /** The countdown for a key OKX described; empty when the rule does not apply. */
    public Optional<DeletionCountdown> countdown(Environment environment, Permissions permissions,
                                                 List<String> boundIps, Instant lastSignedUse) {
        return countdown(environment, permissions, boundIps, lastSignedUse, false, false);
    }

    public static boolean applies(Environment environment, Permissions permissions, List<String> boundIps) {
        return environment == Environment.LIVE
                && (permissions.trade() || permissions.withdraw())
                && boundIps.stream().allMatch(String::isBlank);
    }

    private Optional<DeletionCountdown> countdown(Environment environment, Permissions permissions,
                                                  List<String> boundIps, Instant lastSignedUse, boolean assumed,
                                                  boolean estimated) {
        Objects.requireNonNull(lastSignedUse, "lastSignedUse");
        if (!applies(environment, permissions, boundIps)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant deletesAt = lastSignedUse.plus(UNUSED_LIMIT);
        long daysLeft = DayCount.between(now, deletesAt, clock.getZone());
        return Optional.of(new DeletionCountdown(deletesAt, daysLeft, !now.isBefore(deletesAt), assumed, estimated,
                lastSignedUse));
    }
}
