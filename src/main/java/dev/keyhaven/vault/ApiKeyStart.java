package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;

/**
 * The first characters of an API key, as OKX's API page shows them: how Keyhaven names a key on OKX, where
 * its own labels are the trader's and may have been renamed. The API key names a key; it is not a secret.
 */
public final class ApiKeyStart {

    static final int SHOWN_CHARACTERS = 8;

    private ApiKeyStart() {
    }

    /** e.g. "7ac8d1e2" (without the ellipsis); leaves {@code apiKey} open. */
    public static String of(Secret apiKey) {
        return apiKey.apply(chars -> new String(chars, 0, Math.min(SHOWN_CHARACTERS, chars.length)));
    }

    /** The start of the stored API key of {@code keyId}. */
    public static String of(Vault vault, long keyId) throws VaultException {
        try (Secret apiKey = vault.apiKey(keyId)) {
            return of(apiKey);
        }
    }
}
