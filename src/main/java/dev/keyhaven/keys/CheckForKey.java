package dev.keyhaven.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A recorded check seen through the key as it is saved now. What OKX told (permissions, IPs, the account's
 * label) stays true when the trader edits the key, but what it means depends on saved fields: the purpose
 * decides whether Trade is missing or too much, the label whether the names differ. Those problems are worked
 * out again from the check's facts. The address and the environment decide which server answered: a check
 * made elsewhere says nothing about the key as saved ({@link #madeElsewhere}), and a check sent elsewhere on
 * purpose ({@link #sentElsewhere}) never did.
 */
final class CheckForKey {

    /** The problems that follow from a saved field rather than from OKX's answer alone. */
    private static final Set<ProblemId> FROM_SAVED_FIELDS =
            EnumSet.of(ProblemId.PERMISSION_MISSING, ProblemId.PERMISSION_EXCESS, ProblemId.LABEL_MISMATCH);

    /** The field a one-off check's history record carries beside the check itself. */
    private static final String SENT_ELSEWHERE = "sentElsewhere";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckForKey() {
    }

    /** {@code check} with its purpose and label problems worked out for {@code key} as saved now. */
    static CheckResult reread(CheckResult check, KeyRecord key) {
        if (check == null || !check.acceptedByOkx() || check.permissions() == null) {
            return check;
        }
        String okxLabel = check.account() == null ? "" : check.account().label();
        ProblemContext context = ProblemContext.builder()
                .region(key.region())
                .environment(key.environment())
                .baseUrl(check.baseUrl())
                .purpose(key.purpose())
                .permissions(check.permissions())
                .lastSignedUse(check.checkedAt())
                .labels(okxLabel, key.label())
                .build();
        List<Problem> problems = new ArrayList<>();
        check.problems().stream().filter(problem -> !FROM_SAVED_FIELDS.contains(problem.id())).forEach(problems::add);
        for (ProblemId id : PermissionProblems.of(key.purpose(), check.permissions())) {
            if (FROM_SAVED_FIELDS.contains(id)) {
                problems.add(ProblemCatalog.problem(id, context));
            }
        }
        if (okxLabel != null && !okxLabel.isBlank() && !key.label().isBlank()
                && !OkxLabel.sameLabel(okxLabel, key.label())) {
            problems.add(ProblemCatalog.problem(ProblemId.LABEL_MISMATCH, context));
        }
        List<Problem> ordered = problems.stream().sorted(Comparator.comparing(Problem::severity)).toList();
        boolean ok = ordered.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, check.environment(), check.baseUrl(), check.latencyMs(), check.clockSkewMs(),
                check.account(), check.permissions(), check.ipWhitelist(), check.balances(), ordered,
                check.checkedAt());
    }

    /**
     * True when {@code check} went to another address or environment than {@code key} is saved with now:
     * for a recorded check made at the key's own address then, the key was moved since.
     */
    static boolean madeElsewhere(CheckResult check, KeyRecord key) {
        if (check == null) {
            return false;
        }
        if (check.environment() != null && check.environment() != key.environment()) {
            return true;
        }
        return check.baseUrl() != null && !address(check.baseUrl()).equals(address(key.effectiveBaseUrl()));
    }

    /** True when {@code baseUrl} is the address {@code key} is saved with (its custom one, or OKX's own). */
    static boolean isOwnAddress(String baseUrl, KeyRecord key) {
        return address(baseUrl).equals(address(key.effectiveBaseUrl()));
    }

    /** {@code entry}'s check, marked as a one-off sent to another address than the key's saved one. */
    static HistoryEntry markedSentElsewhere(HistoryEntry entry) {
        ObjectNode detail = (ObjectNode) read(entry.detailJson());
        detail.put(SENT_ELSEWHERE, true);
        return new HistoryEntry(entry.at(), entry.kind(), entry.outcome(), entry.summary(), entry.signedUse(),
                entry.permissions(), entry.ips(), entry.accountUid(), entry.problemIds(), detail.toString());
    }

    /**
     * True when {@code entry} is a check sent on purpose to another address than the key was saved with at
     * the time ({@code check --base-url}): it says nothing of the key at its own address.
     */
    static boolean sentElsewhere(HistoryEntry entry) {
        if (entry.kind() != HistoryEntry.Kind.CHECK || entry.detailJson() == null
                || !entry.detailJson().contains(SENT_ELSEWHERE)) {
            return false;
        }
        JsonNode detail = read(entry.detailJson());
        return detail != null && detail.path(SENT_ELSEWHERE).asBoolean(false);
    }

    /**
     * {@code newestFirst} (checks not marked {@link #sentElsewhere}) from the newest one made at {@code key}'s
     * saved address on, when the ones before it went elsewhere. Versions before the mark recorded a one-off
     * {@code check --base-url} like any check, so such a check must not hide an older one made at the saved
     * address (nor make the key look moved). Without any check at the saved address, the list is kept: the
     * key was moved after its checks.
     */
    static List<HistoryEntry> fromSavedAddress(List<HistoryEntry> newestFirst, KeyRecord key) {
        for (int i = 0; i < newestFirst.size(); i++) {
            CheckResult check = CheckResult.recordedIn(newestFirst.get(i));
            if (check == null || !madeElsewhere(check, key)) {
                return i == 0 || check == null ? newestFirst : newestFirst.subList(i, newestFirst.size());
            }
        }
        return newestFirst;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    private static String address(String url) {
        try {
            return OkxBaseUrl.parse(url).toString();
        } catch (IllegalArgumentException refused) {
            return url.strip();
        }
    }
}
