package dev.keyhaven.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of standard input straight into char arrays, so that a secret never becomes a String.
 * Buffers that are outgrown are wiped.
 */
final class SecretLineReader {

    private final Reader reader;

    SecretLineReader(InputStream input) {
        this.reader = new InputStreamReader(input, StandardCharsets.UTF_8);
    }

    /** The next line without its line break; null when the input had already ended. The caller wipes it. */
    char[] nextLine() throws IOException {
        char[] buffer = new char[64];
        int length = 0;
        int next = reader.read();
        if (next < 0) {
            return null;
        }
        while (next >= 0 && next != '\n') {
            if (length == buffer.length) {
                char[] larger = Arrays.copyOf(buffer, buffer.length * 2);
                Arrays.fill(buffer, '\0');
                buffer = larger;
            }
            buffer[length++] = (char) next;
            next = reader.read();
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return line;
    }
}
