package dev.keyhaven.cli;

import dev.keyhaven.keys.CheckOutcome;
import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.DeletionCountdown;
import dev.keyhaven.keys.DeletionRule;
import dev.keyhaven.keys.KeyAddress;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.keys.UseOnOkx;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows a key's details, its status from the last check, and its history.",
            "Secrets are never shown; the API key only as its first and last four characters."})
final class ShowCommand extends KeyhavenCommand {

    private static final int HISTORY_LINES = 10;

    @Parameters(paramLabel = "LABEL", description = "The key's label.")
    String label;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    ShowCommand(CliContext context) {
        super(context);
    }

    /** A history entry in {@code show --json}: the summary, not the stored check detail. */
    record Event(Instant at, String kind, String outcome, String summary, boolean signedUse, List<String> problems) {
        static Event of(HistoryEntry entry) {
            return new Event(entry.at(), entry.kind().name().toLowerCase(java.util.Locale.ROOT),
                    entry.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    UseOnOkx.rowSummary(entry, entry.summary()),
                    UseOnOkx.counts(entry),
                    entry.problemIds());
        }
    }

    /**
     * The whole of {@code show --json}. Permissions, IPs and account come from the newest check OKX
     * answered, at {@code factsAsOf}; when that is older than {@code lastCheckedAt}, they may be out of date.
     * {@code lastCheck} says how the newest check ended ("Check failed ...: could not reach OKX"),
     * {@code lastCheckOutcome} the same for scripts; {@code expiry} is OKX's 14-day rule for the key, an
     * estimate when {@code expiryEstimated} (OKX has accepted no request with it from Keyhaven yet).
     * {@code factsNote} says why older facts are dated, as the app says it, or "" when they are current.
     */
    record Details(String label, String apiKeyMasked, String purpose, String environment, String region,
            String baseUrl, String notes, Instant createdAt, Instant updatedAt, String status, String verdict,
            String reason, String fix, String lastCheckSummary, String permissions, List<String> ipWhitelist,
            String accountUid, Instant lastCheckedAt, String lastCheck, String lastCheckOutcome, Instant factsAsOf,
            Instant lastUsedAt, Instant lastHandedOutAt, String expiry, Instant expiresAt, Boolean expiryEstimated,
            boolean inUse, String use, List<Event> history, String factsNote) {
    }

    @Override
    public Integer call() {
        Details details;
        try (Vault vault = openVault()) {
            KeyRecord key = VaultAccess.key(vault, label, context.zone());
            String masked;
            try (Secret apiKey = vault.apiKey(key.id())) {
                masked = apiKey.apply(Texts::masked);
            }
            List<HistoryEntry> history = vault.history(key.id());
            Optional<DeletionCountdown> expiry = new DeletionRule(Clock.system(context.zone())).countdown(key, history);
            details = details(key, masked, KeyStatus.of(key, history), expiry, KeyInUse.of(history), history,
                    context.zone());
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
        if (json) {
            out().println(Json.write(details));
        } else {
            print(details);
        }
        return KeyhavenCli.EXIT_OK;
    }

    /** What OKX last said the key may do, and when, if a newer check could not ask. */
    private static String permissions(KeyStatus status, ZoneId zone) {
        if (status.known().unknown()) {
            return status.checkedAt().isEmpty() ? null : "unknown (no check has reached OKX yet)";
        }
        String text = Texts.permissions(status.known().permissions().orElseThrow());
        // Why they are dated is said once, in the Facts line (KeyStatus#factsNote).
        return status.known().fromEarlierCheck()
                ? text + " (as of " + Texts.time(status.known().knownAt().orElseThrow(), zone) + ")"
                : text;
    }

    private static Details details(KeyRecord key, String masked, KeyStatus status,
            Optional<DeletionCountdown> expiry, KeyInUse use, List<HistoryEntry> history, ZoneId zone) {
        CheckResult facts = status.lastAnswer().orElse(null);
        return new Details(key.label(), masked, Choices.word(key.purpose()), Choices.word(key.environment()),
                Choices.word(key.region()), key.effectiveBaseUrl(), key.notes(), key.createdAt(), key.updatedAt(),
                status.verdict().word(), status.verdict().text(), status.reason(), status.fix(),
                status.newestCheck().map(CheckResult::summary).orElse(null),
                permissions(status, zone),
                facts == null ? List.of() : facts.ipWhitelist(),
                facts == null || facts.account() == null ? null : facts.account().uid(),
                status.checkedAt().orElse(null), status.checkLine(zone),
                status.checkOutcome().map(CheckOutcome::word).orElse(null), status.factsAsOf().orElse(null),
                status.lastSignedUse().orElse(null), status.lastHandout().orElse(null),
                expiry.map(countdown -> countdown.text(zone)).orElse(null),
                expiry.map(DeletionCountdown::deletesAt).orElse(null),
                expiry.map(DeletionCountdown::estimated).orElse(null), use.inUse(), use.sentence(zone),
                history.stream().map(Event::of).toList(), status.factsNote(zone));
    }

    private void print(Details details) {
        PrintWriter out = out();
        out.println(details.label());
        line("API key", details.apiKeyMasked());
        line("Purpose", details.purpose());
        line("Environment", details.environment());
        line("Region", details.region());
        line("Address", KeyAddress.value(details.baseUrl()));
        if (!details.notes().isBlank()) {
            line("Notes", details.notes());
        }
        line("Added", Texts.time(details.createdAt(), context.zone()));
        if (details.lastCheckedAt() == null) {
            line("Status", "never checked: run 'keyhaven check " + Texts.shellWord(details.label()) + "'");
        } else {
            line("Status", details.verdict());
            line("Last check", details.lastCheck());
            if (!details.reason().isEmpty()) {
                line("Why", details.reason());
            }
            if (!details.fix().isEmpty()) {
                line("Next step", details.fix());
            }
            // A refused or failed check's summary is "Status: Why", both printed already.
            if (details.lastCheckSummary() == null || details.reason().isEmpty()
                    || !details.lastCheckSummary().endsWith(details.reason())) {
                line("Result", details.lastCheckSummary());
            }
            if (!details.factsNote().isEmpty()) {
                line("Facts", details.factsNote());
            }
            line("Permissions", details.permissions());
            String asOf = details.factsAsOf() == null || details.factsAsOf().equals(details.lastCheckedAt()) ? ""
                    : " (as of " + Texts.time(details.factsAsOf(), context.zone()) + ")";
            line("Bound IPs", details.factsAsOf() == null ? "unknown"
                    : (details.ipWhitelist().isEmpty() ? "none" : String.join(", ", details.ipWhitelist())) + asOf);
            if (details.accountUid() != null) {
                line("Account UID", details.accountUid() + asOf);
            }
        }
        line("Last used", Texts.time(details.lastUsedAt(), context.zone()) + " (a request OKX accepted from Keyhaven)");
        line("Handed out", Texts.time(details.lastHandedOutAt(), context.zone()));
        if (details.expiry() != null) {
            line("Expiry", details.expiry());
        }
        if (!details.use().isEmpty()) {
            line("Bot use", details.use());
        }
        if (!details.history().isEmpty()) {
            out.println("History (newest first):");
            details.history().stream().limit(HISTORY_LINES).forEach(event -> out.printf("  %s  %-10s %-7s %s%n",
                    Texts.time(event.at(), context.zone()), event.kind(), event.outcome(), event.summary()));
            if (details.history().size() > HISTORY_LINES) {
                out.println("  ... " + (details.history().size() - HISTORY_LINES) + " older entries (see --json)");
            }
        }
        if (details.status().equals(KeyVerdict.CAN_WITHDRAW.word())) {
            warn(Texts.WITHDRAW_WARNING);
        }
    }

    private void line(String name, String value) {
        out().printf("  %-12s %s%n", name + ":", value);
    }
}
