package dev.keyhaven.cli;

import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Saves an OKX API key in the vault.",
            "The API key, secret key and passphrase are asked at hidden prompts on a terminal;",
            "in a script, give them as three lines of standard input, in that order.",
            "They are never accepted as arguments."})
final class AddCommand extends KeyhavenCommand {

    @Option(names = "--label", required = true, paramLabel = "NAME",
            description = "A name you will recognise, e.g. the bot's name. Unique in the vault.")
    String label;

    @Option(names = "--purpose", defaultValue = "trading", completionCandidates = Choices.PurposeWords.class,
            paramLabel = "trading|read-only|platform",
            description = {"What the key is for (default: trading):",
                "  trading    your own bot that trades (Read + Trade)",
                "  read-only  a journal or tracker",
                "  platform   a platform or service you give the key to (with --access)"})
    String purposeWord;

    @Option(names = "--access", completionCandidates = Choices.AccessWords.class, paramLabel = "trade|read",
            description = {"With --purpose platform: what the platform asked for (never Withdraw):",
                "  trade  Read + Trade",
                "  read   Read only",
                "'check' then flags the key if OKX lets it do more or less."})
    String access;

    @Option(names = "--env", defaultValue = "live", converter = Choices.EnvironmentConverter.class,
            completionCandidates = Choices.EnvironmentWords.class, paramLabel = "live|demo",
            description = "demo for a key made under Demo trading. Default: live.")
    Environment environment;

    @Option(names = "--region", defaultValue = "global", converter = Choices.RegionConverter.class,
            completionCandidates = Choices.RegionWords.class, paramLabel = "global|eea|us",
            description = {"Where you log in (default: global):",
                "  global  okx.com",
                "  eea     my.okx.com",
                "  us      app.okx.com"})
    Region region;

    @Option(names = "--base-url", paramLabel = "URL",
            description = {"A different address for this key's requests (default: the region's OKX address):",
                "  https on okx.com, or for testing",
                "  http to this computer (127.0.0.1, localhost, ::1)"})
    String baseUrl;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Anything you want to remember about the key.")
    String notes;

    @Mixin
    SecretArgumentsRefused secretArguments;

    AddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String name = label.strip();
        if (name.isEmpty()) {
            throw CliFailure.badInput("The label is empty. Give the key a name you will recognise, e.g. --label grid-bot.");
        }
        Purpose purpose = Choices.purpose(purposeWord, access);
        String checkedBaseUrl = BaseUrls.checked(baseUrl);
        try (Vault vault = openVaultToChange()) {
            if (vault.keyByLabel(name).isPresent()) {
                throw CliFailure.badInput("There is already a key labelled \"" + name + "\". Choose another label, or "
                        + "remove the old key first with 'keyhaven remove " + Texts.shellWord(name) + "'.");
            }
            context.terminal().say("Paste the API key, secret key and passphrase from OKX. Nothing shows as you type.");
            try (Credentials pasted = new CredentialsReader(context).read();
                 Credentials credentials = stripped(pasted)) {
                List<String> inputWarnings = InputWarnings.of(credentials);
                inputWarnings.forEach(this::warn);
                SaveOutcome outcome = vault.add(new KeyDraft(name, purpose, environment, region, checkedBaseUrl,
                        notes, 0, credentials));
                // Made on OKX before: the app's Guide tab checks it instead of walking through creating it.
                GuideChoice.markAddedExisting(vault, outcome.record().id());
                outcome.warnings().forEach(this::warn);
                vault.backups().firstIfNone();
                vault.backups().problem().ifPresent(this::warn);
                out().println("Saved \"" + outcome.record().label() + "\" (" + purpose.displayName() + ", "
                        + environment.displayName() + ", " + region.displayName() + ").");
                out().println("Next: check that it works with 'keyhaven check " + Texts.shellWord(name) + "'.");
                if (!inputWarnings.isEmpty()) {
                    out().println("If a value was pasted wrongly, run 'keyhaven remove " + Texts.shellWord(name)
                            + "' and add it again.");
                }
            }
            return KeyhavenCli.EXIT_OK;
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
    }

    /** The values without the spaces or line breaks pasted around them (OKX never puts any there), said aloud. */
    private Credentials stripped(Credentials pasted) {
        noteIfPadded(pasted.apiKey(), "API key");
        noteIfPadded(pasted.secretKey(), "secret key");
        noteIfPadded(pasted.passphrase(), "passphrase");
        return new Credentials(pasted.apiKey().stripped(), pasted.secretKey().stripped(), pasted.passphrase().stripped());
    }

    private void noteIfPadded(Secret value, String name) {
        if (value.hasOuterWhitespace()) {
            err().println("Note: removed the spaces around the " + name + ": OKX never puts spaces in these values.");
        }
    }
}
