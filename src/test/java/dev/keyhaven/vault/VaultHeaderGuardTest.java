package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check of the header, reached past the checksum: a field is edited and the checksum rewritten, as an
 * attacker with the file would do. Offsets follow the layout documented in {@link VaultHeader}.
 */
class VaultHeaderGuardTest {

    private static final int LAYOUT = 4;
    private static final int ALGORITHM = 21;
    private static final int MEMORY = 22;
    private static final int ITERATIONS = 26;
    private static final int LANES = 30;
    private static final int SALT_LENGTH = 34;
    private static final int CHECKSUM_BYTES = 32;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void createVault() throws Exception {
        file = folder.resolve("keys.khvault");
        Vault.create(file, TestKeys.password(), VaultOptions.forTests()).close();
    }

    @Test
    void anUnknownMagicLayoutOrAlgorithmIsDamage() throws Exception {
        assertDamaged(body -> set(body, 0, (byte) 'X'), "its header has a layout this version does not know");
        assertDamaged(body -> set(body, LAYOUT, (byte) 3), "its header has a layout this version does not know");
        assertDamaged(body -> set(body, LAYOUT, (byte) 0), "its header has a layout this version does not know");
        assertDamaged(body -> set(body, ALGORITHM, (byte) 2), "its header has a layout this version does not know");
        assertDamaged(body -> set(body, ALGORITHM, (byte) 0), "its header has a layout this version does not know");
    }

    @Test
    @Tag("mutation-redundant")
    void kdfSettingsOutsideTheSaneLimitsAreDamageNotObeyed() throws Exception {
        assertDamaged(body -> putInt(body, ITERATIONS, 0), "its header holds impossible values");
        assertDamaged(body -> putInt(body, ITERATIONS, Argon2idKdf.MAX_STORED_ITERATIONS + 1),
                "its header holds impossible values");
        assertDamaged(body -> putInt(body, LANES, 0), "its header holds impossible values");
        assertDamaged(body -> putInt(body, LANES, Argon2idKdf.MAX_PARALLELISM + 1), "its header holds impossible values");
        assertDamaged(body -> putInt(body, MEMORY, Argon2idKdf.MAX_MEMORY_KIB + 1), "its header holds impossible values");
        assertDamaged(body -> putInt(body, MEMORY, -1), "its header holds impossible values");
    }

    @Test
    void kdfSettingsAskingForMoreWorkThanKeyhavenWritesAreDamageBeforeAnyDerivation() throws Exception {
        // Each value alone is within its bound; together they ask for twice the most work Keyhaven writes.
        assertDamaged(body -> putInt(putInt(body, MEMORY, 2 * KdfParameters.FLOOR.memoryKiB()), ITERATIONS,
                Argon2idKdf.MAX_STORED_ITERATIONS), "its header holds impossible values");
    }

    @Test
    void aSaltShorterThanSixteenBytesIsDamage() throws Exception {
        assertDamaged(body -> withSalt(body, 15), "its header holds impossible values");
        // Sixteen bytes pass the check; the changed settings then no longer unwrap the data key.
        assertRefused(body -> withSalt(body, 16), Reason.WRONG_PASSWORD);
    }

    @Test
    @Tag("mutation-redundant")
    void bytesAfterTheWrappedKeyAreDamage() throws Exception {
        assertDamaged(body -> {
            byte[] longer = Arrays.copyOf(body, body.length + 1);
            longer[body.length] = 7;
            return longer;
        }, "its header holds impossible values");
    }

    @Test
    @Tag("mutation-redundant")
    void aChangedSettingWithinTheLimitsNoLongerUnwrapsTheKey() throws Exception {
        assertRefused(body -> putInt(body, ITERATIONS, 2), Reason.WRONG_PASSWORD);
    }

    @Test
    void aHeaderThatIsTooShortIsDamage() throws Exception {
        writeHeader(new byte[CHECKSUM_BYTES + 3]);
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains("it is too short");
        });
    }

    @Test
    void aHeaderJustLongEnoughForMagicAndChecksumIsCheckedByItsChecksum() throws Exception {
        writeHeader(new byte[CHECKSUM_BYTES + 4]);
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains("its header does not match its checksum");
        });
    }

    @Test
    void aDataKeyThatIsNotThirtyTwoBytesIsRefusedNotUsedForAes128() throws Exception {
        byte[] vaultId;
        try (RawVaultFile raw = new RawVaultFile(file)) {
            vaultId = Arrays.copyOfRange(raw.blob("vault_header", "header", 1), 5, 5 + VaultHeader.VAULT_ID_BYTES);
        }
        for (int length : new int[] {16, 24, 31, 33}) {
            VaultHeader forged = VaultHeader.seal(vaultId, VaultOptions.forTests().floor(), TestKeys.password(),
                    new byte[length], Schema.SEALED_FROM);
            // In a file, the wrapped key's length gives it away before any derivation (issue 14): damage.
            writeHeader(forged.encode());
            assertThatThrownBy(this::open).as("a %d-byte data key in the file", length)
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                        assertThat(e.getMessage()).contains("its header holds impossible values");
                    });
            // Behind that check, unwrapping still refuses a data key of the wrong length rather than using it.
            assertThatThrownBy(() -> forged.unwrapDataKey(TestKeys.password())).as("a %d-byte data key unwrapped", length)
                    .isInstanceOf(VaultHeader.WrongPassword.class);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void settingsBelowTheFloorAreRefusedAsADowngrade() throws Exception {
        KdfParameters floor = VaultOptions.forTests().floor();
        VaultOptions stricter = new VaultOptions(new KdfParameters(floor.memoryKiB() + 1, floor.iterations(),
                floor.parallelism()), java.time.Duration.ZERO, java.time.Clock.systemUTC());
        assertThatThrownBy(() -> Vault.open(file, TestKeys.password(), stricter))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WEAK_PARAMETERS));
        VaultOptions morePasses = new VaultOptions(new KdfParameters(floor.memoryKiB(), floor.iterations() + 1,
                floor.parallelism()), java.time.Duration.ZERO, java.time.Clock.systemUTC());
        assertThatThrownBy(() -> Vault.open(file, TestKeys.password(), morePasses))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WEAK_PARAMETERS));
        open().close();
    }

    @Test
    @Tag("mutation-redundant")
    void theUntouchedHeaderStillOpens() throws Exception {
        rewrite(UnaryOperator.identity());
        open().close();
    }

    private Vault open() throws VaultException {
        return Vault.open(file, TestKeys.password(), VaultOptions.forTests());
    }

    private void assertDamaged(UnaryOperator<byte[]> edit, String why) throws Exception {
        byte[] original = header();
        rewrite(edit);
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(e.getMessage()).contains(why);
        });
        writeHeader(original);
    }

    private void assertRefused(UnaryOperator<byte[]> edit, Reason reason) throws Exception {
        byte[] original = header();
        rewrite(edit);
        assertThatThrownBy(this::open).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
        writeHeader(original);
    }

    /** Applies {@code edit} to the header's body and seals it again with a correct checksum. */
    private void rewrite(UnaryOperator<byte[]> edit) throws Exception {
        byte[] stored = header();
        byte[] body = edit.apply(Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES));
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
        writeHeader(ByteBuffer.allocate(body.length + CHECKSUM_BYTES).put(body).put(checksum).array());
    }

    private byte[] header() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            return raw.blob("vault_header", "header", 1);
        }
    }

    private void writeHeader(byte[] header) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.setBlob("vault_header", "header", 1, header);
        }
    }

    private static byte[] set(byte[] body, int offset, byte value) {
        body[offset] = value;
        return body;
    }

    private static byte[] putInt(byte[] body, int offset, int value) {
        ByteBuffer.wrap(body).putInt(offset, value);
        return body;
    }

    /** The same header with a salt of {@code length} bytes (the wrapped key follows it unchanged). */
    private static byte[] withSalt(byte[] body, int length) {
        int oldLength = Byte.toUnsignedInt(body[SALT_LENGTH]);
        byte[] rest = Arrays.copyOfRange(body, SALT_LENGTH + 1 + oldLength, body.length);
        return ByteBuffer.allocate(SALT_LENGTH + 1 + length + rest.length)
                .put(body, 0, SALT_LENGTH).put((byte) length).put(new byte[length]).put(rest).array();
    }

    @Test
    void anEmptyMasterPasswordNeverProtectsAVault() throws Exception {
        Path other = folder.resolve("empty.khvault");
        for (Secret empty : new Secret[] {Secret.empty(), wiped()}) {
            assertThatThrownBy(() -> Vault.create(other, empty, VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
            assertThat(other).doesNotExist();
        }
        try (Vault vault = open()) {
            assertThatThrownBy(() -> vault.changePassword(TestKeys.password(), Secret.empty()))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
        }
        open().close();
    }

    private static Secret wiped() {
        Secret secret = Secret.ofString("was a password");
        secret.wipe();
        return secret;
    }
}
