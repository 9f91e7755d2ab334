package dev.keyhaven.vault;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/** The attack "edited header", for the tests of every face: a vault file's header changed outside Keyhaven. */
public final class EditedHeader {

    private static final int SALT_LENGTH = 34;
    private static final int CHECKSUM_BYTES = 32;

    private EditedHeader() {
    }

    /** Changes the first byte of the salt, inside the data key's associated data, and rewrites the checksum. */
    public static void editTheSalt(Path file) throws Exception {
        byte[] stored;
        try (RawVaultFile raw = new RawVaultFile(file)) {
            stored = raw.blob("vault_header", "header", 1);
        }
        byte[] body = Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES);
        body[SALT_LENGTH + 1] ^= 1;
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.setBlob("vault_header", "header", 1,
                    ByteBuffer.allocate(body.length + CHECKSUM_BYTES).put(body).put(checksum).array());
        }
    }
}
