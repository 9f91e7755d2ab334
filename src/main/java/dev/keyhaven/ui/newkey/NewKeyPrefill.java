package dev.keyhaven.ui.newkey;

import dev.keyhaven.guide.SuggestedLabel;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What the guide hands to the credentials form of a key it helped create: the choices made in the guide
 * and the label it suggested for OKX, made unique among the vault's labels. The passphrase travels
 * separately, as a secret.
 */
public record NewKeyPrefill(String label, Purpose purpose, Environment environment, Region region) {

    public static NewKeyPrefill of(Purpose purpose, Environment environment, Region region, LocalDate today,
            Collection<String> takenLabels) {
        return new NewKeyPrefill(uniqueLabel(SuggestedLabel.of(purpose, environment), takenLabels), purpose,
                environment, region);
    }

    /** {@code suggested}, or {@code suggested2}, {@code suggested3}… when a key already has that label. */
    static String uniqueLabel(String suggested, Collection<String> takenLabels) {
        return SuggestedLabel.free(suggested, takenLabels);
    }
}
