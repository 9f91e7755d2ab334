package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;

/**
 * What OKX said about a revoked key when Keyhaven asked afterwards.
 *
 * @param goneOnOkx true only when OKX said the key does not exist (deleted): the revocation is complete
 * @param sentence  what that means for the trader, with the next step
 * @param askedAt   when Keyhaven asked OKX
 */
public record RevokeConfirmation(boolean goneOnOkx, KeyVerdict verdict, String sentence, java.time.Instant askedAt) {

    /** What a check of a revoked key that OKX accepted found: the key is still live. Never "Works". */
    public static final String STILL_ACCEPTED = "OKX still accepts this revoked key";

    /** @param apiKeyStart the first characters of the key's API key, which name it on OKX's API page */
    static RevokeConfirmation of(KeyRecord key, String apiKeyStart, CheckResult check) {
        KeyVerdict verdict = KeyStatus.verdictOf(check, false);
        String label = "\"" + key.label() + "\"";
        if (check.has(ProblemId.KEY_NOT_FOUND) || check.has(ProblemId.AUTH_INVALID_KEY)) {
            return new RevokeConfirmation(true, verdict, "Confirmed: OKX no longer accepts " + label
                    + ". It is deleted on OKX and archived here.", check.checkedAt());
        }
        if (verdict.acceptedByOkx()) {
            return new RevokeConfirmation(false, verdict, stillAccepted(key, apiKeyStart), check.checkedAt());
        }
        if (verdict == KeyVerdict.COULD_NOT_CHECK) {
            return new RevokeConfirmation(false, verdict, "Keyhaven could not ask OKX whether " + label
                    + " is deleted: " + check.summary() + " Make sure it is gone from OKX's API page.",
                    check.checkedAt());
        }
        return new RevokeConfirmation(false, verdict, "OKX refused " + label + " for another reason than a deleted key ("
                + check.summary() + "), so it may still exist. Make sure it is gone from OKX's API page.",
                check.checkedAt());
    }

    /** True when OKX accepted the revoked key: an alarm, for anyone who has it can still use it. */
    public boolean stillLive() {
        return !goneOnOkx && verdict.acceptedByOkx();
    }

    /** A key revoked in Keyhaven, not replaced, whatever its history since. */
    static boolean revoked(KeyRecord key) {
        return key.archived() && key.replacedById() == null;
    }

    /** The alarm and its next step: where to delete the key on OKX. */
    static String stillAccepted(KeyRecord key, String apiKeyStart) {
        // Keyhaven never learns a key's name on OKX: it names the key by the start of its API key, as OKX shows it.
        return STILL_ACCEPTED + ": anyone who has it can still use it. Delete it on OKX's API page now ("
                + key.region().apiManagementUrl() + ", the key whose API key starts with " + apiKeyStart
                + "\u2026, the one you called \u201c" + OkxLabel.withoutOwnSuffix(key.label())
                + "\u201d in Keyhaven), then ask OKX again.";
    }
}
