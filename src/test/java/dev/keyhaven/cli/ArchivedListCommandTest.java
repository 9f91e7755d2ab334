package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list --archived, and remove --archived with a slip in the label (walk r18, section 12). */
class ArchivedListCommandTest {

    private static final String THIRD_API_KEY = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void vaultWithAReplacedAndARevokedKey() throws Exception {
        cli = new CliHarness(folder).initialised();
        cli.add("Journal (replaced 2026-12-03)", FakeCredentials.OTHER_API_KEY, FakeCredentials.SECRET_KEY,
                FakeCredentials.PASSPHRASE);
        cli.add("Journal", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.add("Leaked bot", THIRD_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        try (Vault vault = cli.openVault()) {
            vault.archive(vault.keyByLabel("Journal (replaced 2026-12-03)").orElseThrow().id(),
                    vault.keyByLabel("Journal").orElseThrow().id());
            vault.archive(vault.keyByLabel("Leaked bot").orElseThrow().id(), null);
        }
    }

    private Instant archivedAt(String label) throws Exception {
        try (Vault vault = cli.openVault()) {
            return vault.archivedKeys().stream().filter(key -> key.label().equals(label)).findFirst()
                    .map(KeyRecord::archivedAt).orElseThrow();
        }
    }

    @Test
    void listArchivedShowsEachKeyWithWhenAndWhyInTheCommandLinesZone() throws Exception {
        ZoneId farEast = ZoneId.of("Pacific/Kiritimati");

        Result result = cli.zone(farEast).run("list", "--archived");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("LABEL", "ARCHIVED", "WHY")
                .containsPattern("Journal \\(replaced 2026-12-03\\)\\s+trading\\s+live\\s+global\\s+"
                        + Texts.time(archivedAt("Journal (replaced 2026-12-03)"), farEast) + "\\s+Replaced by \u201cJournal\u201d.")
                .containsPattern("Leaked bot\\s+.*" + Texts.time(archivedAt("Leaked bot"), farEast)
                        + "\\s+Revoked: not replaced.")
                .contains("keyhaven remove --archived \"LABEL\"")
                .doesNotContain("Journal  ");
    }

    @Test
    void listArchivedJsonCarriesTheReasonAndTheReplacement() throws Exception {
        Result result = cli.run("list", "--archived", "--json");

        JsonNode rows = new ObjectMapper().readTree(result.out());
        assertThat(rows).hasSize(2);
        JsonNode replaced = rows.get(1);
        assertThat(replaced.path("label").asText()).isEqualTo("Journal (replaced 2026-12-03)");
        assertThat(replaced.path("reason").asText()).isEqualTo("replaced");
        assertThat(replaced.path("replacedBy").asText()).isEqualTo("Journal");
        assertThat(Instant.parse(replaced.path("archivedAt").asText())).isEqualTo(archivedAt(replaced.path("label")
                .asText()));
        assertThat(rows.get(0).path("reason").asText()).isEqualTo("revoked");
        assertThat(rows.get(0).path("replacedBy").isNull()).isTrue();
    }

    @Test
    void anEmptyArchiveSaysWhatWouldPutAKeyThere() throws Exception {
        try (Vault vault = cli.openVault()) {
            for (KeyRecord key : vault.archivedKeys()) {
                vault.delete(key.id());
            }
        }

        Result result = cli.run("list", "--archived");

        assertThat(result.out()).contains("The vault holds no archived keys.");
    }

    @Test
    void removeArchivedWithASlipAsksDidYouMean() {
        Result start = cli.run("remove", "--archived", "Journal", "--yes");
        Result slip = cli.run("remove", "--archived", "leaked-bot", "--yes");
        Result far = cli.run("remove", "--archived", "Spot arbitrage", "--yes");

        assertThat(start.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(start.err()).contains("There is no archived key labelled \"Journal\". Did you mean "
                + "\"Journal (replaced 2026-12-03)\"? Put a label with spaces in quotes.");
        assertThat(slip.err()).contains("Did you mean \"Leaked bot\"?").doesNotContain("quotes");
        assertThat(far.err()).contains("Archived keys: ").contains("Leaked bot")
                .contains("'keyhaven list --archived'");
    }
}
