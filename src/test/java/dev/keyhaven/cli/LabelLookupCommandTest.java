package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that takes a LABEL explains an archived label and a near-miss the same way (issue 15). */
class LabelLookupCommandTest {

    private static final String THIRD_API_KEY = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void vaultWithAnArchivedKey() throws Exception {
        cli = new CliHarness(folder).initialised();
        cli.add("Trading bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.add("Old grid", FakeCredentials.OTHER_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.add("Grid bot 2", THIRD_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        try (Vault vault = cli.openVault()) {
            KeyRecord old = vault.keyByLabel("Old grid").orElseThrow();
            vault.archive(old.id(), vault.keyByLabel("Grid bot 2").orElseThrow().id());
        }
    }

    private void revokeTradingBot() throws Exception {
        try (Vault vault = cli.openVault()) {
            vault.archive(vault.keyByLabel("Trading bot").orElseThrow().id(), null);
        }
    }

    private List<Result> everyLabelCommand(String label) {
        return List.of(cli.run("check", label), cli.run("show", label), cli.run("remove", label, "--yes"),
                cli.run("run", "--password-env-ok", label, "--", "true"),
                cli.run("run", "--gateway", "--password-env-ok", label, "--", "true"));
    }

    @Test
    void anArchivedKeyReplacedInARotationNamesItsReplacementInEveryCommand() {
        for (Result result : everyLabelCommand("Old grid")) {
            assertThat(result.exitCode()).as(result.all()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).as(result.all()).contains("\"Old grid\" is archived (since ")
                    .contains("a rotation replaced it by \"Grid bot 2\". Use that key instead")
                    .doesNotContain("no key labelled");
        }
    }

    @Test
    void anArchivedKeyWithoutReplacementSaysHowToUseItAgain() throws Exception {
        revokeTradingBot();

        for (Result result : everyLabelCommand("trading bot")) {
            assertThat(result.exitCode()).as(result.all()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).as(result.all())
                    .contains("\"Trading bot\" is archived (since ").contains("no active key replaced it")
                    .contains("restore it in the Keyhaven app (Archived keys under the key list)");
        }
    }

    @Test
    void twoArchivedKeysUnderOneLabelAreEachToldApartByApiKeyStartWithTheirOwnReason() throws Exception {
        Result added = cli.add("Old grid", "5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c", FakeCredentials.SECRET_KEY,
                FakeCredentials.PASSPHRASE);
        assertThat(added.exitCode()).as(added.all()).isZero();
        try (Vault vault = cli.openVault()) {
            vault.archive(vault.keyByLabel("Old grid").orElseThrow().id(), null);
        }

        Result show = cli.run("show", "Old grid");

        assertThat(show.exitCode()).as(show.all()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(show.err()).as(show.all()).contains("2 archived keys carried that label")
                .contains("(API key " + FakeCredentials.OTHER_API_KEY.substring(0, 8) + "\u2026, archived ")
                .contains("(API key 5f4e3d2c\u2026, archived ")
                .contains("Replaced by \u201cGrid bot 2\u201d. Use \"Grid bot 2\" instead.")
                .contains("Revoked: not replaced.").doesNotContain("no active key replaced it")
                .contains("restore it in the Keyhaven app");
    }

    @Test
    void aLabelThatDiffersInSpacesOrALetterGetsDidYouMean() {
        for (String typed : List.of("tradingbot", "Trading-bot", "Tradin bot", "grid bot2")) {
            Result result = cli.run("check", typed);

            assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
            assertThat(result.err()).as(typed).contains("There is no key labelled \"" + typed + "\". Did you mean \"");
        }
        assertThat(cli.run("show", "tradingbot").err()).contains("Did you mean \"Trading bot\"?");
    }

    @Test
    void theAdviceOnQuotesComesOnlyWhenTheLabelWasCutAtASpace() {
        Result slip = cli.run("check", "Tradingbott");
        Result cut = cli.run("check", "Trading");
        Result severalWords = cli.run("check", "Trading", "bot");

        assertThat(slip.err()).contains("Did you mean \"Trading bot\"?").doesNotContain("quotes");
        assertThat(cut.err()).contains("Did you mean \"Trading bot\"? Put a label with spaces in quotes.");
        assertThat(severalWords.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(severalWords.err()).contains("Put a label with spaces in quotes.");
        assertThat(cli.run("info", "extra").err()).as("no LABEL to quote").doesNotContain("quotes");
    }

    @Test
    void aLabelFarFromEveryKeyListsTheKeys() {
        Result result = cli.run("check", "Spot arbitrage");

        assertThat(result.err()).contains("There is no key labelled \"Spot arbitrage\". Keys in this vault: Grid bot 2,"
                + " Trading bot.");
    }

    @Test
    void outerSpacesAndCaseStillFindTheActiveKey() {
        Result result = cli.run("show", "  TRADING BOT ");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Trading bot");
    }

    @Test
    void theArchivedSinceMomentIsToldInTheCommandLinesZone() throws Exception {
        ZoneId farEast = ZoneId.of("Pacific/Kiritimati");
        Instant archivedAt;
        try (Vault vault = cli.openVault()) {
            archivedAt = vault.archivedKeys().stream().filter(key -> key.label().equals("Old grid")).findFirst()
                    .orElseThrow().archivedAt();
        }

        Result show = cli.zone(farEast).run("show", "Old grid");

        assertThat(show.err()).as(show.all()).contains("(since " + KeyStatus.moment(archivedAt, farEast) + ")");
    }
}
