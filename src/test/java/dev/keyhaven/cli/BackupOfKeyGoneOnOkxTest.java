package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.okx.FakeKey;
import org.junit.jupiter.api.Test;

/** backup list and backup restore say that a key they bring back is one OKX said it no longer knows (walk 21). */
class BackupOfKeyGoneOnOkxTest extends CheckFixture {

    private String manualId() throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(cli.run("backup", "list", "--json").out())) {
            if (row.get("reason").asText().equals("manual")) {
                return row.get("id").asText();
            }
        }
        throw new AssertionError("no manual backup");
    }

    @Test
    void listAndRestoreSayTheKeyTheyBringBackWillNotWork() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only").ips("127.0.0.1"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        cli.run("check", "bot");
        okx.remove(onOkx);
        cli.run("check", "bot");
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        assertThat(cli.run("remove", "bot", "--yes").exitCode()).isZero();

        Result list = cli.run("backup", "list");
        Result restore = cli.run("backup", "restore", manualId(), "--yes");

        assertThat(list.out()).as(list.all()).contains("no longer has: bot. Restoring it brings it back. OKX said on ")
                .contains(" that it no longer knows bot: restored, it will not work.")
                .containsPattern(" \\d+ KB ").doesNotContain("KiB");
        assertThat(restore.out()).as(restore.all()).contains("that it no longer knows bot: restored, it will not work.");
    }

    /** Issue #15: OKX refused the key after the backup was made; the restored vault knows it, not the older "fine". */
    @Test
    void aRestoreKeepsWhatOkxSaidAfterTheBackupWasMade() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().apiKey(API_KEY).secretKey(SECRET_KEY).passphrase(PASSPHRASE)
                .perm("read_only").ips("127.0.0.1"));
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE, "--base-url", okx.baseUrl());
        cli.run("check", "bot");
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        okx.remove(onOkx);
        cli.run("check", "bot");

        Result restore = cli.run("backup", "restore", manualId(), "--yes");
        Result show = cli.run("show", "bot");

        assertThat(restore.exitCode()).as(restore.all()).isZero();
        assertThat(restore.out()).as(restore.all())
                .contains("OKX said since that it no longer knows bot: the restored vault says so.");
        assertThat(show.out()).as(show.all()).contains("the key was deleted on OKX").doesNotContain("may delete it");
    }
}
