package dev.keyhaven.keys;

import dev.keyhaven.vault.ApiKeyStart;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a label typed for an active key says when two or more archived keys carried it (a key deleted on OKX and
 * one replaced in a rotation, say): each told apart by the start of its API key, as the backups list does, with
 * its own reason, and how to reach one. A label alone cannot pick among them.
 */
public final class ArchivedUnderLabel {


    private ArchivedUnderLabel() {
    }

    /** The sentence for {@code typed}, when two or more archived keys carried that label; empty otherwise. */
    public static Optional<String> sentence(Vault vault, String typed, ZoneId zone) throws VaultException {
        String wanted = KeyLookup.squeezed(typed == null ? "" : typed.strip());
        List<KeyRecord> archived = vault.archivedKeys().stream()
                .filter(key -> KeyLookup.squeezed(OkxLabel.withoutOwnSuffix(key.label())).equals(wanted))
                .sorted(Comparator.comparing(KeyRecord::archivedAt))
                .toList();
        if (archived.size() < 2) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("There is no active key labelled \"" + typed.strip() + "\", but "
                + archived.size() + " archived keys carried that label:");
        for (KeyRecord key : archived) {
            ArchiveReason reason = ArchiveReason.of(vault, key);
            text.append("\n  - \"").append(key.label()).append("\" (API key ").append(apiKeyStart(vault, key))
                    .append("\u2026, archived ").append(KeyStatus.moment(key.archivedAt(), zone)).append("): ")
                    .append(reason.sentence());
            if (reason.replacedBy() != null) {
                text.append(" Use \"").append(reason.replacedBy()).append("\" instead.");
            }
        }
        return Optional.of(text.append("\nA command takes an active key's label only. To use one of these again,"
                + " restore it in the Keyhaven app (Archived keys under the key list, which show the same API key"
                + " starts); to start afresh, add a new key with 'keyhaven add --label NAME'.").toString());
    }

    private static String apiKeyStart(Vault vault, KeyRecord key) throws VaultException {
        return ApiKeyStart.of(vault, key.id());
    }
}
