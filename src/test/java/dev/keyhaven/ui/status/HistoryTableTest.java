package dev.keyhaven.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-off check's row in History names its address once. */
class HistoryTableTest {

    private static final String LOCAL = "http://127.0.0.1:9 (a local address, not OKX)";

    @Test
    void aOneOffRowNamesItsAddressOnce() {
        String row = "One-off check at " + LOCAL + ": not a use of the key. Could not check: Nothing answers at the"
                + " address " + LOCAL + ": is the stand-in running?";
        assertThat(HistoryTable.addressSaidOnce(row)).isEqualTo("One-off check at " + LOCAL + ": not a use of the"
                + " key. Could not check: Nothing answers at that address: is the stand-in running?");
    }

    @Test
    void aOneOffRowAtAnotherAddressSaysTheRawAddressOnceToo() {
        String row = "One-off check at https://proxy.example, not the key's own address. Could not check:"
                + " https://proxy.example did not answer.";
        assertThat(HistoryTable.addressSaidOnce(row)).isEqualTo("One-off check at https://proxy.example, not the"
                + " key's own address. Could not check: that address did not answer.");
    }

    @Test
    void otherRowsAreLeftAsTheyAre() {
        assertThat(HistoryTable.addressSaidOnce("Works. Read + Trade.")).isEqualTo("Works. Read + Trade.");
    }
}
