package dev.keyhaven.cli;

import dev.keyhaven.gateway.EndpointFamily;
import dev.keyhaven.gateway.GatewayPolicy;
import dev.keyhaven.gateway.OkxGateway;
import dev.keyhaven.gateway.PolicySetting;
import dev.keyhaven.gateway.Upstream;
import dev.keyhaven.gateway.UsageBatch;
import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.IOException;
import java.time.Clock;

/**
 * {@code keyhaven run LABEL --gateway -- COMMAND}: starts Keyhaven's local OKX gateway for the key, then the
 * program with session credentials and OKX_BASE_URL pointing at the gateway; the real key stays in this
 * process. The vault stays open (shared, beside the app) while the program runs, to add the gateway's
 * batches to the key's history; the gateway stops, and its port closes, when the program ends.
 */
final class GatewayRun {

    private final RunCommand run;
    private final MasterPasswordSource password;
    private final Clock clock = Clock.systemUTC();

    GatewayRun(RunCommand run, MasterPasswordSource password) {
        this.run = run;
        this.password = password;
    }

    int call() {
        Vault vault = run.openVaultToHandOut(password);
        try {
            return serve(vault);
        } catch (VaultException e) {
            throw run.vaultAccess().failure(e);
        } finally {
            vault.close();
        }
    }

    private int serve(Vault vault) throws VaultException {
        KeyRecord key = VaultAccess.key(vault, run.label, run.context.zone());
        OkxBaseUrl address = acceptedAddress(key);
        PolicySetting setting = setting(key);
        KnownPermissions known = KnownPermissions.of(vault, key.id());
        boolean readOnly = key.purpose() == Purpose.READ_ONLY
                || known.permissions().map(permissions -> !permissions.trade() && !permissions.withdraw()).orElse(false);
        if (known.withdrawEnabled()) {
            run.warn("OKX last reported the WITHDRAW permission for \"" + key.label() + "\". The gateway refuses "
                    + "withdrawals, but untick Withdraw for this key on OKX anyway.");
        }
        GatewayPolicy policy = new GatewayPolicy(setting, readOnly);
        Upstream upstream = Upstream.of(address, key.region(), key.environment(), vault.credentials(key.id()));
        OkxGateway gateway;
        try {
            gateway = OkxGateway.start(upstream, policy, clock);
        } catch (IOException e) {
            throw new CliFailure(KeyhavenCli.EXIT_INTERNAL, e.getMessage() + " The program was not started.");
        }
        UsageHistory history = new UsageHistory(vault, key.id(), program(), gateway.ledger(), clock, run::warn);
        Thread stop = new Thread(() -> stop(gateway, history), "keyhaven-gateway-stop");
        try {
            history.start(policyText(policy, setting));
            run.err().println("Keyhaven's gateway for \"" + key.label() + "\" listens on " + gateway.baseUrl() + "; "
                    + program() + " gets session credentials only. " + policyText(policy, setting));
            run.err().flush();
            Process child = launch(key, gateway);
            Runtime.getRuntime().addShutdownHook(stop);
            return BotLaunch.waitFor(child, program());
        } finally {
            stop(gateway, history);
            BotLaunch.removeHook(stop);
            UsageBatch total = history.total();
            run.err().println("Keyhaven's gateway stopped: " + total.forwardedCount() + " requests sent to OKX, "
                    + total.accepted() + " accepted, " + total.refusedCount() + " refused by Keyhaven. The key's "
                    + "history has the details ('keyhaven show " + Texts.shellWord(key.label()) + "').");
            run.err().flush();
        }
    }

    /** The gateway first, so that nothing is counted after the last batch is written. */
    private static void stop(OkxGateway gateway, UsageHistory history) {
        gateway.close();
        history.close();
    }

    private static String policyText(GatewayPolicy policy, PolicySetting setting) {
        String own = setting.describe();
        String refused = java.util.Arrays.stream(EndpointFamily.values())
                .filter(family -> !setting.allowed().contains(family))
                .map(EndpointFamily::description)
                .collect(java.util.stream.Collectors.joining(", "));
        return "Refused: " + refused + (policy.readOnly() ? "; everything but reads (a read-only key)" : "")
                + ". This key's own rules: " + (own.isEmpty() ? "none (the safe default)" : own) + ".";
    }

    private static OkxBaseUrl acceptedAddress(KeyRecord key) {
        try {
            return OkxBaseUrl.parse(key.effectiveBaseUrl());
        } catch (IllegalArgumentException refused) {
            throw new CliFailure(KeyhavenCli.EXIT_PROBLEM, "The gateway for \"" + key.label() + "\" was not started: "
                    + "its address is not accepted. " + refused.getMessage() + " Edit the key's address in the "
                    + "Keyhaven app.");
        }
    }

    private static PolicySetting setting(KeyRecord key) {
        try {
            return PolicySetting.fromNotes(key.notes());
        } catch (IllegalArgumentException refused) {
            throw new CliFailure(KeyhavenCli.EXIT_PROBLEM, "The gateway for \"" + key.label() + "\" was not started. "
                    + refused.getMessage());
        }
    }

    private Process launch(KeyRecord key, OkxGateway gateway) {
        try (Credentials session = gateway.sessionCredentials()) {
            return BotLaunch.start(run.context, run.command, key.environment().flag(), gateway.baseUrl(), session);
        }
    }

    private String program() {
        return BotLaunch.program(run.command);
    }
}
