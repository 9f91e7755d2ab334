package dev.keyhaven.ui;

/** The system properties surefire sets for the desktop tests, for programs that start JavaFX themselves. */
final class Headless {

    private Headless() {
    }

    /** Call before the JavaFX toolkit starts. */
    static void configure() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
    }
}
