package dev.keyhaven.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value belongs: its vault, table, row and field. It is the associated data of
 * the value's AES-GCM encryption, so a ciphertext copied to another vault, row or field fails to
 * decrypt instead of showing up in the wrong place.
 */
record ValueBinding(byte[] vaultId, String table, long rowId, String field) {

    static final String KEYS = "keys";
    static final String HISTORY = "history";

    static ValueBinding key(byte[] vaultId, long keyId, String field) {
        return new ValueBinding(vaultId, KEYS, keyId, field);
    }

    /** A history entry is bound to its own row and to the key it belongs to. */
    static ValueBinding history(byte[] vaultId, long historyId, long keyId) {
        return new ValueBinding(vaultId, HISTORY, historyId, "entry of key " + keyId);
    }

    byte[] associatedData() {
        byte[] tableBytes = table.getBytes(StandardCharsets.UTF_8);
        byte[] fieldBytes = field.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(vaultId.length + 2 + tableBytes.length + Long.BYTES + 2 + fieldBytes.length)
                .put(vaultId)
                .putShort((short) tableBytes.length).put(tableBytes)
                .putLong(rowId)
                .putShort((short) fieldBytes.length).put(fieldBytes)
                .array();
    }

    @Override
    public String toString() {
        return table + "#" + rowId + "." + field;
    }
}
