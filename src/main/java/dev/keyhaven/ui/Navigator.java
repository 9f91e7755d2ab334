package dev.keyhaven.ui;

import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.UnsavedInput;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import dev.keyhaven.ui.common.FocusReturn;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * Which page the detail pane beside the key list shows, and the question asked before a page with
 * unsaved changes is left. The openers ({@link KeyPageOpener}, {@link AddKeyOpener}, …) build pages;
 * this class puts them up, wiping and disposing the page they replace.
 */
final class Navigator {

    static final String EMPTY_DETAIL = "empty-detail";

    private final StackPane detail = new StackPane();
    private final KeyListViewModel keyList;
    private final Dialogs dialogs;
    /** The guide and the input that leaving would lose (a credentials form) on the page shown, if it has them. */
    private GuideViewModel currentGuide;
    private UnsavedInput currentForm;
    /** The control of the page shown that last had the focus: it gets it back when the user keeps editing. */
    private Node lastFocusInPage;
    /** Set while the key list goes back to the key whose unsaved changes the user chose to keep. */
    private boolean revertingSelection;

    Navigator(KeyListViewModel keyList, Dialogs dialogs) {
        this.keyList = keyList;
        this.dialogs = dialogs;
        detail.getStyleClass().add("detail-pane");
        ChangeListener<Node> focusMoved = (observable, was, now) -> {
            if (now != null && isIn(now, detail)) {
                lastFocusInPage = now;
            }
        };
        detail.sceneProperty().addListener((observable, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focusMoved);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focusMoved);
            }
        });
    }

    /** The pane the pages show in. */
    StackPane pane() {
        return detail;
    }

    void show(Node content) {
        show(content, null, null);
    }

    /** Shows {@code content}; {@code guide} and {@code form} are the page's own (or null), disposed when it goes. */
    void show(Node content, GuideViewModel guide, UnsavedInput form) {
        detail.getChildren().forEach(SecretInputs::wipeAll);
        disposeGuide();
        currentGuide = guide;
        currentForm = form;
        lastFocusInPage = null;
        boolean focusWasInDetail = focusIsIn(detail);
        detail.getChildren().setAll(content);
        // Otherwise the scene hands the focus of the removed page to the first field it finds: the filter.
        // The page's first control takes it, so that it shows (the page itself draws no ring).
        if (focusWasInDetail) {
            content.applyCss();
            Node first = FocusReturn.firstControlIn(content);
            (first == null ? content : first).requestFocus();
        }
    }

    /** The page shown got {@code form} after it was put up (the new-key guide opens its form when asked). */
    void guard(UnsavedInput form) {
        currentForm = form;
    }

    /** True while {@code page} is the page shown. */
    boolean shows(Node page) {
        return page != null && detail.getChildren().size() == 1 && detail.getChildren().get(0) == page;
    }

    boolean showsEmptyDetail() {
        return detail.getChildren().size() == 1 && EMPTY_DETAIL.equals(detail.getChildren().get(0).getId());
    }

    /** What leaving the page shown would lose, or null. */
    UnsavedInput unsavedInput() {
        return currentForm;
    }

    /** The guide on the page shown, or null. */
    GuideViewModel guide() {
        return currentGuide;
    }

    /** Selects a tab (0 Guide, 1 Credentials, 2 Status) of the key's page shown. */
    void selectTab(int index) {
        if (detail.lookup("#key-tabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** The question's safe answer: stay on the page with what was typed. */
    static final String KEEP_EDITING = "Keep editing";

    /**
     * Asks before a page whose credentials form holds unsaved changes is left (another key, Add key,
     * Check all, the archive, Rotate, closing the window); true when it may be left. Locking never asks:
     * it wipes the form like everything else.
     */
    boolean mayLeavePage() {
        if (currentForm == null || !currentForm.hasUnsavedChanges()) {
            return true;
        }
        String what = currentForm.subject();
        // "Keep editing", not "Cancel": the rotate page has a Cancel button of its own, and it discards (walk 24).
        boolean discard = dialogs.confirmDestructive("Discard unsaved changes?", what + " has changes you have not saved."
                + " Discard them, or choose " + KEEP_EDITING + " and " + currentForm.howToKeep() + ".",
                "Discard changes", KEEP_EDITING);
        if (discard) {
            currentForm = null;
        } else {
            keepEditing();
        }
        return discard;
    }

    /**
     * After "keep editing": the focus goes back to the control of the form that had it (a click in the key
     * list or the toolbar took it away), so that typing and Ctrl+S carry on where they were.
     */
    private void keepEditing() {
        Node back = lastFocusInPage;
        if (back == null) {
            return;
        }
        Runnable refocus = () -> {
            if (back.getScene() != null && isIn(back, detail) && !back.isDisabled()) {
                back.requestFocus();
            }
        };
        refocus.run();
        // The list's own handling of the click (and its selection going back) ends after this returns.
        Platform.runLater(() -> Platform.runLater(refocus));
    }

    /** True while the list goes back to a key after the user chose to keep editing it. */
    boolean isRevertingSelection() {
        return revertingSelection;
    }

    /** Selects {@code kept} again after the user chose to keep editing it; its page never left. */
    void reselect(KeyListItem kept) {
        revertingSelection = true;
        try {
            keyList.selectedProperty().set(kept == null ? null : keyList.find(kept.key().id()).orElse(null));
        } finally {
            revertingSelection = false;
        }
    }

    void disposeGuide() {
        if (currentGuide != null) {
            currentGuide.dispose();
            currentGuide = null;
        }
    }

    /**
     * Empties the pane and lets go of its page: the pane outlives the main screen, and its forms and
     * tabs would otherwise keep the closed vault reachable.
     */
    void forget() {
        detail.getChildren().forEach(SecretInputs::wipeAll);
        detail.getChildren().clear();
        currentForm = null;
        lastFocusInPage = null;
    }

    private static boolean focusIsIn(Parent parent) {
        return parent.getScene() != null && isIn(parent.getScene().getFocusOwner(), parent);
    }

    private static boolean isIn(Node node, Parent parent) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (each == parent) {
                return true;
            }
        }
        return false;
    }
}
