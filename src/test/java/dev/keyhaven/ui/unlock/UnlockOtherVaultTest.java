package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/** The desktop app asks before it opens another vault than the one last opened at the same path. */
class UnlockOtherVaultTest extends UnlockWithMemoryFixture {

    @Test
    void anotherVaultIsOpenedOnlyWhenTheTraderSaysSo() throws Exception {
        Path other = folder.resolve("other.keyhaven");
        try (Secret password = Secret.ofString(PASSWORD)) {
            Vault.create(vaultFile(), password, options()).close();
            try (Vault vault = Vault.create(other, password, options())) {
                vault.add(draft("decoy"));
            }
        }
        Files.copy(other, vaultFile(), StandardCopyOption.REPLACE_EXISTING);

        UnlockViewModel refused = unlock(vaultFile());
        assertThat(unlocked).as("not opened").isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("This is not the vault last opened here").contains("It was created on");
        assertThat(refused.messageProperty().get()).startsWith("Keyhaven did not open this vault.");
        assertThat(openedAhead).as("nothing read ahead from a vault the trader has not accepted").isEmpty();

        dialogs.answering(true);
        unlock(vaultFile());
        assertThat(unlocked).hasSize(1);
        assertThat(unlocked.get(0).isLocked()).isFalse();
        assertThat(openedAhead).as("accepted after the question: the list is read as usual, not ahead").isEmpty();
        unlocked.get(0).close();
        unlock(vaultFile());
        assertThat(dialogs.confirmations).as("opened on purpose: not asked again").hasSize(2);
        assertThat(openedAhead).as("no question: read ahead").containsExactly(unlocked.get(1));
    }
}
