package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The file's user_version edited with sqlite3 (attack 23: set from 3 to 2, accepted and migrated again): a number
 * below the format the vault's header was written for is an edit, refused before any format update or backup;
 * one above what this version knows is refused untouched.
 */
class UserVersionEditTest extends VaultFileFixture {

    private void vaultSetBackTo(int version) throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("PRAGMA user_version = " + version);
        }
    }

    @Test
    void aFormatNumberSetBackBelowWhatTheHeaderWasWrittenForIsRefusedAsAnEditAndNotMigratedAgain() throws Exception {
        vaultSetBackTo(Schema.HEADER_NAMES_SEAL - 1);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.getMessage()).contains("changed outside Keyhaven")
                            .contains("its format number was set back to 2, though its header was written for format 3");
                });
        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).as("not migrated again").isTrue();
        assertThat(VaultFile.backups(file())).extracting(Backup::reason).doesNotContain("migration");
    }

    @Test
    void aSharedOpeningSaysItIsAnEditNotThatAFormatUpdateIsPending() throws Exception {
        vaultSetBackTo(Schema.HEADER_NAMES_SEAL - 1);

        try (VaultLock app = VaultLock.writer(file())) {
            assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()).close())
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                        assertThat(e.getMessage()).contains("its format number was set back to 2");
                    });
        }
    }

    @Test
    void aSharedOpeningOfAnHonestFormerFormatStillSaysTheUpdateIsPending() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (VaultLock app = VaultLock.writer(file())) {
            assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()).close())
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                        assertThat(e.getMessage()).isEqualTo(Problems.formatUpdatePending(file()).getMessage());
                    });
        }
    }

    @Test
    void aFileOfTheFormerFormatWithItsOwnHeaderIsStillUpdated() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
        }
    }

    @Test
    void aFormatNumberAboveWhatThisVersionKnowsIsRefusedUntouched() throws Exception {
        vaultSetBackTo(Schema.current().latestVersion() + 1);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_FORMAT);
                    assertThat(e.getMessage()).isEqualTo("This vault was written by a newer Keyhaven (format 4; this"
                            + " version reads up to format 3). Update Keyhaven to open it.");
                });
        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).isTrue();
    }
}
