package dev.keyhaven.ui;

import dev.keyhaven.ui.common.PlatformShortcuts;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListViewModel;
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
    /** The guide and the credentials form on the page shown, if it has them. */
    private GuideViewModel currentGuide;
    private CredentialsFormView currentForm;
    /** Set while the key list goes back to the key whose unsaved changes the user chose to keep. */
    private boolean revertingSelection;

    Navigator(KeyListViewModel keyList, Dialogs dialogs) {
        this.keyList = keyList;
        this.dialogs = dialogs;
        detail.getStyleClass().add("detail-pane");
    }

    /** The pane the pages show in. */
    StackPane pane() {
        return detail;
    }

    void show(Node content) {
        show(content, null, null);
    }

    /** Shows {@code content}; {@code guide} and {@code form} are the page's own (or null), disposed when it goes. */
    void show(Node content, GuideViewModel guide, CredentialsFormView form) {
        detail.getChildren().forEach(SecretInputs::wipeAll);
        disposeGuide();
        currentGuide = guide;
        currentForm = form;
        boolean focusWasInDetail = focusIsIn(detail);
        detail.getChildren().setAll(content);
        // Otherwise the scene hands the focus of the removed page to the first field it finds: the filter.
        if (focusWasInDetail) {
            content.requestFocus();
        }
    }

    /** True while {@code page} is the page shown. */
    boolean shows(Node page) {
        return page != null && detail.getChildren().size() == 1 && detail.getChildren().get(0) == page;
    }

    boolean showsEmptyDetail() {
        return detail.getChildren().size() == 1 && EMPTY_DETAIL.equals(detail.getChildren().get(0).getId());
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
        boolean discard = dialogs.confirm("Discard unsaved changes?", what + " has changes you have not saved."
                + " Discard them, or choose Cancel and press Save (" + PlatformShortcuts.describe(PlatformShortcuts.SAVE) + ").",
                "Discard changes");
        if (discard) {
            currentForm = null;
        }
        return discard;
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
    }

    private static boolean focusIsIn(Parent parent) {
        Node focused = parent.getScene() == null ? null : parent.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == parent) {
                return true;
            }
        }
        return false;
    }
}
