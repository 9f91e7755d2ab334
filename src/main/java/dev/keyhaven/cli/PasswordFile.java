package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a master password from the first line of a file ({@code KEYHAVEN_PASSWORD_FILE}), as bytes
 * decoded straight into a char[]: no String holds it. A file that others may read is refused.
 */
final class PasswordFile {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
    /** A password file is one short line; anything this big is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    private PasswordFile() {
    }

    static Secret read(Path file) {
        if (Files.isDirectory(file)) {
            throw CliFailure.badInput(MasterPasswordReader.PASSWORD_FILE_VARIABLE + " names " + file + ", which is a "
                    + "folder. Name the password file itself, or unset the variable to be asked instead.");
        }
        refuseSharedFile(file);
        byte[] bytes = null;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw CliFailure.badInput(MasterPasswordReader.PASSWORD_FILE_VARIABLE + " names " + file
                        + ", which is too large to be a password file: put the password alone on its first line.");
            }
            bytes = Files.readAllBytes(file);
            return firstLine(bytes, file);
        } catch (NoSuchFileException e) {
            throw CliFailure.badInput(MasterPasswordReader.PASSWORD_FILE_VARIABLE + " names " + file
                    + ", which does not exist. Check the path, or unset the variable to be asked instead.");
        } catch (IOException e) {
            throw CliFailure.badInput("Keyhaven could not read the password file " + file + " ("
                    + e.getClass().getSimpleName() + "). Check that it is a file you may read.");
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private static void refuseSharedFile(Path file) {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null || !Files.exists(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw CliFailure.badInput("The password file " + file + " can be read or changed by other users of "
                        + "this computer, so Keyhaven did not use it. Make it yours alone with 'chmod 600 " + file
                        + "' and try again.");
            }
        } catch (IOException e) {
            throw CliFailure.badInput("Keyhaven could not read the permissions of the password file " + file
                    + ". Check that it is a file you may read.");
        }
    }

    private static Secret firstLine(byte[] bytes, Path file) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        CharBuffer decoded = null;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            Secret password = Secret.wrap(chars);
            if (password.isEmpty()) {
                throw CliFailure.badInput("The first line of the password file " + file + " is empty: put the "
                        + "master password there, alone on the line.");
            }
            return password;
        } catch (CharacterCodingException e) {
            throw CliFailure.badInput("The password file " + file + " is not UTF-8 text. Save it as plain UTF-8 text.");
        } finally {
            if (decoded != null && decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
        }
    }
}
