package dev.keyhaven.keys;

import dev.keyhaven.okx.StopSignal;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.ApiKeyStart;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user does with a stored key; this part checks keys and remembers what the checks found. The
 * credentials are decrypted just for the check and wiped right after it.
 */
public final class KeyService {

    private final KeyChecker checker;

    public KeyService(KeyChecker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * Checks the key {@code keyId} against OKX and records the check in its history. A key OKX accepted
     * counts as used ({@link HistoryEntry#signedUse()}), which resets OKX's 14-day clock for unbound keys.
     */
    public CheckResult check(Vault vault, long keyId) throws VaultException {
        return check(vault, keyId, (StopSignal) null);
    }

    private CheckResult check(Vault vault, long keyId, StopSignal stop) throws VaultException {
        KeyRecord record = vault.key(keyId).orElseThrow(() -> noSuchKey(keyId));
        Instant lastUse = lastSignedUse(vault, keyId).orElse(null);
        CheckResult result;
        String apiKeyStart;
        try (Credentials credentials = vault.credentials(keyId)) {
            apiKeyStart = ApiKeyStart.of(credentials.apiKey());
            result = StopSignal.during(stop, () -> checker.check(CheckTarget.of(record, credentials, lastUse)));
        }
        if (stop != null && stop.stopped()) {
            return null;
        }
        vault.recordHistory(keyId, historyEntry(record, apiKeyStart, result));
        return result;
    }

    /**
     * Like {@link #check(Vault, long)}, but sends this one check to {@code baseUrl} instead of the key's own
     * address (a proxy, or a local test server); null means the key's own. The check is recorded as one sent
     * elsewhere: it speaks for itself, not for the key at its own address ({@link CheckVerdict}). The key's own
     * address given again is an ordinary check.
     */
    public CheckResult check(Vault vault, long keyId, String baseUrl) throws VaultException {
        return check(vault, keyId, baseUrl, null);
    }

    /**
     * As {@link #check(Vault, long, String)}, with {@code stop} as the stop signal of its requests to OKX: a
     * check stopped before its answer was recorded is not recorded at all (empty), since OKX's answer was
     * cut short by the Stop, not by OKX.
     */
    public Optional<CheckResult> checkUnlessStopped(Vault vault, long keyId, String baseUrl, StopSignal stop)
            throws VaultException {
        return Optional.ofNullable(check(vault, keyId, baseUrl, Objects.requireNonNull(stop, "stop")));
    }

    private CheckResult check(Vault vault, long keyId, String baseUrl, StopSignal stop) throws VaultException {
        if (baseUrl == null) {
            return check(vault, keyId, stop);
        }
        KeyRecord record = vault.key(keyId).orElseThrow(() -> noSuchKey(keyId));
        if (CheckForKey.isOwnAddress(baseUrl, record)) {
            return check(vault, keyId, stop);
        }
        // Unknown at another address says nothing of a deletion on OKX: no earlier use is told to the checker.
        Instant lastUse = null;
        CheckResult result;
        try (Credentials credentials = vault.credentials(keyId)) {
            CheckTarget target = new CheckTarget(record.label(), record.purpose(), record.environment(),
                    record.region(), baseUrl, credentials, lastUse, true);
            result = StopSignal.during(stop, () -> checker.check(target));
        }
        if (stop != null && stop.stopped()) {
            return null;
        }
        HistoryEntry entry = historyEntry(result);
        vault.recordHistory(keyId, CheckForKey.madeElsewhere(result, record)
                ? CheckForKey.markedSentElsewhere(entry) : entry);
        return result;
    }

    /**
     * Checks values that are not stored yet (a rotation's new key) as if they belonged to {@code like}:
     * same purpose, environment, region and address. Nothing is recorded.
     */
    public CheckResult checkCandidate(KeyRecord like, Credentials credentials) {
        return checker.check(CheckTarget.of(like, credentials, null));
    }

    /** The newest check of the key, as it was recorded. */
    public Optional<CheckResult> lastCheck(Vault vault, long keyId) throws VaultException {
        for (HistoryEntry entry : vault.history(keyId)) {
            CheckResult recorded = entry.kind() == HistoryEntry.Kind.CHECK ? CheckResult.recordedIn(entry) : null;
            if (recorded != null) {
                return Optional.of(recorded);
            }
        }
        return Optional.empty();
    }

    /**
     * The last time OKX accepted a signed request made by Keyhaven with the credentials stored now (not with
     * values they replaced), if ever.
     */
    public Optional<Instant> lastSignedUse(Vault vault, long keyId) throws VaultException {
        KeyRecord record = vault.key(keyId).orElseThrow(() -> noSuchKey(keyId));
        return KeyStatus.of(record, vault.history(keyId)).lastSignedUse();
    }

    /** As {@link #historyEntry(CheckResult)}, but a revoked key that OKX still accepts is recorded as the alarm it is. */
    static HistoryEntry historyEntry(KeyRecord key, String apiKeyStart, CheckResult result) {
        HistoryEntry entry = historyEntry(result);
        if (!RevokeConfirmation.revoked(key) || !result.acceptedByOkx()) {
            return entry;
        }
        return new HistoryEntry(entry.at(), entry.kind(), HistoryEntry.Outcome.WARNING,
                RevokeConfirmation.stillAccepted(key, apiKeyStart), entry.signedUse(), entry.permissions(), entry.ips(),
                entry.accountUid(), entry.problemIds(), entry.detailJson());
    }

    static HistoryEntry historyEntry(CheckResult result) {
        HistoryEntry.Outcome outcome = !result.ok() ? HistoryEntry.Outcome.FAILED
                : result.count(Severity.WARNING) > 0 ? HistoryEntry.Outcome.WARNING
                : HistoryEntry.Outcome.OK;
        return new HistoryEntry(result.checkedAt(), HistoryEntry.Kind.CHECK, outcome, result.summary(),
                result.acceptedByOkx(), result.permissions(), result.ipWhitelist(),
                result.account() == null ? null : result.account().uid(), result.problemIds(), result.toJson());
    }

    private static VaultException noSuchKey(long keyId) {
        return new VaultException(VaultException.Reason.INVALID_INPUT,
                "There is no key with id " + keyId + " in this vault. List the keys to see their ids.");
    }
}
