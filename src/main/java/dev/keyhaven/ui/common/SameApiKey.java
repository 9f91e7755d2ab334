package dev.keyhaven.ui.common;

import dev.keyhaven.keys.ArchiveReason;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.ArchivedApiKey;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Whether an API key being entered is already saved as another active key (OKX advises one key per bot), or
 * was saved as a key now archived (a revoked one may have leaked), told before the save. The comparison runs in the background; only the newest question is answered.
 */
public final class SameApiKey {

    private final Vault vault;
    private final BackgroundWork work;
    /** The key whose own API key does not count (the one edited or rotated), or null. */
    private final Long own;
    /** Now and the zone the caller shows times in, for the day an archived key was archived. */
    private final Clock clock;
    private int asked;
    /** Archived keys found whose newest check said OKX no longer knows them, with that check's time. */
    private final Map<Long, Instant> goneOnOkx = new ConcurrentHashMap<>();

    /** @param clock the app's clock and zone (AppConfig), for the day an archived key was archived */
    public SameApiKey(Vault vault, BackgroundWork work, Long own, Clock clock) {
        this.vault = vault;
        this.work = work;
        this.own = own;
        this.clock = clock;
    }

    /** Tells {@code answer} the first other key holding {@code apiKey}, or empty; the caller closes {@code apiKey}. */
    public void find(Secret apiKey, Consumer<Optional<KeyRecord>> answer) {
        int question = ++asked;
        if (apiKey.isEmpty() || vault == null) {
            answer.accept(Optional.empty());
            return;
        }
        Secret given = apiKey.stripped();
        work.run(() -> {
            try (given) {
                return holders(given).stream().findFirst();
            }
        }, found -> {
            if (question == asked) {
                answer.accept(found);
            }
        }, failure -> { });
    }

    private List<KeyRecord> holders(Secret given) throws VaultException {
        List<KeyRecord> holders = new ArrayList<>();
        List<KeyRecord> keys = new ArrayList<>(vault.keys());
        // After the active keys: a revoked or replaced key's API key pasted again is told too (ArchivedApiKey).
        keys.addAll(vault.archivedKeys());
        for (KeyRecord key : keys) {
            if (own != null && own == key.id()) {
                continue;
            }
            try (Secret stored = vault.apiKey(key.id())) {
                if (stored.contentEquals(given)) {
                    holders.add(key);
                }
            }
            if (key.archived() && holders.contains(key)) {
                ArchiveReason.goneOnOkxAt(vault.history(key.id())).ifPresent(at -> goneOnOkx.put(key.id(), at));
            }
        }
        return holders;
    }

    /** The sentence for a key found, with the next step; days in this finder's zone. */
    public String sentenceFor(KeyRecord other) {
        Instant gone = goneOnOkx.get(other.id());
        if (gone != null && other.archived()) {
            return ArchivedApiKey.deletedOnOkx(other, KeyStatus.moment(gone, clock.getZone()));
        }
        return sentence(other, clock.instant(), clock.getZone());
    }

    /** The sentence for a key found, with the next step; an archived key's day told in {@code zone}. */
    public static String sentence(KeyRecord other, Instant now, ZoneId zone) {
        if (other.archived()) {
            return ArchivedApiKey.sentence(other, now, zone);
        }
        return "This API key is already saved as \"" + other.label() + "\". OKX advises one key per bot: open \""
                + other.label() + "\" to use it there, or create a separate key on OKX for this one.";
    }
}
