package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequestSignerTest {

    private static final String SECRET = "22582BD0CFF14C41EDBF1AB98506286D";
    private static final String TIMESTAMP = "2020-12-08T09:08:57.715Z";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "GET  | /api/v5/account/balance?ccy=BTC | ''                                                     | HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=",
        "GET  | /api/v5/account/config          | ''                                                     | Kr/8IrbDYujS4cg2KkmB+tO2HMUXxyayG6ZwNb4H/yA=",
        "POST | /api/v5/account/balance         | {\"instId\":\"BTC-USDT\",\"lever\":\"5\",\"mgnMode\":\"isolated\"} | c66qxzrK510++vfEdJU4TAH/T3pK9CfwXPce2YHMIfs=",
    })
    void matchesOkxsPublishedVectors(String method, String path, String body, String expected) {
        try (Secret secret = Secret.ofString(SECRET)) {
            assertThat(RequestSigner.sign(secret, TIMESTAMP, method, path, body)).isEqualTo(expected);
        }
    }

    @Test
    void methodIsUpperCasedInThePrehash() {
        assertThat(RequestSigner.prehash(TIMESTAMP, "get", "/api/v5/account/config", null))
                .isEqualTo(TIMESTAMP + "GET/api/v5/account/config");
    }

    @Test
    void timestampHasMillisecondsAndZuluEvenOnAWholeSecond() {
        assertThat(RequestSigner.timestamp(Instant.parse("2020-12-08T09:08:57Z"))).isEqualTo("2020-12-08T09:08:57.000Z");
        assertThat(RequestSigner.timestamp(Instant.parse("2020-12-08T09:08:57.715123Z"))).isEqualTo(TIMESTAMP);
    }

    @Test
    void leavesTheCallersSecretIntact() {
        try (Secret secret = Secret.ofString(SECRET)) {
            RequestSigner.sign(secret, TIMESTAMP, "GET", "/api/v5/account/config", "");
            assertThat(secret.reveal()).isEqualTo(SECRET);
        }
    }

    @Test
    void anEmptySecretIsASentenceNotACrash() {
        assertThatThrownBy(() -> RequestSigner.sign(Secret.empty(), TIMESTAMP, "GET", "/", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret key is empty");
    }
}
