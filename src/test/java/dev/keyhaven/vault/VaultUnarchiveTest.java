package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's Restore, and asking for the master password again before a secret is shown. */
class VaultUnarchiveTest {

    @TempDir
    Path folder;

    private Vault create() throws VaultException {
        return Vault.create(folder.resolve("keys.khvault"), TestKeys.password(), VaultOptions.forTests());
    }

    private Vault reopen() throws VaultException {
        return Vault.open(folder.resolve("keys.khvault"), TestKeys.password(), VaultOptions.forTests());
    }

    @Test
    void aRestoredKeyIsActiveAgainAfterUnlock() throws Exception {
        long id;
        try (Vault vault = create()) {
            id = vault.add(TestKeys.draft("Grid bot")).record().id();
            vault.archive(id, null);
            vault.unarchive(id);
            assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(id);
        }
        try (Vault vault = reopen()) {
            KeyRecord restored = vault.key(id).orElseThrow();
            assertThat(restored.archived()).isFalse();
            assertThat(restored.archivedAt()).isNull();
            assertThat(restored.replacedById()).isNull();
            assertThat(vault.archivedKeys()).isEmpty();
        }
    }

    @Test
    void refusesAKeyThatIsNotArchivedAndALabelInUse() throws Exception {
        try (Vault vault = create()) {
            long active = vault.add(TestKeys.draft("Grid bot")).record().id();
            assertInvalid(() -> vault.unarchive(active), "not archived");
            vault.archive(active, null);
            vault.add(TestKeys.draft("grid BOT", "other"));
            assertInvalid(() -> vault.unarchive(active), "Rename that key first");
            assertThat(vault.key(active).orElseThrow().archived()).isTrue();
        }
    }

    @Test
    void tellsTheMasterPasswordFromAnotherOne() throws Exception {
        try (Vault vault = create(); Secret wrong = Secret.ofString("correct horse battery stapler")) {
            assertThat(vault.isMasterPassword(TestKeys.password())).isTrue();
            assertThat(vault.isMasterPassword(wrong)).isFalse();
        }
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String sentence) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(VaultException.Reason.INVALID_INPUT);
            assertThat(e.getMessage()).contains(sentence);
        });
    }
}
