package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.OkxClient;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CheckServicesTest {

    private final AtomicInteger clientsBuilt = new AtomicInteger();
    private final Supplier<OkxClient> countingFactory = () -> {
        clientsBuilt.incrementAndGet();
        return OkxClient.create();
    };

    @Test
    void buildsNothingUntilAsked() {
        try (CheckServices services = new CheckServices(countingFactory)) {
            assertThat(services.isBuilt()).isFalse();
            assertThat(clientsBuilt).hasValue(0);
        }
        assertThat(clientsBuilt).as("closing unused services builds none").hasValue(0);
    }

    @Test
    void prepareBuildsOnceAndLaterCallsReuseIt() {
        try (CheckServices services = new CheckServices(countingFactory)) {
            services.prepare();
            services.prepare();

            assertThat(services.isBuilt()).isTrue();
            assertThat(services.keyService()).isSameAs(services.keyService());
            assertThat(clientsBuilt).hasValue(1);
        }
    }

    @Test
    void nothingIsBuiltAfterClose() {
        CheckServices services = new CheckServices(countingFactory);
        services.close();

        services.prepare();

        assertThat(clientsBuilt).hasValue(0);
        assertThatThrownBy(services::keyService).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forgettingConnectionsOnLockBuildsNothingAndKeepsTheServiceUsable() {
        try (CheckServices services = new CheckServices(countingFactory)) {
            services.forgetConnections();
            assertThat(clientsBuilt).as("a lock before any check builds no client").hasValue(0);

            services.prepare();
            services.forgetConnections();

            assertThat(services.isBuilt()).isTrue();
            assertThat(services.keyService()).isNotNull();
            assertThat(clientsBuilt).hasValue(1);
        }
    }
}
