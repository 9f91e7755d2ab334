package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import org.junit.jupiter.api.Test;

/** What 'backup restore' asks before it says it is restoring: is anybody holding or reading the vault? */
class RequireFreeToReplaceTest extends VaultFileFixture {

    @Test
    void aHeldVaultIsInUseAReadOneIsBusyAndAFreeOneStaysFree() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        try (Vault app = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThatThrownBy(() -> VaultFile.requireFreeToReplace(file()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
        }
        try (VaultLock reader = VaultLock.reader(file())) {
            assertThatThrownBy(() -> VaultFile.requireFreeToReplace(file()))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.BUSY);
                        assertThat(e.getMessage()).contains("still reading this vault");
                    });
        }

        VaultFile.requireFreeToReplace(file());
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
             VaultLock noReaders = VaultLock.noReaders(file())) {
            assertThat(vault.keys()).as("the check let go of both locks").isEmpty();
        }
    }
}
