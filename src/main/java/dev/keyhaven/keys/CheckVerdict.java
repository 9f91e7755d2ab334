package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;
import java.time.ZoneId;

/**
 * What one check just made says, as every face draws it (the app, {@code check} and {@code check --json}).
 * A check at the key's own address speaks through the key's status, which also weighs earlier checks (e.g.
 * withdraw seen before). A one-off check sent to another address ({@code check --base-url}) says nothing of
 * the key as saved: its verdict is its own, and the key's status stays what its own address last said. Withdraw
 * is the exception: seen by any check, it is known of the key and comes first.
 *
 * @param check     the check just made
 * @param status    where the key stands after it
 * @param elsewhere the check went to another address or environment than the key is saved with
 */
public record CheckVerdict(CheckResult check, KeyStatus status, boolean elsewhere) {

    /** The verdict of {@code check}, just made for {@code key}, whose status after it is {@code status}. */
    public static CheckVerdict of(KeyRecord key, CheckResult check, KeyStatus status) {
        return new CheckVerdict(check, status, CheckForKey.madeElsewhere(check, key));
    }

    /** The verdict of this check: the key's status, or the check's own for a one-off sent elsewhere. */
    public KeyVerdict verdict() {
        if (!elsewhere || status.verdict() == KeyVerdict.CAN_WITHDRAW) {
            return status.verdict();
        }
        return KeyStatus.verdictOf(check, false);
    }

    /** True when the verdict says more than this check alone (e.g. withdraw seen by an earlier check). */
    public boolean weighsEarlierChecks() {
        return verdict() != KeyStatus.verdictOf(check, false);
    }

    /**
     * What a check that got no answer from OKX about the key means, e.g. ""Grid bot" could not be checked:
     * Keyhaven got no answer from OKX about it. That says nothing against the key: it may still work."
     */
    public static String noAnswer(String label) {
        return noAnswer(label, null);
    }

    /** As {@link #noAnswer(String)}, naming the address asked when it is not OKX's own ({@link KeyAddress}). */
    public static String noAnswer(String label, String baseUrl) {
        return "\"" + label + "\" could not be checked: Keyhaven got no answer from " + KeyAddress.named(baseUrl)
                + " about it. That says nothing against the key: it may still work.";
    }

    /** The verdict in one sentence, with the times it rests on (drawn when it weighs earlier checks). */
    public String sentence(ZoneId zone) {
        return status.sentence(zone);
    }
}
