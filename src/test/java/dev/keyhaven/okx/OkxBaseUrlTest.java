package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OkxBaseUrlTest {

    @ParameterizedTest
    @EnumSource(Region.class)
    void everyRegionsHostIsAccepted(Region region) {
        OkxBaseUrl url = OkxBaseUrl.of(region);
        assertThat(url.toString()).isEqualTo(region.restBaseUrl());
        assertThat(url.isOkx()).isTrue();
        assertThat(url.isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openapi.okx.com/", "HTTPS://WWW.OKX.COM", "https://okx.com", "https://www.okx.com:443"})
    void okxOverHttpsIsAcceptedAndNormalised(String url) {
        OkxBaseUrl parsed = OkxBaseUrl.parse(url);
        assertThat(parsed.toString()).matches("https://([a-z]+\\.)?okx\\.com");
        assertThat(parsed.resolve("/api/v5/public/time")).endsWith("okx.com/api/v5/public/time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:9000", "http://[::1]:7000",
        "https://localhost:8443"})
    void thisComputerIsAcceptedOverHttpOrHttpsOnAnyPort(String url) {
        OkxBaseUrl parsed = OkxBaseUrl.parse(url);
        assertThat(parsed.isLoopback()).isTrue();
        assertThat(parsed.isOkx()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://proxy.example", "https://okx.com.evil.io", "https://evilokx.com",
        "https://www.okx.co", "http://192.168.1.10", "http://127.0.0.1.evil.example", "http://127.evil.com",
        "http://localhost.evil.example", "http://128.0.0.1", "https://10.0.0.1"})
    void everyOtherHostIsRefusedWithTheSentence(String url) {
        assertThatThrownBy(() -> OkxBaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(OkxBaseUrl.ONLY_OKX)
                .hasMessageContaining("https://www.okx.com");
    }

    @Test
    void userInfoCannotSmuggleAnotherHost() {
        assertThatThrownBy(() -> OkxBaseUrl.parse("https://www.okx.com@evil.io"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a user name");
    }

    @Test
    void plainHttpToOkxIsRefusedWithTheReason() {
        assertThatThrownBy(() -> OkxBaseUrl.parse("http://www.okx.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only talks to OKX over HTTPS")
                .hasMessageContaining("use https://");
    }

    @Test
    void okxOnAnotherPortIsRefused() {
        assertThatThrownBy(() -> OkxBaseUrl.parse("https://www.okx.com:8443"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standard HTTPS port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://www.okx.com", "www.okx.com", "https://", "https://user:pw@www.okx.com",
        "https://www.okx.com/?x=1", "https://www.okx.com/#top", "https://www.okx.com/api", "not a url at all", " ",
        "http://127.0.0.256"})
    void otherShapesAreRefusedWithASentence(String url) {
        assertThatThrownBy(() -> OkxBaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .message().matches("[A-Z\"].*\\.( \\(.*\\))?");
    }
}
