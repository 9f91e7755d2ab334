package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.testfx.api.FxToolkit;

/** Cmd on macOS, Ctrl elsewhere: every shortcut uses SHORTCUT, never a fixed Ctrl or Meta. */
class PlatformShortcutsTest {

    private final List<String> ran = new ArrayList<>();

    /** Menus hold a separator, a control: JavaFX must be running (headless here). */
    @BeforeAll
    static void javaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private final MacMenu.Actions actions = new MacMenu.Actions(() -> ran.add("new key"), () -> ran.add("save"),
            () -> ran.add("lock"));

    @Test
    void everyShortcutIsTheSystemsShortcutKeyAndNothingElse() {
        for (KeyCodeCombination shortcut : List.of((KeyCodeCombination) PlatformShortcuts.LOCK,
                (KeyCodeCombination) PlatformShortcuts.NEW_KEY, (KeyCodeCombination) PlatformShortcuts.SAVE,
                (KeyCodeCombination) PlatformShortcuts.FIND)) {
            assertThat(shortcut.getShortcut()).as("%s", shortcut).isEqualTo(ModifierValue.DOWN);
            assertThat(List.of(shortcut.getControl(), shortcut.getMeta(), shortcut.getAlt(), shortcut.getShift()))
                    .as("%s", shortcut).containsOnly(ModifierValue.UP);
        }
        assertThat(((KeyCodeCombination) PlatformShortcuts.LOCK).getCode()).isEqualTo(KeyCode.L);
        assertThat(((KeyCodeCombination) PlatformShortcuts.NEW_KEY).getCode()).isEqualTo(KeyCode.N);
        assertThat(((KeyCodeCombination) PlatformShortcuts.SAVE).getCode()).isEqualTo(KeyCode.S);
    }

    @Test
    void textsNameCmdOnAMacAndCtrlElsewhere() {
        assertThat(PlatformShortcuts.describe((KeyCodeCombination) PlatformShortcuts.LOCK, "Mac OS X")).isEqualTo("\u2318L");
        assertThat(PlatformShortcuts.describe((KeyCodeCombination) PlatformShortcuts.LOCK, "Windows 11")).isEqualTo("Ctrl+L");
        assertThat(PlatformShortcuts.describe((KeyCodeCombination) PlatformShortcuts.SAVE, "Linux")).isEqualTo("Ctrl+S");
    }

    @Test
    void textsOnThisSystemFollowItsName() {
        String expected = System.getProperty("os.name").startsWith("Mac") ? "\u2318L" : "Ctrl+L";
        assertThat(PlatformShortcuts.describe(PlatformShortcuts.LOCK)).isEqualTo(expected);
    }

    @Test
    void theMacMenuOffersNewKeySaveAndLockWithTheirShortcutsAndActions() {
        List<Menu> menus = MacMenu.menus(actions);

        assertThat(menus).extracting(Menu::getText).containsExactly("File");
        List<MenuItem> items = menus.get(0).getItems().stream().filter(item -> item.getId() != null).toList();
        assertThat(items).extracting(MenuItem::getId).containsExactly("menu-new-key", "menu-save", "menu-lock");
        assertThat(items).extracting(MenuItem::getAccelerator)
                .containsExactly(PlatformShortcuts.NEW_KEY, PlatformShortcuts.SAVE, PlatformShortcuts.LOCK);
        items.forEach(MenuItem::fire);
        assertThat(ran).containsExactly("new key", "save", "lock");
    }

    @Test
    void withoutASaveActionTheMenuHasNoSaveItem() {
        List<MenuItem> items = MacMenu.menus(new MacMenu.Actions(() -> ran.add("new key"), null, () -> ran.add("lock")))
                .get(0).getItems();
        assertThat(items).extracting(MenuItem::getId).containsExactly("menu-new-key", null, "menu-lock");
    }

    @Test
    @EnabledOnOs(value = OS.MAC, disabledReason = "the menu bar at the top of the screen is macOS's")
    void onThisMacTheMenuGoesToTheScreensMenuBar() {
        assertThat(MacMenu.forThisSystem(actions)).hasValueSatisfying(bar -> {
            assertThat(bar.isUseSystemMenuBar()).isTrue();
            assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File");
        });
    }

    @Test
    @DisabledOnOs(value = OS.MAC, disabledReason = "macOS gets the menu bar: the test above")
    void onThisSystemTheToolbarServesAndThereIsNoMenuBar() {
        assertThat(MacMenu.forThisSystem(actions)).isEmpty();
    }

    @Test
    void onlyMacOsGetsAMenuBar() {
        assertThat(MacMenu.forSystem("Windows 11", actions)).isEmpty();
        assertThat(MacMenu.forSystem("Linux", actions)).isEmpty();
    }
}
