package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client tests give the app: it talks to the fake OKX on this computer and refuses OKX itself. */
class OkxClientLoopbackOnlyTest {

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder().loopbackOnly().build();

    @AfterEach
    void stop() {
        client.close();
        okx.close();
    }

    @Test
    void itTalksToTheFakeOkxOnThisComputer() throws Exception {
        ClockSync sync = client.clock(OkxBaseUrl.parse(okx.baseUrl())).sync(Duration.ofMinutes(1));

        assertThat(sync.syncedAt()).isNotNull();
        assertThat(okx.requests()).hasSize(1);
    }

    @Test
    void itRefusesOkxItselfBeforeLookingItUp() {
        assertThatThrownBy(() -> client.clock(OkxBaseUrl.parse("https://www.okx.com")).resync())
                .isInstanceOfSatisfying(OkxException.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(OkxException.Kind.UNREACHABLE);
                    assertThat(failure.getCause()).isNull();
                })
                .hasMessageContaining("Refused to contact www.okx.com")
                .hasMessageContaining("only talks to this computer");
    }
}
