package dev.keyhaven.vault;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/** A vault header edited outside Keyhaven the way someone who knows the format would: checksum rewritten. */
public final class EditedHeader {

    /** The first byte of the salt, inside the data key's associated data. */
    private static final int SALT_BYTE = 35;
    private static final int CHECKSUM_BYTES = 32;

    private EditedHeader() {
    }

    /** Changes the first byte of the salt and rewrites the checksum, so that the header still looks whole. */
    public static void editTheSalt(Path vaultFile) throws Exception {
        byte[] stored;
        try (RawVaultFile raw = new RawVaultFile(vaultFile)) {
            stored = raw.blob("vault_header", "header", 1);
        }
        byte[] body = Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES);
        body[SALT_BYTE] ^= 1;
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
        try (RawVaultFile raw = new RawVaultFile(vaultFile)) {
            raw.setBlob("vault_header", "header", 1,
                    ByteBuffer.allocate(body.length + CHECKSUM_BYTES).put(body).put(checksum).array());
        }
    }
}
