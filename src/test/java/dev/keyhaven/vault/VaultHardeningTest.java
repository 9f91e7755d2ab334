package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.VaultException.Reason;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Absurd KDF settings, value lengths, and the data key after lock. */
class VaultHardeningTest {

    /** Offsets in the header: "KHVH" | layout | vault id(16) | algorithm | memory | passes | lanes | salt length. */
    private static final int MEMORY = 22;
    private static final int PASSES = 26;
    private static final int LANES = 30;
    private static final int SALT_LENGTH = 34;

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    @Tag("mutation-redundant")
    void headersWithAbsurdKdfSettingsAreRefusedAsDamageBeforeDeriving() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        byte[] original;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            original = raw.blob("vault_header", "header", 1);
        }
        assertRefusedQuickly(original, header -> header.putInt(MEMORY, 1024 * 1024 + 1), "memory above 1 GiB");
        assertRefusedQuickly(original, header -> header.putInt(MEMORY, 4 * 1024 * 1024), "4 GiB");
        assertRefusedQuickly(original, header -> header.putInt(PASSES, 65), "65 passes");
        assertRefusedQuickly(original, header -> header.putInt(PASSES, 1000), "1,000 passes");
        assertRefusedQuickly(original, header -> header.putInt(LANES, 5), "5 lanes");
        assertRefusedQuickly(original, header -> header.putInt(LANES, 16), "16 lanes");
        assertRefusedQuickly(original, header -> header.putInt(PASSES, 0), "no pass");
        assertRefusedQuickly(withSaltLength(original, 8), header -> { }, "an 8-byte salt");
        assertRefusedQuickly(withSaltLength(original, 65), header -> { }, "a 65-byte salt");

        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("vault_header", "header", 1, original);
        }
        Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close();
    }

    @Test
    @Tag("mutation-redundant")
    void aWrappedKeyOfAnotherLengthIsDamage() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        byte[] original;
        try (RawVaultFile raw = new RawVaultFile(file())) {
            original = raw.blob("vault_header", "header", 1);
        }
        int body = original.length - 32;
        byte[] longer = Arrays.copyOf(Arrays.copyOf(original, body), body + 1 + 32);
        // the wrapped key's length field sits just before its 61 bytes
        ByteBuffer.wrap(longer).putShort(body - 61 - 2, (short) 62);
        store(withChecksum(longer));
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void passphrasesOfDifferentLengthsGiveCiphertextsOfTheSameLength() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long shortOne = vault.add(new KeyDraft("short", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "n",
                    90, TestKeys.credentials("k1", "s1", "Pass1!"))).record().id();
            long longOne = vault.add(new KeyDraft("a longer label", Purpose.TRADING, Environment.LIVE,
                    Region.EEA, null, "longer notes than the other's", 90,
                    TestKeys.credentials("a-much-longer-api-key-0123456789", "secret-key-0123456789ABCDEF0123456789",
                            "A-Passphrase-Of-32-Characters!!!"))).record().id();
            try (RawVaultFile raw = new RawVaultFile(file())) {
                for (String field : KeyRows.FIELDS) {
                    assertThat(raw.blob("keys", field, longOne)).as(field)
                            .hasSameSizeAs(raw.blob("keys", field, shortOne));
                }
                assertThat(raw.blob("keys", KeyRows.PASSPHRASE, shortOne)).hasSize(1 + 12 + Padding.CREDENTIAL + 16);
            }
        }
    }

    @Test
    @Tag("mutation-redundant")
    void paddingIsStrict() {
        byte[] value = {1, 2, 3};
        byte[] padded = Padding.pad(value, 64);
        assertThat(padded).hasSize(64);
        assertThat(Padding.unpad(padded)).containsExactly(1, 2, 3);
        assertThat(Padding.pad(new byte[60], 64)).hasSize(64);
        assertThat(Padding.pad(new byte[61], 64)).hasSize(128);
        byte[] trailing = padded.clone();
        trailing[63] = 1;
        assertThat(Padding.unpad(trailing)).isNull();
        byte[] tooLong = padded.clone();
        tooLong[3] = 61;
        assertThat(Padding.unpad(tooLong)).isNull();
        assertThat(Padding.unpad(new byte[3])).isNull();
    }

    @Test
    void lockingZeroesTheDataKeyWhereItIsHeld() throws Exception {
        Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
        vault.add(TestKeys.draft("grid"));
        byte[] held = vault.dataKeyForTests().keyMaterialForTests();
        assertThat(VaultPasswordChangeTest.allZero(held)).as("unlocked: the real key").isFalse();

        vault.close();

        assertThat(VaultPasswordChangeTest.allZero(held)).as("locked: zeroed in place").isTrue();
        assertThatThrownBy(() -> vault.dataKeyForTests().encrypt(new byte[1], new byte[0]))
                .isInstanceOf(IllegalStateException.class);
    }

    private void assertRefusedQuickly(byte[] original, Consumer<ByteBuffer> edit, String what) throws Exception {
        byte[] edited = original.clone();
        edit.accept(ByteBuffer.wrap(edited));
        store(withChecksum(edited));
        // This thread's CPU time, not the clock's: a loaded machine (a mutation run) stretches the wall time of a quick
        // refusal, never its CPU time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .as(what)
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).as(what).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).as(what).contains("impossible values");
                });
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        // The issue asks for 100 ms; the margin is for a loaded machine. Obeying 1 GiB or 1,000 passes takes seconds.
        assertThat(millis).as(what).isLessThan(1_000);
    }

    /** The same header, well formed, with a salt of {@code length} bytes (cut or padded with zeros). */
    private static byte[] withSaltLength(byte[] original, int length) {
        int saltStart = SALT_LENGTH + 1;
        int oldLength = Byte.toUnsignedInt(original[SALT_LENGTH]);
        int wrappedStart = saltStart + oldLength;
        int body = original.length - 32;
        ByteBuffer rebuilt = ByteBuffer.allocate(saltStart + length + (body - wrappedStart) + 32);
        rebuilt.put(original, 0, SALT_LENGTH).put((byte) length);
        rebuilt.put(Arrays.copyOfRange(original, saltStart, saltStart + length));
        rebuilt.put(original, wrappedStart, body - wrappedStart);
        return rebuilt.array();
    }

    private void store(byte[] header) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("vault_header", "header", 1, header);
        }
    }

    /** The header with its outer checksum rewritten, so that the inner checks are reached. */
    private static byte[] withChecksum(byte[] header) throws Exception {
        int body = header.length - 32;
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(header, body));
        byte[] rewritten = header.clone();
        System.arraycopy(checksum, 0, rewritten, body, 32);
        return rewritten;
    }
}
