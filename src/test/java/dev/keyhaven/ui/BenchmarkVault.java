package dev.keyhaven.ui;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KdfParameters;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;

/** The vault the UI benchmarks unlock: 100 made-up keys under the real, calibrated key derivation. */
final class BenchmarkVault {

    static final String MASTER = "lantern orbit velvet cactus";

    private BenchmarkVault() {
    }

    /** Creates it at {@code vaultFile}; returns the key-derivation settings it got. */
    static KdfParameters createWith100Keys(Path vaultFile) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.standard())) {
            for (int i = 0; i < 100; i++) {
                try (Credentials credentials = new Credentials(Secret.ofString("1a2b3c4d-0000-1111-2222-" + (100000000000L + i)),
                        Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-" + i))) {
                    vault.add(new KeyDraft("Key " + i, i % 2 == 0 ? Purpose.TRADING : Purpose.READ_ONLY, Environment.LIVE,
                            Region.GLOBAL, null, "", 0, credentials));
                }
            }
            return vault.info().kdf();
        }
    }
}
