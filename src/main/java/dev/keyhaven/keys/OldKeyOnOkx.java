package dev.keyhaven.keys;

import dev.keyhaven.vault.ApiKeyStart;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The step a rotation leaves to the trader: the replaced key still works on OKX until it is deleted there.
 * The reminder stays on the archived key until the trader says it is done or a later check of it finds that
 * OKX no longer accepts it.
 *
 * @param sentence what to delete on OKX: the key's API key's first characters, and its label in Keyhaven
 * @param url      OKX's API page of the key's region
 */
public record OldKeyOnOkx(long archivedId, String sentence, String url) {

    /** The tick kept on the archived key once the trader said it is deleted on OKX. */
    public static final String DELETED_STEP = "old-key-deleted-on-okx";

    /** The reminder for the replaced key {@code archivedId}, empty when none is due (or it was not replaced). */
    public static Optional<OldKeyOnOkx> due(Vault vault, long archivedId) throws VaultException {
        Optional<KeyRecord> found = vault.key(archivedId);
        if (found.isEmpty() || !found.get().archived() || found.get().replacedById() == null
                || found.get().checklistDone().contains(DELETED_STEP) || refusedSince(vault.history(archivedId))) {
            return Optional.empty();
        }
        KeyRecord old = found.get();
        String start = ApiKeyStart.of(vault, archivedId);
        return Optional.of(new OldKeyOnOkx(archivedId, sentence(start, OkxLabel.withoutOwnSuffix(old.label())), old.region().apiManagementUrl()));
    }

    /**
     * The one wording of the step, wherever it is shown. Keyhaven never learns a key's name on OKX (its labels are
     * the trader's own, and may be renamed), so the key is named by the start of its API key, which OKX shows.
     */
    static String sentence(String apiKeyStart, String labelInKeyhaven) {
        return "Next step: delete the old key on OKX. It still works there until you do. On OKX's API page, delete"
                + " the key whose API key starts with " + apiKeyStart + "\u2026 (the one you called \u201c"
                + labelInKeyhaven + "\u201d in Keyhaven).";
    }

    /**
     * Records that the trader deleted the replaced key on OKX, so its reminder goes; refused, with the sentence
     * to show, while the key's newest check found that OKX accepts it: the trader's word cannot outweigh OKX's.
     */
    public static Optional<String> markDeleted(Vault vault, long archivedId) throws VaultException {
        Optional<KeyRecord> found = vault.key(archivedId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (DeleteForGood.acceptedAt(vault.history(archivedId)).isPresent()) {
            return Optional.of("OKX still accepted the old key when Keyhaven last asked. Delete it on OKX's API page,"
                    + " then press Ask OKX again: once OKX no longer knows it, this step"
                    + " goes by itself.");
        }
        Set<String> ticks = new LinkedHashSet<>(found.get().checklistDone());
        ticks.add(DELETED_STEP);
        vault.setChecklistDone(archivedId, ticks);
        return Optional.empty();
    }

    /** True when the newest check of the key found that OKX does not know it any more. */
    private static boolean refusedSince(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at))
                .map(entry -> entry.problemIds().contains(ProblemId.KEY_NOT_FOUND.name())
                        || entry.problemIds().contains(ProblemId.AUTH_INVALID_KEY.name()))
                .orElse(false);
    }
}
