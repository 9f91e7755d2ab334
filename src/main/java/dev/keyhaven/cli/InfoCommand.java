package dev.keyhaven.cli;

import dev.keyhaven.vault.BackupStanding;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the vault's file, format, password protection, key count and backups.")
final class InfoCommand extends KeyhavenCommand {

    @Option(names = "--accept-older-copy",
            description = "The vault file is an older copy you put there on purpose: stop warning about it.")
    boolean acceptOlderCopy;

    @Option(names = "--accept-other-vault",
            description = "The vault file is another vault you put there on purpose: stop warning about it.")
    boolean acceptOtherVault;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    InfoCommand(CliContext context) {
        super(context);
    }

    record Kdf(String algorithm, int memoryKiB, int iterations, int parallelism) {
    }

    record Info(String path, int formatVersion, Kdf kdf, int keys, int archivedKeys, List<BackupCommand.Row> backups) {
    }

    @Override
    public Integer call() {
        VaultInfo vaultInfo;
        List<BackupStanding> standings;
        try (Vault vault = openVault()) {
            if (acceptOlderCopy && vault.olderCopyWarning().isPresent()) {
                vault.acceptOlderCopy();
                err().println("Accepted: Keyhaven no longer warns that this vault file is an older copy.");
            }
            if (acceptOtherVault && vault.otherVaultWarning().isPresent()) {
                vault.acceptOtherVault();
                err().println("Accepted: Keyhaven no longer warns that this is not the vault last opened here.");
            }
            vaultInfo = vault.info();
            standings = vault.backups().standings();
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
        Info info = new Info(vaultInfo.path().toString(), vaultInfo.formatVersion(),
                new Kdf(algorithmId(vaultInfo.kdfAlgorithm()), vaultInfo.kdf().memoryKiB(),
                        vaultInfo.kdf().iterations(), vaultInfo.kdf().parallelism()),
                vaultInfo.keyCount(), vaultInfo.archivedKeyCount(),
                standings.stream().map(standing -> BackupCommand.Row.of(standing.backup(), standing, context.zone(),
                                context.vaultOptions().clock().instant()))
                        .toList());
        if (json) {
            out().println(Json.write(info));
        } else {
            print(info, vaultInfo.kdfAlgorithm(), standings);
        }
        return KeyhavenCli.EXIT_OK;
    }

    /** "argon2id" from the vault's "Argon2id v1.3": the name scripts compare, without the version. */
    private static String algorithmId(String description) {
        return description.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private void print(Info info, String algorithm, List<BackupStanding> backups) {
        PrintWriter out = out();
        out.printf("Vault:          %s%n", info.path());
        out.printf("Format version: %d%n", info.formatVersion());
        out.printf("Key derivation: %s, %d KiB, %d iterations, %d lane%s%n", algorithm,
                info.kdf().memoryKiB(), info.kdf().iterations(), info.kdf().parallelism(),
                info.kdf().parallelism() == 1 ? "" : "s");
        out.printf("Keys:           %d active, %d archived%n", info.keys(), info.archivedKeys());
        out.printf("Backups:        %d%n", backups.size());
        BackupCommand.printTable(out, new BackupsCompared(backups.stream().map(BackupStanding::backup).toList(), backups,
                null), context.zone(), context.vaultOptions().clock().instant());
    }
}
