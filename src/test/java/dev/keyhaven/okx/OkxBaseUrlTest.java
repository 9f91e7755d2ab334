package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OkxBaseUrlTest {

    @ParameterizedTest
    @EnumSource(Region.class)
    void everyRegionsHostIsAccepted(Region region) {
        assertThat(OkxBaseUrl.of(region).toString()).isEqualTo(region.restBaseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openapi.okx.com/", "HTTPS://www.okx.com", "https://proxy.example:8443/okx"})
    void httpsAnywhereIsAcceptedAndTheTrailingSlashDropped(String url) {
        OkxBaseUrl parsed = OkxBaseUrl.parse(url);
        assertThat(parsed.toString()).doesNotEndWith("/");
        assertThat(parsed.resolve("/api/v5/public/time")).endsWith("/api/v5/public/time").doesNotContain("//api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.1.2.3", "http://localhost:9000", "http://[::1]:7000"})
    void plainHttpIsAcceptedOnlyToThisComputer(String url) {
        assertThat(OkxBaseUrl.parse(url).isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.okx.com", "http://192.168.1.10", "http://127.0.0.1.evil.example",
        "http://localhost.evil.example", "http://128.0.0.1", "http://10.0.0.1:8080/okx"})
    void plainHttpElsewhereIsRefusedWithASentence(String url) {
        assertThatThrownBy(() -> OkxBaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only talks to OKX over HTTPS")
                .hasMessageContaining("use https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://www.okx.com", "www.okx.com", "https://", "https://user:pw@www.okx.com",
        "https://www.okx.com/?x=1", "not a url at all", " ", "http://127.0.0.256"})
    void otherShapesAreRefusedWithASentence(String url) {
        assertThatThrownBy(() -> OkxBaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .message().matches("[A-Z\"].*\\.( \\(.*\\))?");
    }
}
