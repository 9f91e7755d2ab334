package dev.keyhaven.ui;

import dev.keyhaven.ui.keylist.KeyListView;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.status.CheckAllView;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.control.MenuBar;
import dev.keyhaven.ui.common.FrameDelay;
import dev.keyhaven.ui.common.PlatformShortcuts;
import dev.keyhaven.ui.controls.FocusPlace;

/**
 * The window's layout: one screen at a time (create, unlock, or the main screen), and the main screen
 * itself: the toolbar, the key list on the left and the {@link Navigator}'s detail pane on the right.
 */
final class MainWindow {

    /** What the toolbar and the list's "Archived keys" do. */
    record Actions(Runnable addKey, Runnable checkAll, ObservableBooleanValue checkingAll, Runnable settings,
            Runnable lock, Runnable archived) {
    }

    private final StackPane root = new StackPane();
    private MenuBar menuBar;
    private final KeyListViewModel keyList;
    private final Navigator navigator;
    private final Toast toast;
    private final LinkNote linkNote;
    private Actions actions;
    private KeyListView keyListView;
    /** The main screen built while the window waited for the password; see {@link #prepareMainScreen}. */
    private Node preparedMainScreen;
    /** The throwaway pages laid out beside it (see {@link #prepareMainScreen}). */
    private final List<Node> rehearsals = new java.util.ArrayList<>();
    /** The rehearsals begun last; one begun earlier stops at its next step. */
    private Object rehearsalRun;

    MainWindow(KeyListViewModel keyList, Navigator navigator, Toast toast, LinkNote linkNote) {
        this.linkNote = linkNote;
        this.keyList = keyList;
        this.navigator = navigator;
        this.toast = toast;
        root.setId("app-root");
        root.getStyleClass().add("app-root");
    }

    /** Set once, before the first main screen is built. */
    void setActions(Actions actions) {
        this.actions = actions;
    }

    Parent root() {
        return root;
    }

    /** Keeps macOS's system menu bar in the scene (it draws nothing in the window) whichever screen shows. */
    void installMenuBar(MenuBar bar) {
        bar.setManaged(false);
        menuBar = bar;
        root.getChildren().add(bar);
    }

    /** Shows {@code screen} alone, wiping any secret typed into the one it replaces. */
    void setScreen(Node screen) {
        root.getChildren().forEach(SecretInputs::wipeAll);
        root.getChildren().setAll(screen);
        if (menuBar != null) {
            root.getChildren().add(menuBar);
        }
        preparedMainScreen = null;
        rehearsals.clear();
    }

    /**
     * Takes the rehearsals out of the window when an unlock starts: one still being styled and laid out then
     * held the JavaFX thread beside the key derivation (docs/benchmarks.md). The prepared main screen stays.
     */
    void dropRehearsals() {
        root.getChildren().removeAll(rehearsals);
        rehearsals.clear();
    }

    /** Shows the main screen: the one prepared under the lock screen, or a new one. */
    void showMainScreen() {
        Node main = preparedMainScreen != null ? preparedMainScreen : mainScreen();
        main.setVisible(true);
        setScreen(main);
    }

    /** Puts the focus in the key list (after unlock). */
    void focusKeyList() {
        keyListView.list().requestFocus();
    }

    /**
     * Builds the main screen, empty and hidden under the lock screen, while the window waits for the
     * master password: its styling and layout are then done when the vault opens. The key list and the Check
     * all page are also drawn from made-up keys ({@link KeyListView#rehearsal},
     * {@link CheckAllView#rehearsal}), then a key's page ({@link KeyPageRehearsal}), so that their first real
     * showing runs no cold code; they hold no key. Each step a frame apart, so that none holds the JavaFX thread
     * for long; skipped while {@code busy} (an unlock under way or done), since doing it beside the key
     * derivation would only slow that down. Rehearsals dropped by an unlock that then failed are begun again.
     */
    void prepareMainScreen(BooleanSupplier busy, java.util.function.Function<BooleanSupplier, Node> keyPageRehearsal) {
        if (busy.getAsBoolean()) {
            return;
        }
        if (preparedMainScreen == null) {
            preparedMainScreen = mainScreen();
            preparedMainScreen.setVisible(false);
            root.getChildren().add(0, preparedMainScreen);
        }
        if (!rehearsals.isEmpty()) {
            return;
        }
        Node preparing = preparedMainScreen;
        Object run = new Object();
        rehearsalRun = run;
        BooleanSupplier goOn = () -> preparing == preparedMainScreen && run == rehearsalRun && !busy.getAsBoolean();
        FrameDelay.nextFrame(() -> {
            if (goOn.getAsBoolean()) {
                rehearse(List.of(KeyListView.rehearsal(keyList, busy), CheckAllView.rehearsal()));
                FrameDelay.nextFrame(() -> {
                    if (goOn.getAsBoolean()) {
                        // In a pane styled as the detail pane, so that the page's rules match as they will there.
                        StackPane keyPage = new StackPane(keyPageRehearsal.apply(busy));
                        keyPage.getStyleClass().add("detail-pane");
                        rehearse(List.of(keyPage));
                    }
                });
            }
        });
    }

    private void rehearse(List<Node> pages) {
        pages.forEach(page -> page.setVisible(false));
        rehearsals.addAll(pages);
        root.getChildren().addAll(0, pages);
    }

    /** Puts the caret in the key list's filter (Ctrl+F). */
    void focusFilter() {
        if (keyListView != null) {
            keyListView.filterField().requestFocus();
        }
    }

    /** Wipes every secret field on the screen shown (on lock). */
    void wipeSecrets() {
        SecretInputs.wipeAll(root);
    }

    /** Lets go of the key list's view on lock. */
    void forgetKeyList() {
        keyListView = null;
    }

    private Node mainScreen() {
        keyListView = new KeyListView(keyList);
        keyListView.archivedButton().setOnAction(event -> actions.archived().run());
        // Wide enough for a key's badges and status at 900 pixels; kept as the window grows or shrinks.
        keyListView.setMinWidth(310);
        keyListView.setPrefWidth(310);

        SplitPane split = new SplitPane(keyListView, navigator.pane());
        split.setDividerPositions(0.3);
        // The list starts at its own width, whatever the window's: a fraction would give it half of a wide screen.
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> observable, Number was,
                    Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(keyListView.getPrefWidth() / now.doubleValue());
                }
            }
        });
        SplitPane.setResizableWithParent(keyListView, false);

        BorderPane main = new BorderPane(new StackPane(split, linkNote.layer()));
        main.setTop(toolbar());
        main.setBottom(toast.bar());
        main.setId("main-screen");
        main.getStyleClass().add("main-screen");
        return main;
    }

    private ToolBar toolbar() {
        Label brand = new Label("Keyhaven");
        brand.getStyleClass().add("brand");
        Button add = toolButton("_Add key", "add-key", "Add a key (" + PlatformShortcuts.describe(PlatformShortcuts.NEW_KEY) + ")", actions.addKey());
        add.getStyleClass().add("accent");
        Button checkAll = toolButton("_Check all", "check-all", "Check every key with OKX", actions.checkAll());
        checkAll.disableProperty().bind(Bindings.isEmpty(keyList.items()).or(actions.checkingAll()));
        Button settingsButton = toolButton("S_ettings", "open-settings", "Settings", actions.settings());
        Button lockButton = toolButton("_Lock", "lock", "Lock now (" + PlatformShortcuts.describe(PlatformShortcuts.LOCK) + ")", actions.lock());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(brand, spacer, add, checkAll, settingsButton, lockButton);
        // Not the bar itself: a focused tool bar hands the focus on to its first item.
        FocusPlace.keep(checkAll, spacer);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private static Button toolButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
