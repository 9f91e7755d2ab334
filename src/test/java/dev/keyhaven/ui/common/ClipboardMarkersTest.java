package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.ClipboardMarkers.Os;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ClipboardMarkersTest {

    private static Map<String, byte[]> markersFor(Os os) {
        ClipboardContent content = new ClipboardContent();
        content.putString("the credential");
        ClipboardMarkers.addTo(content, os);
        return content.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(DataFormat.PLAIN_TEXT))
                .collect(Collectors.toMap(entry -> entry.getKey().getIdentifiers().iterator().next(),
                        entry -> bytes((ByteBuffer) entry.getValue())));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    @Test
    void windowsKeepsTheCopyOutOfMonitorsHistoryAndCloudWithAZeroDword() {
        assertThat(markersFor(Os.WINDOWS)).containsOnlyKeys("ExcludeClipboardContentFromMonitorProcessing",
                "CanIncludeInClipboardHistory", "CanUploadToCloudClipboard")
                .allSatisfy((name, value) -> assertThat(value).containsExactly(0, 0, 0, 0));
    }

    @Test
    void macOsMarksTheCopyConcealedAndTransient() {
        assertThat(markersFor(Os.MAC)).containsOnlyKeys("org.nspasteboard.ConcealedType",
                "org.nspasteboard.TransientType");
    }

    @Test
    @EnabledOnOs(value = OS.MAC, disabledReason = "JavaFX's macOS pasteboard classes ship in the macOS build only")
    void onMacOsTheMarkersReachThePasteboardUnderTheirOwnNames() throws Exception {
        markersFor(Os.MAC);
        assertThat(MacPasteboardTypes.typeFor(ClipboardMarkers.MAC_CONCEALED)).isEqualTo("org.nspasteboard.ConcealedType");
        assertThat(MacPasteboardTypes.typeFor(ClipboardMarkers.MAC_TRANSIENT)).isEqualTo("org.nspasteboard.TransientType");
    }

    @Test
    @DisabledOnOs(value = OS.MAC, disabledReason = "on macOS the pasteboard classes exist: the test above")
    void elsewhereTheMacPasteboardIsAbsentAndTheCopyStillGetsItsMarkers() {
        assertThat(MacPasteboardTypes.useAsWritten(ClipboardMarkers.MAC_CONCEALED)).isFalse();
        assertThat(markersFor(Os.MAC)).hasSize(2);
    }

    @Test
    void linuxHintsSecretToKdeAndOtherClipboardManagers() {
        assertThat(markersFor(Os.OTHER)).containsOnlyKeys("x-kde-passwordManagerHint")
                .hasEntrySatisfying("x-kde-passwordManagerHint",
                        value -> assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("secret"));
    }

    @Test
    void eachFormatIsRegisteredOnceAndFoundAgain() {
        markersFor(Os.WINDOWS);
        markersFor(Os.WINDOWS);
        assertThat(ClipboardMarkers.format("CanUploadToCloudClipboard"))
                .isSameAs(DataFormat.lookupMimeType("CanUploadToCloudClipboard"));
    }

    @Test
    void theOperatingSystemIsToldApartByItsName() {
        assertThat(Os.named("Windows 11")).isEqualTo(Os.WINDOWS);
        assertThat(Os.named("Mac OS X")).isEqualTo(Os.MAC);
        assertThat(Os.named("Linux")).isEqualTo(Os.OTHER);
        assertThat(Os.named("FreeBSD")).isEqualTo(Os.OTHER);
    }
}
