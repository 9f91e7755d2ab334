package dev.keyhaven.cli;

import dev.keyhaven.vault.VaultLocation;
import dev.keyhaven.vault.VaultOptions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands take from the world around them: environment variables, standard input, the
 * terminal, how vaults are opened and which time zone people read. {@link #system()} is the real
 * process; tests build their own with {@link #builder()}, which is the only way to get cheap vault
 * settings: no flag, property or variable can.
 */
public final class CliContext {

    private final Map<String, String> environment;
    private final InputStream standardInput;
    private final Terminal terminal;
    private final VaultOptions vaultOptions;
    private final Supplier<Path> defaultVault;
    private final ZoneId zone;
    private final MemoryGuard memoryGuard;

    private CliContext(Builder builder) {
        this.environment = Map.copyOf(builder.environment);
        this.standardInput = builder.standardInput;
        this.terminal = builder.terminal;
        // The vault tells days (an archived key's, say) in the command line's zone.
        this.vaultOptions = builder.vaultOptions.withClock(builder.vaultOptions.clock().withZone(builder.zone));
        this.defaultVault = builder.defaultVault;
        this.zone = builder.zone;
        this.memoryGuard = builder.memoryGuard;
    }

    /** This process: its environment, standard input, System.console() and the standard vault settings. */
    public static CliContext system() {
        return builder()
                .environment(System.getenv())
                // Unbuffered: 'run --password-stdin' reads one line and leaves the rest for the program it starts.
                .standardInput(new FileInputStream(FileDescriptor.in))
                .terminal(ConsoleTerminal.ofThisProcess())
                .vaultOptions(VaultOptions.standard())
                .defaultVault(() -> VaultLocation.ofThisUser().defaultVault())
                .zone(ZoneId.systemDefault())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The environment variables; also the base of a {@code run} child's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    public String variable(String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public InputStream standardInput() {
        return standardInput;
    }

    public Terminal terminal() {
        return terminal;
    }

    public VaultOptions vaultOptions() {
        return vaultOptions;
    }

    /** The vault used when neither {@code --vault} nor {@code KEYHAVEN_VAULT} names one. */
    public Path defaultVault() {
        return defaultVault.get();
    }

    public ZoneId zone() {
        return zone;
    }

    MemoryGuard memoryGuard() {
        return memoryGuard;
    }

    public static final class Builder {
        private Map<String, String> environment = Map.of();
        private InputStream standardInput = InputStream.nullInputStream();
        private Terminal terminal = Terminal.NONE;
        private VaultOptions vaultOptions = VaultOptions.standard();
        private Supplier<Path> defaultVault = () -> VaultLocation.ofThisUser().defaultVault();
        private ZoneId zone = ZoneId.systemDefault();
        private MemoryGuard memoryGuard = MemoryGuard.OF_THIS_PROCESS;

        private Builder() {
        }

        public Builder environment(Map<String, String> variables) {
            this.environment = Objects.requireNonNull(variables);
            return this;
        }

        public Builder standardInput(InputStream input) {
            this.standardInput = Objects.requireNonNull(input);
            return this;
        }

        public Builder terminal(Terminal newTerminal) {
            this.terminal = Objects.requireNonNull(newTerminal);
            return this;
        }

        public Builder vaultOptions(VaultOptions options) {
            this.vaultOptions = Objects.requireNonNull(options);
            return this;
        }

        public Builder defaultVault(Supplier<Path> location) {
            this.defaultVault = Objects.requireNonNull(location);
            return this;
        }

        public Builder zone(ZoneId newZone) {
            this.zone = Objects.requireNonNull(newZone);
            return this;
        }

        Builder memoryGuard(MemoryGuard guard) {
            this.memoryGuard = Objects.requireNonNull(guard);
            return this;
        }

        public CliContext build() {
            return new CliContext(this);
        }
    }
}
