package dev.keyhaven.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu a Mac user expects at the top of the screen, with the Cmd shortcuts shown beside each command.
 * JavaFX adds the application menu (About, Hide, Quit Keyhaven) itself; Cmd+Q asks each window to close,
 * so unsaved changes are asked about as when the window is closed. Other systems get no menu bar: the
 * app's toolbar serves there and the same shortcuts are scene accelerators.
 *
 * <p>The items carry the same {@link PlatformShortcuts} as the scene's accelerators; JavaFX keeps
 * accelerators in one map per scene, so a shortcut runs its command once.
 */
public final class MacMenu {

    /**
     * What the menu's commands do; each is the same action as the toolbar button or shortcut. {@code save}
     * may be null while the credentials form keeps Cmd+S to itself: the menu then has no Save item.
     */
    public record Actions(Runnable newKey, Runnable save, Runnable lock) {
    }

    private MacMenu() {
    }

    /** A system menu bar on macOS, nothing elsewhere. Put it anywhere in the window's scene. */
    public static Optional<MenuBar> forSystem(String osName, Actions actions) {
        if (ClipboardMarkers.Os.named(osName) != ClipboardMarkers.Os.MAC) {
            return Optional.empty();
        }
        MenuBar bar = new MenuBar();
        bar.setUseSystemMenuBar(true);
        bar.getMenus().setAll(menus(actions));
        return Optional.of(bar);
    }

    /** For the running system. */
    public static Optional<MenuBar> forThisSystem(Actions actions) {
        return forSystem(System.getProperty("os.name", ""), actions);
    }

    static List<Menu> menus(Actions actions) {
        Menu file = new Menu("File");
        file.getItems().add(item("New Key…", "menu-new-key", PlatformShortcuts.NEW_KEY, actions.newKey()));
        if (actions.save() != null) {
            file.getItems().add(item("Save", "menu-save", PlatformShortcuts.SAVE, actions.save()));
        }
        file.getItems().addAll(new SeparatorMenuItem(),
                item("Lock Keyhaven", "menu-lock", PlatformShortcuts.LOCK, actions.lock()));
        return List.of(file);
    }

    private static MenuItem item(String text, String id, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut);
        item.setOnAction(event -> action.run());
        return item;
    }
}
