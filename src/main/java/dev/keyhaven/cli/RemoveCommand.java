package dev.keyhaven.cli;

import dev.keyhaven.keys.DeleteForGood;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyLookup;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Deletes a key and its history from the vault for good.",
            "The key still exists on OKX: delete it there too if nothing uses it any more.",
            "With --archived, deletes an archived (replaced or revoked) key instead."})
final class RemoveCommand extends KeyhavenCommand {

    @Parameters(paramLabel = "LABEL", description = "The key's label.")
    String label;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Option(names = "--archived", description = "Delete the archived key with this label (as the app's Archived keys"
            + " show it).")
    boolean archived;

    RemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Vault vault = openVaultToChange()) {
            return archived ? removeArchived(vault) : removeActive(vault);
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
    }

    private Integer removeActive(Vault vault) throws VaultException {
        KeyRecord key;
        try {
            key = VaultAccess.key(vault, label, context.zone());
        } catch (CliFailure notActive) {
            boolean isArchived = vault.archivedKeys().stream().anyMatch(this::named);
            throw isArchived ? CliFailure.badInput(notActive.getMessage() + " To delete the archived key for good,"
                    + " run: keyhaven remove --archived \"" + label.strip() + "\"") : notActive;
        }
        Optional<String> inUse = KeyInUse.of(vault.history(key.id())).refusesDeletion(key.label(), context.zone());
        if (inUse.isPresent()) {
            throw new CliFailure(KeyhavenCli.EXIT_PROBLEM, inUse.get());
        }
        if (!confirmed(yes, "Delete \"" + key.label() + "\" and its history from the vault? This cannot be undone.")) {
            out().println("Nothing was deleted.");
            return KeyhavenCli.EXIT_OK;
        }
        vault.delete(key.id());
        out().println("Deleted \"" + key.label() + "\" from the vault. The key still exists on OKX: delete it on "
                + key.region().apiManagementUrl() + " if nothing uses it any more.");
        return KeyhavenCli.EXIT_OK;
    }

    private Integer removeArchived(Vault vault) throws VaultException {
        KeyLookup lookup = KeyLookup.ofArchived(label, vault.archivedKeys());
        if (lookup.archived().isEmpty()) {
            throw CliFailure.badInput(noArchivedKey(vault, lookup));
        }
        KeyRecord key = lookup.archived().get();
        String question = DeleteForGood.question(key.label()) + " "
                + DeleteForGood.consequence(vault.history(key.id()), context.zone());
        if (yes) {
            err().println(question);
        }
        if (!confirmed(yes, question)) {
            out().println("Nothing was deleted.");
            return KeyhavenCli.EXIT_OK;
        }
        vault.delete(key.id());
        out().println("Deleted the archived key \"" + key.label() + "\" for good.");
        return KeyhavenCli.EXIT_OK;
    }

    private String noArchivedKey(Vault vault, KeyLookup lookup) throws VaultException {
        String start = "There is no archived key labelled \"" + label.strip() + "\". ";
        if (!lookup.nearMisses().isEmpty()) {
            return start + LabelHints.didYouMean(lookup, label);
        }
        if (vault.keys().stream().anyMatch(this::named)) {
            return start + "\"" + label.strip() + "\" is an active key: to delete it, leave out --archived.";
        }
        List<String> labels = vault.archivedKeys().stream().map(KeyRecord::label).toList();
        return start + (labels.isEmpty() ? "The vault holds no archived keys."
                : "Archived keys: " + String.join(", ", labels) + " ('keyhaven list --archived' says more).");
    }

    private boolean named(KeyRecord key) {
        return key.label().equalsIgnoreCase(label.strip());
    }
}
