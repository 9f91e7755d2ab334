package dev.keyhaven.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The wipeable holder every credential and master password travels in. */
class SecretTest {

    @Test
    void closeWipesTheCharactersItHeld() {
        char[] held = "s3cret".toCharArray();
        Secret secret = Secret.wrap(held);

        secret.close();

        assertThat(held).containsOnly('\0');
        assertThat(secret.isWiped()).isTrue();
        assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class)
                .hasMessage("This secret has been wiped");
    }

    @Test
    void aWipedSecretLendsNothing() {
        Secret secret = Secret.ofString("abc");
        secret.wipe();
        secret.wipe();

        assertThatThrownBy(secret::length).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::isEmpty).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::chars).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::utf8).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::copy).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::stripped).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::hasOuterWhitespace).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secret.apply(chars -> chars.length)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secret.contentEquals(Secret.ofString("abc")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Secret.ofString("abc").contentEquals(secret))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFreshSecretIsNotWiped() {
        try (Secret secret = Secret.ofString("abc")) {
            assertThat(secret.isWiped()).isFalse();
            assertThat(secret.length()).isEqualTo(3);
            assertThat(secret.isEmpty()).isFalse();
        }
        assertThat(Secret.empty().isEmpty()).isTrue();
        assertThat(Secret.empty().length()).isZero();
        assertThat(Secret.ofString(null).isEmpty()).isTrue();
        assertThat(Secret.wrap(null).isEmpty()).isTrue();
        assertThat(Secret.copyOf(null).isEmpty()).isTrue();
    }

    @Test
    void copyOfLeavesTheCallersArrayToTheCaller() {
        char[] mine = "value".toCharArray();
        Secret secret = Secret.copyOf(mine);
        java.util.Arrays.fill(mine, 'x');
        assertThat(secret.reveal()).isEqualTo("value");

        secret.close();
        assertThat(mine).containsOnly('x');
    }

    @Test
    void wrapTakesTheArrayItself() {
        char[] mine = "value".toCharArray();
        Secret secret = Secret.wrap(mine);
        mine[0] = 'V';
        assertThat(secret.reveal()).isEqualTo("Value");
    }

    @Test
    void copiesAreIndependentOfTheOriginal() {
        Secret original = Secret.ofString("passphrase");
        Secret copy = original.copy();
        char[] chars = original.chars();

        original.close();

        assertThat(copy.isWiped()).isFalse();
        assertThat(copy.reveal()).isEqualTo("passphrase");
        assertThat(new String(chars)).isEqualTo("passphrase");
        chars[0] = 'X';
        assertThat(copy.reveal()).isEqualTo("passphrase");
    }

    @Test
    void charsIsACopyThatTheCallerMayWipe() {
        Secret secret = Secret.ofString("abc");
        char[] chars = secret.chars();
        java.util.Arrays.fill(chars, '\0');
        assertThat(secret.reveal()).isEqualTo("abc");
    }

    @Test
    void applyLendsTheLiveCharacters() {
        Secret secret = Secret.ofString("abc");
        AtomicReference<char[]> lent = new AtomicReference<>();
        int length = secret.apply(chars -> {
            lent.set(chars);
            return chars.length;
        });
        assertThat(length).isEqualTo(3);
        secret.close();
        assertThat(lent.get()).containsOnly('\0');
    }

    @Test
    void utf8RoundTripsEveryCharacter() {
        String value = "pässwörd €𝄞";
        Secret secret = Secret.ofString(value);

        byte[] bytes = secret.utf8();

        assertThat(bytes).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
        assertThat(Secret.fromUtf8(bytes).reveal()).isEqualTo(value);
        assertThat(Secret.fromUtf8(new byte[0]).isEmpty()).isTrue();
    }

    @Test
    void theCodecsScratchBuffersAreWipedAfterCopying() {
        java.nio.CharBuffer chars = java.nio.CharBuffer.wrap("xxabcxx".toCharArray(), 2, 3);
        assertThat(Secret.takeAndWipe(chars)).containsExactly('a', 'b', 'c');
        assertThat(chars.array()).containsOnly('\0');

        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(new byte[] {9, 1, 2, 9}, 1, 2);
        assertThat(Secret.takeAndWipe(bytes)).containsExactly(1, 2);
        assertThat(bytes.array()).containsOnly(0);
    }

    @Test
    void strippedRemovesOnlyOuterWhitespaceOfEveryKind() {
        assertThat(Secret.ofString(" \t\u00A0\u200B\uFEFFa b\n\r ").stripped().reveal()).isEqualTo("a b");
        assertThat(Secret.ofString("ab").stripped().reveal()).isEqualTo("ab");
        assertThat(Secret.ofString("   ").stripped().isEmpty()).isTrue();
        assertThat(Secret.ofString("").stripped().isEmpty()).isTrue();
        assertThat(Secret.ofString("a ").stripped().reveal()).isEqualTo("a");
        assertThat(Secret.ofString(" a").stripped().reveal()).isEqualTo("a");

        Secret original = Secret.ofString(" a ");
        Secret stripped = original.stripped();
        original.close();
        assertThat(stripped.reveal()).isEqualTo("a");
    }

    @Test
    void outerWhitespaceIsFoundAtEitherEnd() {
        assertThat(Secret.ofString(" a").hasOuterWhitespace()).isTrue();
        assertThat(Secret.ofString("a ").hasOuterWhitespace()).isTrue();
        assertThat(Secret.ofString("a\u00A0").hasOuterWhitespace()).isTrue();
        assertThat(Secret.ofString("\u200Ba").hasOuterWhitespace()).isTrue();
        assertThat(Secret.ofString("a\uFEFF").hasOuterWhitespace()).isTrue();
        assertThat(Secret.ofString("a b").hasOuterWhitespace()).isFalse();
        assertThat(Secret.ofString("a").hasOuterWhitespace()).isFalse();
        assertThat(Secret.ofString("").hasOuterWhitespace()).isFalse();
    }

    @Test
    void contentEqualsComparesEveryCharacterAndTheLength() {
        assertThat(Secret.ofString("abc").contentEquals(Secret.ofString("abc"))).isTrue();
        assertThat(Secret.ofString("").contentEquals(Secret.empty())).isTrue();
        assertThat(Secret.ofString("abc").contentEquals(Secret.ofString("abd"))).isFalse();
        assertThat(Secret.ofString("abc").contentEquals(Secret.ofString("xbc"))).isFalse();
        assertThat(Secret.ofString("abc").contentEquals(Secret.ofString("ab"))).isFalse();
        assertThat(Secret.ofString("ab").contentEquals(Secret.ofString("abc"))).isFalse();
        assertThat(Secret.ofString("a").contentEquals(Secret.ofString("b"))).isFalse();
        assertThat(Secret.ofString("").contentEquals(Secret.ofString("a"))).isFalse();
        // A value may end in NUL characters; only the length tells "a" from "a\0".
        assertThat(Secret.ofString("a").contentEquals(Secret.ofString("a\0"))).isFalse();
        assertThat(Secret.ofString("a\0").contentEquals(Secret.ofString("a"))).isFalse();
        assertThat(Secret.ofString("\0").contentEquals(Secret.ofString(""))).isFalse();
    }

    @Test
    void contentEqualsLooksAtEveryCharacterWhateverTheFirstDifference() {
        // Constant time: the loop does not stop at the first difference, so a difference at the start and
        // one at the end (where an early exit would have stopped long before) are both found.
        Secret reference = Secret.ofString("0123456789");
        assertThat(reference.contentEquals(Secret.ofString("x123456789"))).isFalse();
        assertThat(reference.contentEquals(Secret.ofString("012345678x"))).isFalse();
        assertThat(reference.contentEquals(Secret.ofString("x12345678x"))).isFalse();
    }

    @Test
    void equalityIsByIdentity() {
        Secret a = Secret.ofString("same");
        Secret b = Secret.ofString("same");
        assertThat(a).isNotEqualTo(b).isEqualTo(a);
    }

    @Test
    void toStringNeverShowsTheValue() {
        Secret secret = Secret.ofString("hunter2");
        assertThat(secret.toString()).isEqualTo("Secret[hidden]").doesNotContain("hunter2");
    }

    @Test
    void credentialsCloseWipesAllThree() {
        char[] apiKey = "api".toCharArray();
        char[] secretKey = "sec".toCharArray();
        char[] passphrase = "pass".toCharArray();
        Credentials credentials = new Credentials(Secret.wrap(apiKey), Secret.wrap(secretKey),
                Secret.wrap(passphrase));

        credentials.close();

        assertThat(apiKey).containsOnly('\0');
        assertThat(secretKey).containsOnly('\0');
        assertThat(passphrase).containsOnly('\0');
        assertThat(credentials.apiKey().isWiped()).isTrue();
        assertThat(credentials.secretKey().isWiped()).isTrue();
        assertThat(credentials.passphrase().isWiped()).isTrue();
    }

    @Test
    void credentialsCopyOutlivesTheOriginal() {
        Credentials original = new Credentials(Secret.ofString("api"), Secret.ofString("sec"),
                Secret.ofString("pass"));
        Credentials copy = original.copy();
        original.close();

        assertThat(copy.apiKey().reveal()).isEqualTo("api");
        assertThat(copy.secretKey().reveal()).isEqualTo("sec");
        assertThat(copy.passphrase().reveal()).isEqualTo("pass");
    }

    @Test
    void credentialsRefuseAMissingValueAndHideThemselves() {
        assertThatThrownBy(() -> new Credentials(null, Secret.empty(), Secret.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("apiKey");
        assertThatThrownBy(() -> new Credentials(Secret.empty(), null, Secret.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("secretKey");
        assertThatThrownBy(() -> new Credentials(Secret.empty(), Secret.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("passphrase");
        Credentials credentials = new Credentials(Secret.ofString("api"), Secret.ofString("sec"),
                Secret.ofString("pass"));
        assertThat(credentials.toString()).isEqualTo("Credentials[hidden]");
    }
}
