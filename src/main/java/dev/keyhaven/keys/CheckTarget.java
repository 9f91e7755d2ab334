package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.Objects;

/**
 * A key to check. The checker only borrows the credentials: the caller still owns and closes them.
 *
 * @param baseUrl       a custom REST base URL, or null for the region's host
 * @param lastSignedUse when OKX last accepted a signed request with these credentials, or null when unknown:
 *                      a key OKX then says it does not know was deleted there
 * @param oneOff        {@code baseUrl} was given for this one check ({@code check --base-url}), not saved with the key
 */
public record CheckTarget(
        String label,
        Purpose purpose,
        Environment environment,
        Region region,
        String baseUrl,
        Credentials credentials,
        Instant lastSignedUse,
        boolean oneOff) {

    /** A check of the key at its own address ({@code baseUrl} its saved custom one, or null). */
    public CheckTarget(String label, Purpose purpose, Environment environment, Region region, String baseUrl,
            Credentials credentials, Instant lastSignedUse) {
        this(label, purpose, environment, region, baseUrl, credentials, lastSignedUse, false);
    }

    public CheckTarget {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        label = label == null ? "" : label;
    }

    public static CheckTarget of(KeyRecord record, Credentials credentials, Instant lastSignedUse) {
        return new CheckTarget(record.label(), record.purpose(), record.environment(), record.region(),
                record.customBaseUrl().orElse(null), credentials, lastSignedUse);
    }

    @Override
    public String toString() {
        return "CheckTarget[label=" + label + ", purpose=" + purpose + ", environment=" + environment
                + ", region=" + region + ", baseUrl=" + baseUrl + ", credentials=hidden]";
    }
}
