package dev.keyhaven.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Catches the options people try for secrets and explains why Keyhaven never takes them there: the
 * arguments of a program are visible to every other program on the computer and stay in shell history.
 * The value given is neither kept nor printed.
 */
final class SecretArgumentsRefused {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = {"--api-key", "--apikey", "--key", "--secret", "--secret-key", "--secretkey", "--passphrase",
        "--password", "--master-password", "--new-password"}, hidden = true, arity = "0..1")
    void refuse(String ignored) {
        throw new CommandLine.ParameterException(command.commandLine(), "Keyhaven never takes secrets as arguments: "
                + "other programs on this computer can read them and your shell keeps them in its history. Leave the "
                + "option out and type them at the hidden prompts, or give them on standard input.");
    }
}
