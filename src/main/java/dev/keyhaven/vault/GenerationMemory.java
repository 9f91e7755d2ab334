package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The last generation Keyhaven saw of each vault (by vault id), kept outside the vault file, in
 * {@value #FILE_NAME} in the folder given (beside the app's settings). A vault file that comes back
 * with a lower generation is an older copy of itself. A memory that cannot be written is left as it
 * was; one that exists but is not as Keyhaven writes it (garbled, truncated, unreadable) is set aside,
 * kept as it was under another name, and said once ({@link #setAsideIfUnreadable}): it never locks anyone
 * out, and it is never silently replaced by a memory of the (perhaps rolled-back) file at hand.
 */
public final class GenerationMemory {

    static final String FILE_NAME = "vault-generations.txt";
    private static final String FIRST_LINE = "# The last generation Keyhaven saw of each vault: do not edit.";
    private static final Pattern LINE = Pattern.compile("[0-9a-f]+=[0-9]{1,18}:!?[0-9a-f]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;

    public GenerationMemory(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    /** The generation last seen and the fingerprint of its seal (empty when unknown). */
    record Seen(long generation, String fingerprint) {
    }

    synchronized Optional<Seen> lastSeen(byte[] vaultId) {
        return Optional.ofNullable(read().get(HexFormat.of().formatHex(vaultId)));
    }

    /**
     * Remembers {@code generation} as the last one seen of the vault; gives up quietly if it cannot, and
     * never writes over a file that is not as Keyhaven wrote it.
     */
    synchronized void remember(byte[] vaultId, long generation, String fingerprint) {
        Map<String, Seen> all = read();
        String id = HexFormat.of().formatHex(vaultId);
        Seen seen = new Seen(generation, fingerprint == null ? "" : fingerprint);
        if (seen.equals(all.get(id))) {
            return;
        }
        all.put(id, seen);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !readable()) {
            // evidence of what was there: only setAsideIfUnreadable moves it, nothing writes over it
            return;
        }
        StringBuilder text = new StringBuilder(FIRST_LINE + "\n");
        all.forEach((vault, last) -> text.append(vault).append('=').append(last.generation()).append(':')
                .append(last.fingerprint()).append('\n'));
        new MemoryFile(file).write(text);
    }

    /**
     * When the memory file exists but is not one Keyhaven wrote (not text, garbled, emptied, without its comment
     * line first, a line it does not write): moves it aside under a name of its own beside it, kept as evidence, and gives
     * where it now is; the memory then starts empty. If it cannot be moved, it stays where it is and is not
     * written over (each opening then says so again). Empty when the file is missing or as Keyhaven wrote it.
     */
    synchronized Optional<Path> setAsideIfUnreadable(Clock clock) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || readable()) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling("vault-generations.unreadable-" + STAMP.format(clock.instant()) + ".txt");
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling("vault-generations.unreadable-" + STAMP.format(clock.instant()) + "-" + n + ".txt");
        }
        try {
            Files.move(file, aside);
            return Optional.of(aside);
        } catch (IOException | RuntimeException e) {
            return Optional.of(file);
        }
    }

    private boolean readable() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            List<String> lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().lines().toList();
            return !lines.isEmpty() && lines.get(0).startsWith("#") && lines.stream()
                    .allMatch(line -> line.isBlank() || line.startsWith("#") || LINE.matcher(line).matches());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Map<String, Seen> read() {
        Map<String, Seen> all = new TreeMap<>();
        for (String line : new MemoryFile(file).lines()) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String[] value = line.substring(equals + 1).strip().split(":", 2);
            try {
                all.put(line.substring(0, equals).strip(),
                        new Seen(Long.parseLong(value[0]), value.length > 1 ? value[1] : ""));
            } catch (NumberFormatException notOurs) {
                // a line someone else wrote: skip it
            }
        }
        return all;
    }
}
