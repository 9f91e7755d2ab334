package dev.keyhaven.vault;

import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Secret;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** What a key's draft and a new master password must be before the vault stores them. */
final class DraftChecks {

    private static final int MAX_LABEL_LENGTH = 100;
    private static final int MAX_ROTATION_DAYS = 3650;

    private DraftChecks() {
    }

    /** The draft's metadata, checked; {@code others} are the vault's records, {@code selfId} the edited key's id. */
    static KeyMetadata validated(KeyDraft draft, Long selfId, Collection<KeyRecord> others) throws VaultException {
        String label = draft.label().strip();
        if (label.isEmpty()) {
            throw Problems.invalid("Give the key a name, for example \"Grid bot\" or \"Tax journal\".");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw Problems.invalid("The name is too long: keep it under " + MAX_LABEL_LENGTH + " characters.");
        }
        boolean taken = others.stream()
                .anyMatch(other -> !other.archived() && !Objects.equals(other.id(), selfId)
                        && other.label().equalsIgnoreCase(label));
        if (taken) {
            throw Problems.invalid("A key named \"" + label + "\" already exists. Choose another name, or edit that key.");
        }
        if (draft.rotationDays() < 0 || draft.rotationDays() > MAX_ROTATION_DAYS) {
            throw Problems.invalid("The rotation interval must be between 0 and " + MAX_ROTATION_DAYS
                    + " days (0 uses the app's default).");
        }
        String baseUrl = checkedBaseUrl(draft.baseUrl());
        if (draft.credentials() != null) {
            requireFilled(draft.credentials().apiKey(), "API key");
            requireFilled(draft.credentials().secretKey(), "secret key");
            requireFilled(draft.credentials().passphrase(), "passphrase");
        }
        return new KeyMetadata(label, draft.purpose(), draft.environment(), draft.region(), baseUrl,
                draft.notes(), draft.rotationDays(), Set.of(), null, null);
    }

    static void requireNewPassword(Secret password) throws VaultException {
        Objects.requireNonNull(password, "password");
        if (password.isWiped() || password.isEmpty()) {
            throw Problems.invalid("Choose a master password: the vault cannot be protected by an empty one.");
        }
    }

    /** The normalised custom address, or null for the region's; okx.OkxBaseUrl decides what is acceptable. */
    private static String checkedBaseUrl(String text) throws VaultException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OkxBaseUrl.parse(text).toString();
        } catch (IllegalArgumentException refused) {
            throw Problems.invalid(refused.getMessage());
        }
    }

    private static void requireFilled(Secret value, String name) throws VaultException {
        boolean blank;
        if (value.isWiped()) {
            blank = true;
        } else {
            try (Secret stripped = value.stripped()) {
                blank = stripped.isEmpty();
            }
        }
        if (blank) {
            throw Problems.invalid("The " + name + " is empty. Copy it again from OKX and paste it here.");
        }
    }
}
