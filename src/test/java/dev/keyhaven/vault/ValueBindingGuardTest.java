package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A value encrypted for one place (vault, table, row, field) does not decrypt in any other. */
class ValueBindingGuardTest {

    private static final byte[] VAULT = "vault-id-sixteen".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_VAULT = "other-id-sixteen".getBytes(StandardCharsets.US_ASCII);

    @Test
    @Tag("mutation-redundant")
    void aValueDecryptsOnlyWhereItWasBound() throws Exception {
        try (ValueCipher cipher = new ValueCipher(ValueCipher.randomBytes(ValueCipher.KEY_BYTES))) {
            ValueBinding home = ValueBinding.key(VAULT, 7, KeyRows.SECRET_KEY);
            byte[] stored = cipher.encrypt("secret".getBytes(StandardCharsets.UTF_8), home.associatedData());

            assertThat(cipher.decrypt(stored, ValueBinding.key(VAULT, 7, KeyRows.SECRET_KEY).associatedData()))
                    .asString(StandardCharsets.UTF_8).isEqualTo("secret");
            for (ValueBinding elsewhere : new ValueBinding[] {
                    ValueBinding.key(VAULT, 8, KeyRows.SECRET_KEY),
                    ValueBinding.key(VAULT, 7, KeyRows.PASSPHRASE),
                    ValueBinding.key(OTHER_VAULT, 7, KeyRows.SECRET_KEY),
                    ValueBinding.history(VAULT, 7, 7)}) {
                assertThatThrownBy(() -> cipher.decrypt(stored, elsewhere.associatedData())).as(elsewhere.toString())
                        .isInstanceOf(ValueCipher.TamperedException.class);
            }
        }
    }

    @Test
    void aHistoryEntryIsBoundToItsKeyAsWellAsItsRow() throws Exception {
        try (ValueCipher cipher = new ValueCipher(ValueCipher.randomBytes(ValueCipher.KEY_BYTES))) {
            byte[] stored = cipher.encrypt(new byte[] {1, 2, 3}, ValueBinding.history(VAULT, 5, 1).associatedData());

            assertThat(cipher.decrypt(stored, ValueBinding.history(VAULT, 5, 1).associatedData())).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> cipher.decrypt(stored, ValueBinding.history(VAULT, 5, 2).associatedData()))
                    .as("moved to another key's history").isInstanceOf(ValueCipher.TamperedException.class);
            assertThatThrownBy(() -> cipher.decrypt(stored, ValueBinding.history(VAULT, 6, 1).associatedData()))
                    .as("another history row").isInstanceOf(ValueCipher.TamperedException.class);
        }
    }

    @Test
    void itNamesThePlaceForADamagedValueMessageWithoutAnyValue() {
        assertThat(ValueBinding.key(VAULT, 7, KeyRows.API_KEY)).hasToString("keys#7.api_key");
        assertThat(ValueBinding.history(VAULT, 5, 1)).hasToString("history#5.entry of key 1");
    }
}
