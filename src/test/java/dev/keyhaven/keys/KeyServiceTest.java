package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check of a stored key: a real vault file in a temporary folder, a real fake OKX on loopback. */
class KeyServiceTest extends FakeOkxVaultFixture {

    private static final Instant FIRST_CHECK = Instant.parse("2026-03-01T10:00:00Z");

    private long store(FakeKey key, String passphrase) throws VaultException {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(passphrase))) {
            return vault.add(new KeyDraft(key.label(), Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
        }
    }

    @Test
    void aCheckIsRecordedInTheHistoryAndReadBack() throws VaultException {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").uid("4711").label("gridbot"));
        long id = store(key, key.passphrase());
        KeyService service = serviceAt(FIRST_CHECK);

        CheckResult result = service.check(vault, id);

        assertThat(result.ok()).isTrue();
        assertThat(result.problemIds()).containsExactly("NO_IP_BINDING");
        HistoryEntry entry = vault.history(id).get(0);
        assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CHECK);
        assertThat(entry.outcome()).isEqualTo(HistoryEntry.Outcome.WARNING);
        assertThat(entry.at()).isEqualTo(FIRST_CHECK);
        assertThat(entry.signedUse()).isTrue();
        assertThat(entry.permissions()).isEqualTo(new Permissions(true, true, false));
        assertThat(entry.ips()).isEmpty();
        assertThat(entry.accountUid()).isEqualTo("4711");
        assertThat(entry.problemIds()).containsExactly("NO_IP_BINDING");
        assertThat(entry.summary()).isEqualTo("Works. Read + Trade, not bound to an IP. 1 warning.");
        assertThat(entry.detailJson()).doesNotContain(key.secretKey()).doesNotContain(key.passphrase());
        assertThat(service.lastCheck(vault, id)).contains(result);
        assertThat(service.lastSignedUse(vault, id)).contains(FIRST_CHECK);
    }

    @Test
    void aFailedCheckIsNoUseAndLeavesTheLastUseWhereItWas() throws VaultException {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = store(key, key.passphrase());
        serviceAt(FIRST_CHECK).check(vault, id);
        try (Credentials wrong = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString("Not-The-Passphrase1"))) {
            vault.update(id, KeyDraft.of(vault.key(id).orElseThrow()).withCredentials(wrong));
        }
        KeyService later = serviceAt(FIRST_CHECK.plus(Duration.ofDays(3)));

        CheckResult failed = later.check(vault, id);

        assertThat(failed.problemIds()).containsExactly("AUTH_WRONG_PASSPHRASE");
        HistoryEntry entry = vault.history(id).get(0);
        assertThat(entry.outcome()).isEqualTo(HistoryEntry.Outcome.FAILED);
        assertThat(entry.signedUse()).isFalse();
        assertThat(entry.summary()).startsWith("Rejected by OKX: OKX does not accept the passphrase");
        assertThat(later.lastSignedUse(vault, id)).contains(FIRST_CHECK);
        assertThat(later.lastCheck(vault, id)).contains(failed);
    }

    @Test
    @Tag("mutation-redundant")
    void aKeyNeverCheckedHasNoLastCheckNorUse() throws VaultException {
        long id = store(okx.add(FakeKey.builder()), "whatever1");
        KeyService service = serviceAt(FIRST_CHECK);
        assertThat(service.lastCheck(vault, id)).isEmpty();
        assertThat(service.lastSignedUse(vault, id)).isEmpty();
    }

    @Test
    void anUnknownIdIsASentenceForTheUser() {
        assertThatThrownBy(() -> serviceAt(FIRST_CHECK).check(vault, 999))
                .isInstanceOfSatisfying(VaultException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(VaultException.Reason.INVALID_INPUT))
                .hasMessageContaining("999");
    }

    @Test
    void aCheckCountsAsUseOnlyWhenItWentToOkxOrToThisComputer() throws VaultException {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").uid("4711"));
        long id = store(key, key.passphrase());
        KeyService service = serviceAt(FIRST_CHECK);

        CheckResult elsewhere = service.check(vault, id, "https://okx.com.example.net");

        assertThat(elsewhere.problemIds()).containsExactly("NETWORK");
        assertThat(vault.history(id).get(0).signedUse()).isFalse();
        assertThat(okx.requests()).as("nothing is sent to an address outside OKX").isEmpty();

        service.check(vault, id, okx.baseUrl());

        assertThat(vault.history(id).get(0).signedUse()).as("loopback stands for OKX in tests").isTrue();
        assertThat(service.lastSignedUse(vault, id)).contains(FIRST_CHECK);
    }

    @Test
    @Tag("mutation-redundant")
    void aStoredAddressThatIsNoLongerAcceptedIsAProblemToFixNotARequest() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade"));
        long id = store(key, key.passphrase());
        Path file = vault.path();
        dev.keyhaven.vault.KeyRecord record = vault.key(id).orElseThrow();
        vault.close();
        try (Secret password = Secret.ofString("correct horse battery staple")) {
            dev.keyhaven.vault.OlderVaultWriter.storeBaseUrl(file, password, record, "https://www.okx.com@" + "127.0.0.1");
            vault = Vault.open(file, password, VaultOptions.forTests());
        }

        CheckResult result = serviceAt(FIRST_CHECK).check(vault, id);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.NETWORK);
            assertThat(problem.message()).contains("without a user name");
            assertThat(problem.fix()).contains("Edit the key's address");
        });
        assertThat(vault.history(id).get(0).signedUse()).isFalse();
        assertThat(okx.requests()).isEmpty();
    }
}
