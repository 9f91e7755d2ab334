package dev.keyhaven.cli;

import dev.keyhaven.keys.ArchiveReason;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code list --archived}: the archived keys, newest first, with why each was archived. */
final class ArchivedList {

    /**
     * One archived key in {@code list --archived --json}: {@code reason} is "revoked", "gone" (OKX no longer
     * knew it), "archived" (no longer used) or "replaced",
     * {@code replacedBy} the label of the key that replaced it (null when revoked or no longer in the vault),
     * {@code why} the sentence the text shows.
     */
    record Row(String label, String purpose, String environment, String region, Instant archivedAt, String reason,
            String replacedBy, String why) {
    }

    private ArchivedList() {
    }

    static List<Row> rows(Vault vault) throws VaultException {
        List<Row> rows = new ArrayList<>();
        List<KeyRecord> archived = new ArrayList<>(vault.archivedKeys());
        archived.sort(Comparator.comparing(KeyRecord::archivedAt).reversed());
        for (KeyRecord key : archived) {
            ArchiveReason reason = ArchiveReason.of(vault, key);
            rows.add(new Row(key.label(), Choices.word(key.purpose()), Choices.word(key.environment()),
                    Choices.word(key.region()), key.archivedAt(), reason.word(), reason.replacedBy(),
                    reason.sentence()));
        }
        return rows;
    }

    static void print(List<Row> rows, PrintWriter out, ZoneId zone) {
        if (rows.isEmpty()) {
            out.println("The vault holds no archived keys. A key is archived when a rotation replaces it, or when you"
                    + " revoke or archive it in the Keyhaven app.");
            return;
        }
        int labelWidth = Math.max(5, rows.stream().mapToInt(row -> row.label().length()).max().orElse(5));
        String format = "%-" + labelWidth + "s  %-9s  %-4s  %-6s  %-16s  %s%n";
        out.printf(format, "LABEL", "PURPOSE", "ENV", "REGION", "ARCHIVED", "WHY");
        for (Row row : rows) {
            out.printf(format, row.label(), row.purpose(), row.environment(), row.region(),
                    Texts.time(row.archivedAt(), zone), row.why());
        }
        out.println("To delete one for good: keyhaven remove --archived \"LABEL\". To use one again, restore it in"
                + " the Keyhaven app (Archived keys under the key list).");
    }
}
