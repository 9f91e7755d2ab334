package dev.keyhaven.ui.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * The extra clipboard formats password managers copy beside a secret, asking clipboard history, cloud
 * clipboard sync and clipboard managers to leave it alone. Only the current system's markers are added:
 * the others mean nothing there.
 *
 * <p>The values are raw bytes (a {@link ByteBuffer}): JavaFX passes those through unchanged, where it
 * would serialise a String of a custom format as a Java object.
 */
final class ClipboardMarkers {

    enum Os {
        WINDOWS, MAC, OTHER;

        static Os current() {
            return named(System.getProperty("os.name", ""));
        }

        static Os named(String osName) {
            String name = osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            return name.startsWith("mac") ? MAC : OTHER;
        }
    }

    /** Windows: keep out of clipboard monitors; a DWORD 0 says "not in Win+V history, not to the cloud". */
    static final String WINDOWS_EXCLUDE_FROM_MONITORS = "ExcludeClipboardContentFromMonitorProcessing";
    static final String WINDOWS_CLIPBOARD_HISTORY = "CanIncludeInClipboardHistory";
    static final String WINDOWS_CLOUD_CLIPBOARD = "CanUploadToCloudClipboard";
    /** macOS (nspasteboard.org): clipboard managers do not show concealed items (a password) in plain view. */
    static final String MAC_CONCEALED = "org.nspasteboard.ConcealedType";
    /** macOS (nspasteboard.org): a transient item is not recorded in a clipboard manager's history at all. */
    static final String MAC_TRANSIENT = "org.nspasteboard.TransientType";
    /** KDE Klipper and other Linux clipboard managers skip items with the hint "secret". */
    static final String KDE_PASSWORD_HINT = "x-kde-passwordManagerHint";

    private ClipboardMarkers() {
    }

    /** Adds the markers of {@code os} to {@code content}, next to the text already put there. */
    static void addTo(ClipboardContent content, Os os) {
        markers(os).forEach((id, bytes) -> {
            if (os == Os.MAC) {
                MacPasteboardTypes.useAsWritten(id);
            }
            content.put(format(id), ByteBuffer.wrap(bytes));
        });
    }

    private static Map<String, byte[]> markers(Os os) {
        Map<String, byte[]> markers = new LinkedHashMap<>();
        switch (os) {
            case WINDOWS -> {
                markers.put(WINDOWS_EXCLUDE_FROM_MONITORS, new byte[4]);
                markers.put(WINDOWS_CLIPBOARD_HISTORY, new byte[4]);
                markers.put(WINDOWS_CLOUD_CLIPBOARD, new byte[4]);
            }
            case MAC -> {
                markers.put(MAC_CONCEALED, "secret".getBytes(StandardCharsets.UTF_8));
                markers.put(MAC_TRANSIENT, new byte[0]);
            }
            case OTHER -> markers.put(KDE_PASSWORD_HINT, "secret".getBytes(StandardCharsets.UTF_8));
        }
        return markers;
    }

    /** The format named {@code id}: JavaFX allows each name to be registered only once per run. */
    static synchronized DataFormat format(String id) {
        DataFormat registered = DataFormat.lookupMimeType(id);
        return registered != null ? registered : new DataFormat(id);
    }
}
