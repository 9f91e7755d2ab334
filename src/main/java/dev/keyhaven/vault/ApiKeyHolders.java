package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.util.ArrayList;
import java.util.List;

/**
 * The other keys in a {@link KeyStore} that hold the same API key as one being saved: active ones are told as
 * duplicates, archived ones as notes, and a revoked one refuses the save (it may have leaked).
 */
final class ApiKeyHolders {

    private final KeyStore keyStore;
    private final VaultOptions options;

    ApiKeyHolders(KeyStore keyStore, VaultOptions options) {
        this.keyStore = keyStore;
        this.options = options;
    }

    /**
     * Notes on the archived keys holding {@code apiKey}.
     *
     * @throws VaultException when one of them was revoked: it may have leaked, so it is not saved again
     */
    List<String> archivedHolding(Secret apiKey) throws VaultException {
        List<Long> ids = keyStore.read("compare the API key with the archived ones",
                connection -> keyStore.rows().idsHoldingApiKey(connection, apiKey));
        List<String> notes = new ArrayList<>();
        for (Long id : ids) {
            KeyRecord other = keyStore.records().get(id);
            if (other == null || !other.archived()) {
                continue;
            }
            String sentence = ArchivedApiKey.sentence(other, options.clock().instant(), options.clock().getZone());
            if (ArchivedApiKey.revoked(other)) {
                throw Problems.invalid(sentence);
            }
            notes.add(sentence);
        }
        return notes;
    }

    /** The labels of the active keys other than {@code selfId} that hold {@code apiKey}. */
    List<String> labelsHoldingApiKey(Secret apiKey, Long selfId) throws VaultException {
        List<Long> ids = keyStore.read("compare the API key with the stored ones",
                connection -> keyStore.rows().idsHoldingApiKey(connection, apiKey));
        List<String> labels = new ArrayList<>();
        for (Long id : ids) {
            KeyRecord other = keyStore.records().get(id);
            if (other != null && !other.archived() && !id.equals(selfId)) {
                labels.add(other.label());
            }
        }
        return labels;
    }
}
