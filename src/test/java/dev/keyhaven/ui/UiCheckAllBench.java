package dev.keyhaven.ui;

import static dev.keyhaven.ui.BenchmarkSupport.list;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link UiBenchmark} (c): the JavaFX thread during Check all of 20 keys. The fake OKX (100 ms per request) and each
 * run's fresh vault are made in this JVM; the app runs in a child as the installed launcher runs it
 * ({@link UiChildJvms#startKeyhaven}), whose runtime has no HTTP server ({@link UiCheckAllChild}).
 */
final class UiCheckAllBench {

    private static final int CHECK_ALL_RUNS = Integer.getInteger("ui.checkAllRuns", 5);

    private UiCheckAllBench() {
    }

    static void run(Path home) throws Exception {
        Path vaultFile = home.resolve("vault.keyhaven");
        List<String> checkAll = List.of(UiBenchmark.class.getName(), "checkall", vaultFile.toString());
        long[] longest = new long[CHECK_ALL_RUNS];
        try (FakeOkxServer okx = FakeOkxServer.start()) {
            okx.latency(Duration.ofMillis(100));
            List<FakeKey> keys = keysFor(okx);
            for (int run = 0; run < CHECK_ALL_RUNS; run++) {
                makeVault(vaultFile, okx, keys);
                longest[run] = UiChildJvms.keyhavenResult(home, checkAll);
            }
            System.out.printf("    rate-limit refusals from the fake OKX in all runs: %d%n", okx.rateLimitRejections());
        }
        long worst = Arrays.stream(longest).max().orElse(0);
        System.out.printf("    longest JavaFX-thread delay of each run: %s; worst %d ms (target <= 100 ms) %s%n",
                list(longest), worst, worst <= 100 ? "OK" : "OVER");
    }

    /** A fresh vault at {@code vaultFile} holding {@code keys}, none of them checked yet. */
    static void makeVault(Path vaultFile, FakeOkxServer okx, List<FakeKey> keys) throws Exception {
        Files.createDirectories(vaultFile.getParent());
        Files.deleteIfExists(vaultFile);
        try (Secret password = Secret.ofString(BenchmarkVault.MASTER);
                Vault vault = Vault.create(vaultFile, password, VaultOptions.forTests())) {
            for (int i = 0; i < keys.size(); i++) {
                FakeKey key = keys.get(i);
                try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()),
                        Secret.ofString(key.secretKey()), Secret.ofString(key.passphrase()))) {
                    vault.add(new KeyDraft("bot" + i, Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                            okx.baseUrl(), "", 0, credentials));
                }
            }
        }
    }

    /** 20 trading keys bound to loopback, added to {@code okx}. */
    static List<FakeKey> keysFor(FakeOkxServer okx) {
        List<FakeKey> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add(okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("bot" + i)
                    .trading("USDT", "100", "100")));
        }
        return keys;
    }
}
