package dev.keyhaven.secret;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A sensitive value (API key, secret key, passphrase, master password) held as a {@code char[]} that
 * can be wiped. It never shows itself in {@link #toString()}, and equality is by identity: compare
 * contents with {@link #contentEquals(Secret)}, which takes constant time.
 *
 * <p>Use it in a try-with-resources block: {@link #close()} wipes it.
 */
public final class Secret implements AutoCloseable {

    private static final char[] EMPTY = new char[0];

    private char[] chars;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars}: the caller must not use or wipe the array afterwards. */
    public static Secret wrap(char[] chars) {
        return new Secret(chars == null ? EMPTY : chars);
    }

    /** Copies {@code chars}; the caller keeps, and should wipe, its own array. */
    public static Secret copyOf(char[] chars) {
        return new Secret(chars == null ? EMPTY : chars.clone());
    }

    /** Decodes UTF-8 bytes; the caller keeps, and should wipe, its own array. */
    public static Secret fromUtf8(byte[] bytes) {
        return new Secret(takeAndWipe(StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes))));
    }

    /**
     * For values that arrive as a {@code String} anyway (a test, an environment variable). Prefer the
     * char[] factories: the String cannot be wiped.
     */
    public static Secret ofString(String value) {
        return new Secret(value == null ? EMPTY : value.toCharArray());
    }

    public static Secret empty() {
        return new Secret(EMPTY);
    }

    public int length() {
        return live().length;
    }

    public boolean isEmpty() {
        return live().length == 0;
    }

    public boolean isWiped() {
        return chars == null;
    }

    /** Lends the characters to {@code use} without copying them; {@code use} must not keep the array. */
    public <T> T apply(Function<char[], T> use) {
        return use.apply(live());
    }

    /** A copy of the characters; the caller wipes it. */
    public char[] chars() {
        return live().clone();
    }

    /** The value as UTF-8 bytes; the caller wipes them. */
    public byte[] utf8() {
        return takeAndWipe(StandardCharsets.UTF_8.encode(CharBuffer.wrap(live())));
    }

    /**
     * The value as a String, for the one place that cannot take anything else (an HTTP header value, a
     * child process's environment). Build it at the last moment and let it go at once.
     */
    public String reveal() {
        return new String(live());
    }

    public Secret copy() {
        return new Secret(live().clone());
    }

    /** A copy without leading and trailing white space (spaces, tabs, line breaks, no-break spaces). */
    public Secret stripped() {
        char[] value = live();
        int start = 0;
        int end = value.length;
        while (start < end && isSpace(value[start])) {
            start++;
        }
        while (end > start && isSpace(value[end - 1])) {
            end--;
        }
        return new Secret(Arrays.copyOfRange(value, start, end));
    }

    /** True when the value starts or ends with white space, the classic copy-and-paste mistake. */
    public boolean hasOuterWhitespace() {
        char[] value = live();
        return value.length > 0 && (isSpace(value[0]) || isSpace(value[value.length - 1]));
    }

    /** Compares contents in time that depends only on the lengths. */
    public boolean contentEquals(Secret other) {
        char[] a = live();
        char[] b = other.live();
        int difference = a.length ^ b.length;
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            char x = i < a.length ? a[i] : 0;
            char y = i < b.length ? b[i] : 0;
            difference |= x ^ y;
        }
        return difference == 0;
    }

    /** Overwrites the characters. Safe to call more than once. */
    public void wipe() {
        if (chars != null) {
            Arrays.fill(chars, '\0');
            chars = null;
        }
    }

    @Override
    public void close() {
        wipe();
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }

    private char[] live() {
        if (chars == null) {
            throw new IllegalStateException("This secret has been wiped");
        }
        return chars;
    }

    /** The buffer's content as an array of its own; the buffer's whole backing array is overwritten. */
    static char[] takeAndWipe(CharBuffer buffer) {
        char[] result = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), '\0');
        return result;
    }

    /** The buffer's content as an array of its own; the buffer's whole backing array is overwritten. */
    static byte[] takeAndWipe(ByteBuffer buffer) {
        byte[] result = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return result;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
