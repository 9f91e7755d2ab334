package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * A check by hand of the real system clipboard (not Monocle's): one process copies through
 * {@link ClipboardGuard}, another pastes. Under Linux without a desktop, in one Xvfb display:
 * <pre>
 * xvfb-run -a sh -c 'java -cp CP dev.keyhaven.ui.common.ClipboardPasteCheck copy 8 &amp; sleep 4;
 *                    java -cp CP dev.keyhaven.ui.common.ClipboardPasteCheck paste; wait'
 * </pre>
 * "copy" holds the clipboard for the given seconds (X11 clipboards live in the copying process);
 * "paste" prints what another program finds there: the text and the marker formats.
 */
public final class ClipboardPasteCheck {

    static final String VALUE = "22582BD0CFF14C41EDBF1AB98506286D";

    private ClipboardPasteCheck() {
    }

    public static void main(String[] args) throws Exception {
        boolean copying = args.length > 0 && args[0].equals("copy");
        long holdSeconds = args.length > 1 ? Long.parseLong(args[1]) : 8;
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                report.complete(copying ? copy() : paste());
            } catch (RuntimeException e) {
                report.completeExceptionally(e);
            }
        });
        System.out.println(report.get(20, TimeUnit.SECONDS));
        if (copying) {
            Thread.sleep(holdSeconds * 1000);
        }
        Platform.exit();
    }

    private static String copy() {
        ClipboardGuard guard = ClipboardGuard.ofSystem(() -> Duration.ofMinutes(1));
        try (Secret secret = Secret.ofString(VALUE)) {
            guard.copy(secret);
        }
        return "copy: glass " + com.sun.glass.ui.Application.GetApplication().getClass().getSimpleName()
                + ", own clipboard reads back the value: " + VALUE.equals(Clipboard.getSystemClipboard().getString());
    }

    private static String paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String types = clipboard.getContentTypes().stream()
                .map(format -> String.join("|", format.getIdentifiers()))
                .sorted().collect(Collectors.joining(", "));
        DataFormat hint = DataFormat.lookupMimeType(ClipboardMarkers.KDE_PASSWORD_HINT);
        Object hintValue = clipboard.getContent(hint != null ? hint : ClipboardMarkers.format(ClipboardMarkers.KDE_PASSWORD_HINT));
        String hintText = hintValue instanceof ByteBuffer bytes ? StandardCharsets.UTF_8.decode(bytes.duplicate()).toString()
                : String.valueOf(hintValue);
        return "paste: text matches: " + VALUE.equals(clipboard.getString()) + "\n  types: " + types
                + "\n  " + ClipboardMarkers.KDE_PASSWORD_HINT + " = " + hintText;
    }
}
