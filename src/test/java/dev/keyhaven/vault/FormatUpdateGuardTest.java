package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format update at the edges of the sealed format: a file of the first sealed format is not sealed again,
 * an update that ends at that format seals, a header naming the file's own format agrees with it, and the
 * header the update binds is the one a later password change builds on.
 */
class FormatUpdateGuardTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private static Schema upTo(int version) {
        return new Schema(Schema.current().migrations().subList(0, version));
    }

    @Test
    void aHeaderNamingTheFilesOwnFormatAgreesWithIt() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        VaultHeader header;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            header = VaultHeader.decode(raw.blob("vault_header", "header", 1));
        }
        assertThat(header.sealedFrom()).isEqualTo(Schema.SEALED_FROM);

        assertThat(FormatUpdate.headerDisagrees(header, Schema.SEALED_FROM)).isNull();
        assertThat(FormatUpdate.headerDisagrees(header, Schema.SEALED_FROM - 1)).isEqualTo(DowngradeCheck.SET_BACK);
        assertThat(FormatUpdate.headerDisagrees(header, Schema.HEADER_NAMES_SEAL)).isNull();
    }

    /**
     * FormatClaim sees no seal table here (it was dropped with the number set back), so only the header, which the
     * password binds, shows the format: the backstop in {@link FormatUpdate#headerDisagrees} refuses it at unlock. An
     * empty vault has no padded value for {@link DowngradeCheck} to show it either.
     */
    @Test
    void anEmptyVaultWhoseSealTableWasDroppedAndNumberSetBackIsRefusedByItsHeader() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DROP TABLE vault_seal");
            raw.execute("PRAGMA user_version = " + (Schema.SEALED_FROM - 1));
        }
        byte[] before = java.nio.file.Files.readAllBytes(file());

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.getMessage()).contains(DowngradeCheck.SET_BACK);
                });
        assertThat(java.nio.file.Files.readAllBytes(file())).as("nothing updated").isEqualTo(before);
    }

    @Test
    void aFileOfTheFirstSealedFormatIsUpdatedWithoutSealingItAgain() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), upTo(Schema.SEALED_FROM))) {
            vault.add(TestKeys.draft("grid"));
            vault.add(TestKeys.draft("dca"));
        }
        long generation;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            generation = VaultSeal.generationOf(raw.connection());
        }
        assertThat(generation).isGreaterThan(1);

        assertThat(update(Schema.current(), Schema.SEALED_FROM)).as("sealed by this update").isFalse();

        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
            assertThat(VaultSeal.generationOf(raw.connection())).as("the seal kept its generation").isEqualTo(generation);
        }
    }

    @Test
    void anUpdateThatEndsAtTheFirstSealedFormatSeals() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), upTo(1))) {
            vault.add(TestKeys.draft("grid"));
        }

        assertThat(update(upTo(Schema.SEALED_FROM), 1)).as("sealed by this update").isTrue();

        try (Vault vault = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), upTo(Schema.SEALED_FROM))) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
    }

    @Test
    void aPasswordChangeRightAfterTheUpdateKeepsTheBoundHeader() throws Exception {
        Secret newPassword = Secret.ofString("the master password after the update");
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), upTo(Schema.SEALED_FROM))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.changePassword(TestKeys.password(), newPassword);
        }
        try (Vault vault = Vault.open(file(), newPassword, VaultOptions.forTests())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(VaultHeader.decode(raw.blob("vault_header", "header", 1)).sealedFrom()).isEqualTo(Schema.SEALED_FROM);
        }
    }

    /** Runs the update of the closed vault file from {@code from} to {@code schema}'s format; true when it sealed. */
    private boolean update(Schema schema, int from) throws Exception {
        try (VaultDatabase database = VaultDatabase.openReadWrite(file())) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(TestKeys.password());
            try (ValueCipher cipher = new ValueCipher(dataKey); VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                KeyRows current = from < Schema.SEALED_FROM ? KeyRows.unpadded(cipher, header.vaultId())
                        : new KeyRows(cipher, header.vaultId());
                return FormatUpdate.run(database, schema, from, current, new KeyRows(cipher, header.vaultId()), seal,
                        null, file(), new Backup("20261123-174500", file(), Instant.EPOCH, "migration", 0));
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }

}
