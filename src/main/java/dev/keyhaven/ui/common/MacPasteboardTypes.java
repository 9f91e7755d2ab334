package dev.keyhaven.ui.common;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Makes JavaFX on macOS put a custom clipboard format on the pasteboard under its own name. JavaFX turns
 * the name of a custom {@code DataFormat} into a dynamic type ("dyn.ah62…", as for an unknown MIME type),
 * so a clipboard manager would never see {@code org.nspasteboard.ConcealedType}. JavaFX keeps its
 * name-to-type table in {@code MacSystemClipboard.FormatEncoder}; entered there as themselves, the
 * markers reach the pasteboard as written. That class is internal (reachable because JavaFX runs from the
 * class path, in the installers too); when it cannot be reached (another system, another JavaFX) the
 * copy still works, only without the marker.
 */
final class MacPasteboardTypes {

    static final String ENCODER = "com.sun.glass.ui.mac.MacSystemClipboard$FormatEncoder";

    private MacPasteboardTypes() {
    }

    /** Enters {@code type} under its own name; true when JavaFX will use it as written. */
    @SuppressWarnings("unchecked")
    static boolean useAsWritten(String type) {
        try {
            Class<?> encoder = Class.forName(ENCODER);
            Field mimeToType = encoder.getDeclaredField("mtu");
            Field typeToMime = encoder.getDeclaredField("utm");
            mimeToType.setAccessible(true);
            typeToMime.setAccessible(true);
            synchronized (encoder) {
                ((Map<String, String>) mimeToType.get(null)).put(type, type);
                ((Map<String, String>) typeToMime.get(null)).put(type, type);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notReachable) {
            return false;
        }
    }

    /** What JavaFX will name {@code type} on the pasteboard, if it has decided already. */
    @SuppressWarnings("unchecked")
    static String typeFor(String type) throws ReflectiveOperationException {
        Field mimeToType = Class.forName(ENCODER).getDeclaredField("mtu");
        mimeToType.setAccessible(true);
        return ((Map<String, String>) mimeToType.get(null)).get(type);
    }
}
