package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;

/** The vault the backup-standing tests compare their backups with, and the backup they made by hand. */
final class BackupStandingFixture {

    static final String PASSWORD = "correct horse battery staple 42!";

    private BackupStandingFixture() {
    }

    /** A new vault in {@code folder}, opened with {@link #PASSWORD}. */
    static Vault create(Path folder) throws VaultException {
        try (Secret password = Secret.ofString(PASSWORD)) {
            return Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
    }

    /** The standing of the backup made with reason "manual". */
    static BackupStanding byHand(Vault vault) throws VaultException {
        return vault.backups().standings().stream().filter(standing -> standing.backup().reason().equals("manual"))
                .findFirst().orElseThrow();
    }
}
