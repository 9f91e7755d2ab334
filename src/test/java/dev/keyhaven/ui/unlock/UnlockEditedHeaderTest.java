package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.EditedHeader;
import dev.keyhaven.vault.Vault;
import org.junit.jupiter.api.Test;

/**
 * A vault whose header was edited outside Keyhaven (its checksum rewritten) no longer opens with the right
 * password. The unlock screen says the file was changed and offers the backup the password opens, instead of
 * sending the trader to look for another password.
 */
class UnlockEditedHeaderTest extends UnlockWithMemoryFixture {

    @Test
    void anEditedHeaderOffersTheBackupThePasswordOpens() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile(), password, options())) {
            vault.add(draft("grid"));
            vault.backups().now("manual");
        }
        EditedHeader.editTheSalt(vaultFile());

        UnlockViewModel refused = unlock(vaultFile());
        assertThat(unlocked).isEmpty();
        assertThat(refused.messageProperty().get()).contains("changed outside Keyhaven").doesNotContain("Caps Lock");
        assertThat(dialogs.confirmations).singleElement().asString().contains("The newest whole backup is from")
                .contains("anything OKX said since, such as a key it deleted, is not in it");

        dialogs.answering(true);
        unlock(vaultFile());
        unlock(vaultFile());
        assertThat(unlocked).as("the restored backup opens").hasSize(1);
        assertThat(unlocked.get(0).keys()).hasSize(1);
    }
}
