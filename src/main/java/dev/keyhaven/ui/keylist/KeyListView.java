package dev.keyhaven.ui.keylist;

import dev.keyhaven.keys.RotationStatus;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.common.MadeUpKeys;
import dev.keyhaven.ui.controls.Badge;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The left side of the main window: a filter field over the list of keys. */
public final class KeyListView extends VBox {

    private static final int REHEARSAL_FRAMES = 12;

    private final ListView<KeyListItem> list = new ListView<>();
    private final TextField filter = new TextField();
    private final Button archived = new Button();
    /** Held here and added weakly: the model outlives this view, which is built anew after every lock. */
    private final ChangeListener<KeyListItem> followSelection = (observable, was, now) -> {
        if (now == null) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != now) {
            list.getSelectionModel().select(now);
            list.scrollTo(now);
        }
    };

    /**
     * A refill clears the list's own selection; when the reloaded item equals the one selected before, the model
     * sees no change and would not select it again, so the key whose page shows lost its highlight.
     */
    private final javafx.collections.ListChangeListener<KeyListItem> keepHighlight;
    /** Held by the view: the list of windows only keeps it weakly. */
    private final javafx.collections.ListChangeListener<javafx.stage.Window> questionsComeAndGo;
    private ChangeListener<String> filterShown;
    private ChangeListener<Boolean> readShown;
    private javafx.collections.ListChangeListener<KeyListItem> itemsShown;

    public KeyListView(KeyListViewModel model) {
        getStyleClass().add("key-list-pane");
        setSpacing(8);
        filter.setId("key-filter");
        filter.setPromptText("Filter keys");
        filter.setAccessibleText("Filter keys by label, purpose, environment or status");
        filter.textProperty().bindBidirectional(model.filterProperty());
        // Esc empties the filter; once empty, Esc goes on to whatever it did before.
        filter.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                event.consume();
                filter.clear();
            }
        });

        list.setId("key-list");
        list.getStyleClass().add("key-list");
        list.setItems(model.visibleItems());
        list.setCellFactory(view -> new KeyCell(model));
        list.setPlaceholder(placeholder(model));
        VBox.setVgrow(list, Priority.ALWAYS);

        list.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (!model.isRefilling() && (now != null || !model.visibleItems().isEmpty())) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener(new WeakChangeListener<>(followSelection));
        keepHighlight = change -> {
            KeyListItem wanted = model.selectedProperty().get();
            int index = wanted == null ? -1 : list.getItems().indexOf(wanted);
            if (index >= 0 && list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
            }
        };
        model.visibleItems().addListener(new javafx.collections.WeakListChangeListener<>(keepHighlight));
        // A question over the window (Discard changes? after a click on a row) takes the pointer while this window
        // is blocked, so the row clicked never hears the pointer leave: without this it kept its hover look after
        // Keep editing, like a second selection.
        questionsComeAndGo = change -> {
            boolean question = false;
            while (change.next()) {
                question |= change.getAddedSubList().stream().anyMatch(KeyListView::isQuestion)
                        || change.getRemoved().stream().anyMatch(KeyListView::isQuestion);
            }
            if (question) {
                javafx.application.Platform.runLater(() -> list.lookupAll(".list-cell").forEach(cell -> {
                    if (cell instanceof KeyCell row) {
                        row.forgetPointer();
                    }
                }));
            }
        };
        javafx.stage.Window.getWindows().addListener(
                new javafx.collections.WeakListChangeListener<>(questionsComeAndGo));
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::stepFromSelection);
        archived.setId("show-archived");
        archived.getStyleClass().addAll("flat", "archived-link");
        archived.setMnemonicParsing(false);
        archived.textProperty().bind(model.archivedCountProperty().asString("Archived keys (%d)"));
        archived.visibleProperty().bind(model.archivedCountProperty().greaterThan(0));
        archived.managedProperty().bind(archived.visibleProperty());
        archived.setTooltip(new Tooltip("Keys you replaced, revoked or archived, with their history"));
        getChildren().addAll(filter, list, archived);
    }

    /** A dialog that blocks its owner (a question), not a tooltip or a menu. */
    private static boolean isQuestion(javafx.stage.Window window) {
        return window instanceof javafx.stage.Stage stage && stage.getModality() != javafx.stage.Modality.NONE;
    }

    /** What the empty list says: no keys at all, or none that matches the filter, with a way to clear it. */
    private VBox placeholder(KeyListViewModel model) {
        Label empty = new Label();
        empty.setId("key-list-empty");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button clear = new Button("Clear the filter");
        clear.setId("clear-filter");
        clear.setOnAction(event -> model.filterProperty().set(""));
        Runnable show = () -> {
            String filter = model.filterProperty().get() == null ? "" : model.filterProperty().get().strip();
            boolean filtered = !filter.isEmpty() && !model.items().isEmpty();
            // Only a finished read that found no keys may say "No keys yet"; until then the list is loading.
            empty.setText(filtered ? "No key matches '" + filter + "'."
                    : !model.readProperty().get() ? "Opening your keys…"
                    : model.readingProperty().get() ? "Updating the list…"
                    : "No keys yet.\nChoose \"Add key\" to store your first one.");
            clear.setVisible(filtered);
            clear.setManaged(filtered);
        };
        // Held here and added weakly, as followSelection is: the model outlives this view.
        filterShown = (observable, was, now) -> show.run();
        itemsShown = change -> show.run();
        model.filterProperty().addListener(new WeakChangeListener<>(filterShown));
        model.items().addListener(new javafx.collections.WeakListChangeListener<>(itemsShown));
        readShown = (observable, was, now) -> show.run();
        model.readProperty().addListener(new WeakChangeListener<>(readShown));
        model.readingProperty().addListener(new WeakChangeListener<>(readShown));
        show.run();
        VBox placeholder = new VBox(8, empty, clear);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setPadding(new javafx.geometry.Insets(16));
        return placeholder;
    }

    /**
     * A throwaway list of made-up keys in every status, purpose and environment. The shell lays it out,
     * hidden, while the window waits for the master password, and the list scrolls itself end to end for
     * {@value #REHEARSAL_FRAMES} frames, refilling its cells; the first real list then finds the cells'
     * code loaded and compiled instead of running it cold in front of the user. It stops scrolling once
     * {@code busy} (an unlock started): beside the key derivation it would only slow that down.
     */
    public static ListView<KeyListItem> rehearsal(KeyListViewModel model, BooleanSupplier busy) {
        ListView<KeyListItem> rehearsal = new ListView<>();
        rehearsal.getStyleClass().add("key-list");
        rehearsal.setCellFactory(view -> new KeyCell(model));
        rehearsal.setMaxWidth(300);
        KeyVerdict[] statuses = KeyVerdict.values();
        List<KeyRecord> keys = MadeUpKeys.of(4 * statuses.length);
        for (int i = 0; i < keys.size(); i++) {
            rehearsal.getItems().add(new KeyListItem(keys.get(i), statuses[i % statuses.length]));
        }
        new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                if (++frame > REHEARSAL_FRAMES || busy.getAsBoolean()) {
                    stop();
                } else {
                    rehearsal.scrollTo(frame % 2 == 0 ? 0 : rehearsal.getItems().size() - 1);
                }
            }
        }.start();
        return rehearsal;
    }

    /**
     * Down and Up go from the selected key (the first or last when none is): the list's own focus mark
     * can lie elsewhere after a reload or a page opened from outside, and the first Down skipped a key.
     */
    private void stepFromSelection(javafx.scene.input.KeyEvent event) {
        javafx.scene.input.KeyCode code = event.getCode();
        boolean down = code == javafx.scene.input.KeyCode.DOWN;
        if (!down && code != javafx.scene.input.KeyCode.UP || event.isShiftDown() || event.isShortcutDown()
                || event.isAltDown() || list.getItems().isEmpty()) {
            return;
        }
        int selected = list.getSelectionModel().getSelectedIndex();
        if (selected >= 0 && list.getFocusModel().getFocusedIndex() == selected) {
            return;
        }
        int last = list.getItems().size() - 1;
        int target = selected < 0 ? (down ? 0 : last) : Math.max(0, Math.min(last, selected + (down ? 1 : -1)));
        event.consume();
        if (target != selected) {
            list.getSelectionModel().clearAndSelect(target);
        }
        list.getFocusModel().focus(target);
        list.scrollTo(target);
    }

    public ListView<KeyListItem> list() {
        return list;
    }

    /** "Archived keys (n)" under the list; the shell decides what it opens. */
    public Button archivedButton() {
        return archived;
    }

    public TextField filterField() {
        return filter;
    }

    /** The purpose badge's text, as the list and the detail header show it. */
    public static Badge purposeBadge(Purpose purpose) {
        return new Badge(purposeText(purpose), purposeClass(purpose));
    }

    public static Badge environmentBadge(Environment environment) {
        return new Badge(environment.displayName(), environmentClass(environment));
    }

    /** The rotation reminder: a clock icon and words, so it reads the same without colour. */
    public static Label rotationMark(RotationStatus rotation) {
        Label mark = new Label(rotationText(rotation));
        mark.setGraphic(clockIcon());
        mark.getStyleClass().addAll("rotation-mark", rotationClass(rotation));
        mark.setTooltip(new Tooltip(rotation.summary()));
        mark.setMinWidth(USE_PREF_SIZE);
        return mark;
    }

    /** What the key is for, never what it may do: only a check says that (a "Read only" key may withdraw). */
    private static String purposeText(Purpose purpose) {
        return switch (purpose) {
            case TRADING -> "Trading bot";
            case READ_ONLY -> "Journal";
            case PLATFORM_TRADE, PLATFORM_READ -> "Platform";
        };
    }

    private static String purposeClass(Purpose purpose) {
        return purpose.wantedPermissions().trade() ? "badge-trading" : "badge-read-only";
    }

    private static String environmentClass(Environment environment) {
        return environment == Environment.LIVE ? "badge-live" : "badge-demo";
    }

    private static String rotationText(RotationStatus rotation) {
        return rotation.state() == RotationStatus.State.OVERDUE ? "Rotation overdue" : "Rotate soon";
    }

    private static String rotationClass(RotationStatus rotation) {
        return rotation.state() == RotationStatus.State.OVERDUE ? "rotation-overdue" : "rotation-due";
    }

    private static SVGPath clockIcon() {
        SVGPath clock = new SVGPath();
        clock.setContent("M7 1.5 A5.5 5.5 0 1 1 6.99 1.5 Z M7 4 L7 7.2 L9.3 8.6");
        clock.getStyleClass().add("rotation-icon");
        return clock;
    }

    /**
     * One row of the list. Its nodes are built once and refilled for each key it shows: the list reuses
     * cells while scrolling and measures rows with them, so a cell that built new nodes per key would
     * restyle them all every time.
     */
    private static final class KeyCell extends ListCell<KeyListItem> {

        private static final String[] PURPOSE_CLASSES = {"badge-trading", "badge-read-only"};
        private static final String[] ENVIRONMENT_CLASSES = {"badge-live", "badge-demo"};
        private static final String[] ROTATION_CLASSES = {"rotation-overdue", "rotation-due"};

        private final KeyListViewModel model;
        private final Label label = new Label();
        private final Badge purpose = new Badge("");
        private final Badge environment = new Badge("");
        private final StatusMark status = new StatusMark(KeyVerdict.NEVER_CHECKED);
        private final InUseMark inUse = new InUseMark();
        private final VBox row;
        /** Made when this cell first shows a key that is due for rotation: most never do. */
        private Label rotation;
        private Tooltip rotationTip;

        KeyCell(KeyListViewModel model) {
            this.model = model;
            label.getStyleClass().add("key-label");
            label.setMinWidth(0);
            label.setWrapText(true);
            // The verdict has a line of its own: beside the badges, "Changed, not checked" does not fit the list.
            HBox badges = new HBox(6, purpose, environment, inUse);
            badges.setAlignment(Pos.CENTER_LEFT);
            row = new VBox(4, label, status, badges);
            row.getStyleClass().add("key-row");
            // The list is as wide as its pane, never wider: a long name wraps instead of adding a sideways scroll bar.
            setPrefWidth(0);
        }

        /** Drops the hover look: the pointer left while another window had it, and the row never heard so. */
        void forgetPointer() {
            setHover(false);
        }

        /** As tall as the row needs at the list's width, with a long name wrapped over several lines. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == row && width > 0) {
                javafx.geometry.Insets insets = getInsets();
                return insets.getTop() + insets.getBottom() + row.prefHeight(width - insets.getLeft() - insets.getRight());
            }
            return super.computePrefHeight(width);
        }

        @Override
        protected void updateItem(KeyListItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            KeyRecord key = item.key();
            label.setText(key.label());
            purpose.setText(purposeText(key.purpose()));
            restyle(purpose, PURPOSE_CLASSES, purposeClass(key.purpose()));
            environment.setText(key.environment().displayName());
            restyle(environment, ENVIRONMENT_CLASSES, environmentClass(key.environment()));
            status.show(item.status());
            inUse.show(item.inUse());
            Optional<RotationStatus> reminder = model.rotationReminder(item);
            showRotation(reminder);
            setGraphic(row);
            setAccessibleText(key.label() + ", " + key.purpose().displayName() + ", "
                    + key.environment().displayName() + ", " + item.status().text()
                    + (item.inUse().inUse() ? ", " + item.inUse().mark() : "")
                    + reminder.map(due -> ", " + due.summary()).orElse(""));
        }

        private void showRotation(Optional<RotationStatus> reminder) {
            if (reminder.isPresent() && rotation == null) {
                rotation = new Label();
                rotation.setGraphic(clockIcon());
                rotation.getStyleClass().add("rotation-mark");
                rotation.setMinWidth(USE_PREF_SIZE);
                rotationTip = new Tooltip();
                rotation.setTooltip(rotationTip);
                rotation.managedProperty().bind(rotation.visibleProperty());
                row.getChildren().add(rotation);
            }
            if (rotation != null) {
                rotation.setVisible(reminder.isPresent());
            }
            reminder.ifPresent(due -> {
                rotation.setText(rotationText(due));
                restyle(rotation, ROTATION_CLASSES, rotationClass(due));
                rotationTip.setText(due.summary());
            });
        }

        /** Leaves {@code wanted} as the only one of {@code family} on {@code node}, touching nothing if it is already. */
        private static void restyle(Label node, String[] family, String wanted) {
            List<String> classes = node.getStyleClass();
            for (String each : family) {
                if (!each.equals(wanted)) {
                    classes.remove(each);
                }
            }
            if (!classes.contains(wanted)) {
                classes.add(wanted);
            }
        }
    }
}
