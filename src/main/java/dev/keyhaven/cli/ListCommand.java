package dev.keyhaven.cli;

import dev.keyhaven.keys.CheckOutcome;
import dev.keyhaven.keys.KeyInUse;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the keys in the vault with their status from the last check. Never shows secrets.",
            "With --archived, lists the archived (replaced or revoked) keys instead."})
final class ListCommand extends KeyhavenCommand {

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Option(names = "--archived", description = "List the archived keys: when and why each was archived.")
    boolean archived;

    ListCommand(CliContext context) {
        super(context);
    }

    /**
     * One key in {@code list --json}: {@code status} is the verdict's word for scripts, {@code verdict} the
     * words the app shows, {@code factsAsOf} when OKX last answered for the key, {@code lastCheckOutcome}
     * how the newest check ended: "checked" (OKX answered), "rejected" (OKX refused the key) or "failed";
     * {@code inUse} is true while a bot uses the key through the gateway (since {@code inUseSince}), {@code use}
     * the sentence about it.
     */
    record Row(String label, String purpose, String environment, String region, String baseUrl, String status,
            String verdict, String reason, Instant lastCheckedAt, String lastCheckOutcome, Instant factsAsOf,
            Instant lastUsedAt, Instant lastHandedOutAt, boolean inUse, Instant inUseSince, String use) {
    }

    @Override
    public Integer call() {
        if (archived) {
            return listArchived();
        }
        List<Row> rows = new ArrayList<>();
        try (Vault vault = openVault()) {
            Instant now = context.vaultOptions().clock().instant();
            for (KeyRecord key : vault.keys()) {
                List<dev.keyhaven.vault.HistoryEntry> history = vault.history(key.id());
                KeyStatus status = KeyStatus.of(key, history);
                KeyInUse use = KeyInUse.of(history);
                rows.add(new Row(key.label(), Choices.word(key.purpose()), Choices.word(key.environment()),
                        Choices.word(key.region()), key.effectiveBaseUrl(), status.verdict().word(),
                        status.verdict().text(), status.reason(), status.checkedAt().orElse(null),
                        status.checkOutcome().map(CheckOutcome::word).orElse(null), status.factsAsOf().orElse(null),
                        status.lastSignedUse().orElse(null),
                        status.lastHandout().orElse(null), use.inUse(),
                        use.inUse() ? use.since().orElseThrow() : null, use.sentence(context.zone())));
            }
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
        if (json) {
            out().println(Json.write(rows));
        } else {
            printTable(rows);
        }
        return KeyhavenCli.EXIT_OK;
    }

    private Integer listArchived() {
        List<ArchivedList.Row> rows;
        try (Vault vault = openVault()) {
            rows = ArchivedList.rows(vault);
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
        if (json) {
            out().println(Json.write(rows));
        } else {
            ArchivedList.print(rows, out(), context.zone());
        }
        return KeyhavenCli.EXIT_OK;
    }

    private void printTable(List<Row> rows) {
        PrintWriter out = out();
        if (rows.isEmpty()) {
            out.println("The vault holds no keys yet. Add one with 'keyhaven add --label NAME'.");
            return;
        }
        int labelWidth = Math.max(5, rows.stream().mapToInt(row -> row.label().length()).max().orElse(5));
        String format = "%-" + labelWidth + "s  %-9s  %-4s  %-6s  %-25s  %-16s  %s%n";
        out.printf(format, "LABEL", "PURPOSE", "ENV", "REGION", "LAST CHECK", "LAST USED", "STATUS");
        boolean anyInUse = false;
        boolean anyWithdraw = false;
        for (Row row : rows) {
            out.printf(format, row.label(), row.purpose(), row.environment(), row.region(),
                    row.lastCheckedAt() == null ? "never" : Texts.time(row.lastCheckedAt(), context.zone()) + " "
                            + row.lastCheckOutcome(), Texts.time(row.lastUsedAt(), context.zone()),
                    row.verdict() + (row.inUse() ? "  [in use by a bot since "
                            + Texts.time(row.inUseSince(), context.zone()) + "]" : ""));
            anyInUse |= row.inUse();
            anyWithdraw |= row.status().equals(KeyVerdict.CAN_WITHDRAW.word());
        }
        if (anyInUse) {
            out.println("[in use]: a bot uses the key through Keyhaven's gateway now ('keyhaven show LABEL' says more).");
        }
        if (anyWithdraw) {
            warn(Texts.WITHDRAW_WARNING);
        }
    }
}
