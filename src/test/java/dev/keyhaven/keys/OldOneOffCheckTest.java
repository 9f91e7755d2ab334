package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vault written by a version before one-off checks were marked "sent elsewhere": its {@code check --base-url}
 * entries look like any check. The check made at the key's saved address still counts (walk r18, section 16).
 */
class OldOneOffCheckTest extends FakeOkxVaultFixture {

    private final FakeOkxServer proxy = FakeOkxServer.start();
    private long id;

    @BeforeEach
    void keyCheckedAtItsOwnAddress() throws VaultException {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").label("gridbot"));
        proxy.add(key);
        id = saveTradingKey("gridbot", key);
        serviceAt(Instant.parse("2026-12-01T10:00:00Z")).check(vault, id);
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    /** What {@code KeyService.check(vault, id, baseUrl)} recorded before the mark: the plain history entry. */
    private void oneOffCheckRecordedTheOldWay(String baseUrl) throws VaultException {
        KeyRecord key = vault.key(id).orElseThrow();
        CheckResult result;
        try (Credentials credentials = vault.credentials(id)) {
            result = new KeyChecker(client, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                    .check(new CheckTarget(key.label(), key.purpose(), key.environment(), key.region(), baseUrl,
                            credentials, null));
        }
        vault.recordHistory(id, KeyService.historyEntry(result));
    }

    @Test
    void anOldOneOffCheckElsewhereLeavesTheCheckAtTheSavedAddressInCharge() throws VaultException {
        KeyVerdict before = KeyStatus.of(vault, vault.key(id).orElseThrow()).verdict();

        oneOffCheckRecordedTheOldWay(proxy.baseUrl());
        KeyStatus status = KeyStatus.of(vault, vault.key(id).orElseThrow());

        assertThat(before).isIn(KeyVerdict.WORKS, KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(status.verdict()).isEqualTo(before);
        assertThat(status.movedSinceCheck()).isFalse();
        assertThat(status.changedSinceCheck()).isFalse();
        assertThat(status.checkedAt()).contains(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void aKeyMovedAfterItsChecksStaysChangedNotChecked() throws VaultException {
        oneOffCheckRecordedTheOldWay(proxy.baseUrl());
        vault.update(id, new KeyDraft("gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                "https://www.okx.com", "", 0, null));

        KeyStatus status = KeyStatus.of(vault, vault.key(id).orElseThrow());

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.movedSinceCheck()).isTrue();
    }
}
