package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header's upper salt limit, reached past the checksum (see {@link VaultHeaderGuardTest} for the others). */
class VaultHeaderEdgesTest {

    private static final int SALT_LENGTH = 34;
    private static final int CHECKSUM_BYTES = 32;

    @TempDir
    Path folder;

    private Path file;
    private byte[] original;

    @BeforeEach
    void createVault() throws Exception {
        file = folder.resolve("keys.khvault");
        Vault.create(file, TestKeys.password(), VaultOptions.forTests()).close();
        try (RawVaultFile raw = new RawVaultFile(file)) {
            original = raw.blob("vault_header", "header", 1);
        }
    }

    @Test
    void aSaltOfSixtyFourBytesPassesTheCheckAndSixtyFiveIsDamage() throws Exception {
        writeHeader(withSalt(65));
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains("its header holds impossible values");
        });
        // Sixty-four bytes pass the check; the changed salt then no longer derives the key that unwraps.
        writeHeader(withSalt(64));
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));

        writeHeader(original);
        open().close();
    }

    @Test
    void theHeaderTheVaultWroteDecodesToTheSameBytes() throws Exception {
        VaultHeader header = VaultHeader.decode(original);
        assertThat(header.encode()).isEqualTo(original);
        assertThat(header.vaultId()).hasSize(VaultHeader.VAULT_ID_BYTES).isEqualTo(Arrays.copyOfRange(original, 5, 21));
        assertThat(header.kdf()).isEqualTo(VaultOptions.forTests().floor());
        byte[] id = header.vaultId();
        id[0] ^= 1;
        assertThat(header.vaultId()).as("a copy each time").isNotEqualTo(id);
    }

    private Vault open() throws VaultException {
        return Vault.open(file, TestKeys.password(), VaultOptions.forTests());
    }

    /** The original header with a salt of {@code length} bytes (the wrapped key follows it unchanged), checksum rewritten. */
    private byte[] withSalt(int length) throws Exception {
        byte[] body = Arrays.copyOf(original, original.length - CHECKSUM_BYTES);
        int oldLength = Byte.toUnsignedInt(body[SALT_LENGTH]);
        byte[] rest = Arrays.copyOfRange(body, SALT_LENGTH + 1 + oldLength, body.length);
        byte[] edited = ByteBuffer.allocate(SALT_LENGTH + 1 + length + rest.length)
                .put(body, 0, SALT_LENGTH).put((byte) length).put(new byte[length]).put(rest).array();
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(edited);
        return ByteBuffer.allocate(edited.length + CHECKSUM_BYTES).put(edited).put(checksum).array();
    }

    private void writeHeader(byte[] header) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.setBlob("vault_header", "header", 1, header);
        }
    }
}
