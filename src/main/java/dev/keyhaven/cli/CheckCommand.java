package dev.keyhaven.cli;

import dev.keyhaven.keys.BatchCheck;
import dev.keyhaven.keys.CheckAllTally;
import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.CheckVerdict;
import dev.keyhaven.keys.KeyAddress;
import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Asks OKX whether a key works and what it may do.",
            "It shows the permissions, bound IPs, account and clock, and every problem found with its fix.",
            "Each check is kept in the key's history."},
        exitCodeListHeading = "Exit codes (with --all, the most pressing: 4, then 1, then 5):%n",
        exitCodeList = {
            "0:the key works (perhaps with warnings)",
            "1:OKX refused the key, or it needs a fix before it can do its job",
            "2:bad usage or bad input",
            "3:the vault could not be opened",
            "4:the key can withdraw (now, or in the last check that reached OKX): dangerous",
            "5:OKX could not be asked (network, OKX down or busy, the clock): try again later"})
final class CheckCommand extends KeyhavenCommand {

    static final class Which {
        @Parameters(paramLabel = "LABEL", description = "The key's label.")
        String label;

        @Option(names = "--all", required = true, description = "Check every key in the vault.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--json", description = "Print the check result as JSON (an array with --all).")
    boolean json;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Send this check to another address instead of the key's own: " + Texts.ACCEPTED_ADDRESSES
                    + ".")
    String baseUrl;

    CheckCommand(CliContext context) {
        super(context);
    }

    /** A key's check and its verdict, as the core words it for every face. */
    record Checked(String label, CheckVerdict verdict) {

        CheckResult result() {
            return verdict.check();
        }
    }

    @Override
    public Integer call() {
        String address = BaseUrls.checked(baseUrl);
        List<Checked> checked;
        try (Vault vault = openVault(); OkxClient client = OkxClient.create(); KeyChecker checker = new KeyChecker(client)) {
            List<KeyRecord> keys = which.all ? vault.keys() : List.of(VaultAccess.key(vault, which.label, context.zone()));
            if (keys.isEmpty()) {
                out().println(json ? "[]" : "The vault holds no keys yet. Add one with 'keyhaven add --label NAME'.");
                return KeyhavenCli.EXIT_OK;
            }
            checked = checkAll(vault, new KeyService(checker), keys, address);
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
        if (json) {
            printJson(checked);
        } else {
            checked.forEach(this::print);
            if (which.all) {
                CheckAllTally tally = new CheckAllTally(checked.size(), 0, 0);
                for (Checked one : checked) {
                    tally = tally.with(one.result());
                }
                err().println("keyhaven: " + tally.sentence(context.vaultOptions().clock().instant(), context.zone(),
                        false) + ".");
                err().flush();
            }
        }
        return VerdictExitCodes.worst(checked.stream()
                .map(one -> VerdictExitCodes.of(one.verdict().verdict(), one.result().ok())).toList());
    }

    /**
     * Checks the keys through keys.BatchCheck, as the desktop does: a few at a time, and keys of the same
     * OKX account one after another, within OKX's per-account limits.
     */
    private static List<Checked> checkAll(Vault vault, KeyService service, List<KeyRecord> keys, String address)
            throws VaultException {
        Map<Long, CheckResult> results = new ConcurrentHashMap<>();
        Map<Long, VaultException> refusals = new ConcurrentHashMap<>();
        try {
            new BatchCheck(service).run(vault, keys, address, new BatchCheck.Listener() {
                @Override
                public void started(KeyRecord key) {
                }

                @Override
                public void finished(KeyRecord key, CheckResult result) {
                    results.put(key.id(), result);
                }

                @Override
                public void failed(KeyRecord key, VaultException problem) {
                    refusals.put(key.id(), problem);
                }

                @Override
                public void skipped(KeyRecord key) {
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(KeyhavenCli.EXIT_INTERNAL, "Keyhaven was interrupted while checking the keys.");
        }
        List<Checked> checked = new ArrayList<>();
        for (KeyRecord key : keys) {
            if (refusals.containsKey(key.id())) {
                throw refusals.get(key.id());
            }
            CheckResult result = results.get(key.id());
            checked.add(new Checked(key.label(), CheckVerdict.of(key, result, KeyStatus.of(vault, key))));
        }
        return checked;
    }

    private void printJson(List<Checked> checked) {
        List<Object> documents = checked.stream().map(one -> {
            ObjectNode document = (ObjectNode) Json.parsed(one.result().toJson());
            document.put("status", one.verdict().verdict().word());
            document.put("verdict", one.verdict().verdict().text());
            return (Object) document;
        }).toList();
        out().println(Json.write(which.all ? documents : documents.get(0)));
    }

    private void print(Checked checked) {
        CheckResult result = checked.result();
        PrintWriter out = out();
        CheckVerdict verdict = checked.verdict();
        out.println(checked.label() + ": " + verdict.headline(context.zone()));
        if (!verdict.thisCheck().isEmpty()) {
            out.printf("  %-12s %s%n", "This check:", verdict.thisCheck());
        }
        if (!verdict.lastKnown(context.zone()).isEmpty()) {
            out.printf("  %-12s %s%n", "Earlier:", verdict.lastKnown(context.zone()));
        }
        if (result.permissions() != null) {
            out.printf("  %-12s %s%n", "Permissions:", Texts.permissions(result.permissions()));
            out.printf("  %-12s %s%n", "Bound IPs:", result.ipWhitelist().isEmpty() ? "none"
                    : String.join(", ", result.ipWhitelist()));
        }
        if (result.account() != null) {
            CheckResult.Account account = result.account();
            out.printf("  %-12s UID %s, %s%s%n", "Account:", account.uid(),
                    account.subAccount() ? "sub-account of " + account.mainUid() : "main account",
                    account.acctLvName() == null ? "" : ", " + account.acctLvName());
        }
        if (result.balances() != null) {
            CheckResult.Balances balances = result.balances();
            out.printf("  %-12s %s%n", "Trading:", balances.tradingRead()
                    ? (balances.tradingTotalUsd() == null ? "read" : balances.tradingTotalUsd().toPlainString() + " USD")
                    : "not read: " + balances.tradingNotRead());
            out.printf("  %-12s %s%n", "Funding:", balances.fundingRead()
                    ? (balances.funding().isEmpty() ? "nothing" : balances.funding().stream()
                            .map(held -> held.bal().toPlainString() + " " + held.ccy())
                            .collect(java.util.stream.Collectors.joining(", ")))
                    : "not read: " + balances.fundingNotRead());
        }
        out.printf("  %-12s %s, %s%n", "Address:", KeyAddress.value(result.baseUrl()),
                result.environment().displayName().toLowerCase(java.util.Locale.ROOT));
        for (Problem problem : verdict.problems()) {
            out.printf("  [%s] %s%n", problem.severity().jsonName(), problem.message());
            out.printf("  %-" + (problem.severity().jsonName().length() + 3) + "s Fix: %s%n", "", problem.fix());
        }
        if (!result.ok() || verdict.verdict() == KeyVerdict.CAN_WITHDRAW) {
            String oneOff = baseUrl == null ? "" : " --base-url " + Texts.shellWord(baseUrl.strip());
            String again = "'keyhaven check " + Texts.shellWord(checked.label()) + oneOff + "'";
            err().println("keyhaven: " + verdict.closing(checked.label(), again));
            err().flush();
        }
    }
}
