package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One opener's side of the {@link PathMemory}: at unlock, whether the file at the path is the vault last
 * opened there, and whether its format went back; afterwards, what to remember.
 */
final class VaultAtPath {

    private final Path file;
    private final byte[] vaultId;
    private final PathMemory memory;
    private final HeaderMemory headers;
    private String otherVault;
    private int highestSeen;
    private int formatFound = Integer.MAX_VALUE;

    VaultAtPath(Path file, byte[] vaultId, VaultOptions options) {
        this.file = file;
        this.vaultId = vaultId.clone();
        this.memory = options.pathMemory();
        this.headers = options.headerMemory();
    }

    /** Compares the file, of {@code format} as found (before any format update), with the memory. */
    void check(Connection connection, int format) throws SQLException {
        formatFound = format;
        if (memory == null) {
            return;
        }
        Optional<PathMemory.Seen> seen = memory.lastAt(file);
        if (seen.isEmpty()) {
            return;
        }
        if (!seen.get().isVault(vaultId)) {
            otherVault = Problems.otherVault(file, createdOn(connection, file));
        } else {
            highestSeen = seen.get().highestFormat();
        }
    }

    /** The highest format the memory saw this vault in at this path, when the file was found in a lower one. */
    OptionalInt formatWentBackFrom() {
        return formatFound < highestSeen ? OptionalInt.of(highestSeen) : OptionalInt.empty();
    }

    Optional<String> otherVaultWarning() {
        return Optional.ofNullable(otherVault);
    }

    /**
     * Remembers this vault at this path, now of {@code format} and with {@code header}; not while another
     * vault is not accepted yet.
     */
    void remember(int format, VaultHeader header) {
        if (memory != null && otherVault == null) {
            memory.remember(file, vaultId, Math.max(format, highestSeen));
            headers.remember(file, header.encode());
        }
    }

    /** Keyhaven wrote {@code header} (a new master password): a password that opens it is no sign of a change. */
    void headerWritten(VaultHeader header) {
        if (headers != null && otherVault == null) {
            headers.remember(file, header.encode());
        }
    }

    /** The user opens this other vault knowingly: it becomes the vault remembered at this path. */
    void acceptOtherVault(int format, VaultHeader header) {
        otherVault = null;
        remember(format, header);
    }

    /** Tells the memories that the vault at {@code file} is now a copy Keyhaven restored on purpose. */
    static void restored(Path file, VaultOptions options) {
        PathMemory memory = options.pathMemory();
        if (memory == null) {
            return;
        }
        try (VaultDatabase restored = VaultDatabase.openReadOnly(file)) {
            byte[] stored = restored.readHeader();
            VaultHeader header = VaultHeader.decode(stored);
            memory.remember(file, header.vaultId(), restored.userVersion());
            options.headerMemory().remember(file, stored);
        } catch (SQLException | VaultHeader.Damaged | RuntimeException e) {
            // a restored file that cannot be read is reported when it is unlocked
        }
    }

    /** When the vault was created, as far as it tells: its first key, or the file itself if that is earlier. */
    static Instant createdOn(Connection connection, Path file) throws SQLException {
        Instant earliest = Instant.now();
        try (Statement statement = connection.createStatement();
             ResultSet first = statement.executeQuery("SELECT min(created_at) FROM keys")) {
            long millis = first.next() ? first.getLong(1) : 0;
            if (!first.wasNull() && millis > 0) {
                earliest = Instant.ofEpochMilli(millis);
            }
        }
        try {
            Instant made = Files.readAttributes(file, BasicFileAttributes.class).creationTime().toInstant();
            return made.isBefore(earliest) ? made : earliest;
        } catch (IOException | RuntimeException e) {
            return earliest;
        }
    }
}
