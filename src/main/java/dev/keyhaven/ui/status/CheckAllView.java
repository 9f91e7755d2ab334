package dev.keyhaven.ui.status;

import atlantafx.base.theme.Styles;
import dev.keyhaven.ui.common.MadeUpKeys;
import dev.keyhaven.ui.controls.FocusPlace;
import dev.keyhaven.ui.controls.LiveScrollPane;
import dev.keyhaven.ui.controls.StatusMark;
import java.util.Iterator;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The progress of "Check all": an overall bar and one compact row per key. */
public final class CheckAllView extends VBox {

    private static final int ROWS_PER_FRAME = 3;
    /** Below this width a row puts the reason under the key's name and mark instead of beside them. */
    private static final double NARROW_ROW = 700;

    public CheckAllView(CheckAllViewModel model, Runnable onClose) {
        super(12);
        setId("check-all-view");
        getStyleClass().add("status-content");
        getStylesheets().add(CheckAllView.class.getResource("status.css").toExternalForm());

        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> title(model), model.runningProperty(),
                model.doneProperty(), model.stoppedProperty(), model.tallyProperty()));
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("check-all-title");
        // The title grows when the checks end ("Asked OKX about 3 keys at 19:19: 3 answered"): it wraps, never cut.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label counter = new Label();
        counter.setId("check-all-count");
        counter.getStyleClass().add("muted");
        // While the checks run, how far they are; once over, the title says what OKX answered.
        counter.textProperty().bind(Bindings.createStringBinding(() -> model.runningProperty().get()
                || model.doneProperty().get() == 0 ? model.doneProperty().get() + " of " + model.total() + " done"
                : "The list shows the new marks.",
                model.doneProperty(), model.runningProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> model.total() == 0 ? 1 : model.doneProperty().get() / (double) model.total(), model.doneProperty()));

        Button stop = new Button("_Stop");
        stop.setId("check-all-stop");
        stop.setOnAction(event -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not().or(model.stoppedProperty()));
        Button close = new Button("_Done");
        close.setId("check-all-close");
        close.getStyleClass().add(Styles.ACCENT);
        close.setOnAction(event -> onClose.run());
        close.disableProperty().bind(model.runningProperty().and(model.stoppedProperty().not()));
        // The title wraps before the buttons give up their words ("St…", "Do…" at 900x600 once done).
        stop.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, heading, stop, close);
        top.setAlignment(Pos.CENTER_LEFT);
        FocusPlace.keep(stop, top, close);

        VBox list = new VBox(6);
        list.setId("check-all-rows");
        addRowsAFewPerFrame(list, model.rows());
        // Rows change while the page shows: a cached viewport would redraw them all into its bitmap at every change.
        ScrollPane scroll = new LiveScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        // The bar beside its count, whole: alone on a line under it, empty, it read as a grey strip left over.
        counter.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        HBox progress = new HBox(12, counter, bar);
        progress.setId("check-all-progress");
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        top.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(top, progress, scroll);
        // Esc is cancel and close: it stops the checks still running and leaves the page at once. It is heard in
        // the whole window while the page shows, so the focus can stay on Check all, which opened it.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> escape = event -> {
            // A hidden rehearsal of this page under the unlock screen must not take the window's Esc.
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && isVisible()) {
                event.consume();
                model.stop();
                onClose.run();
            }
        };
        sceneProperty().addListener((observable, was, scene) -> {
            if (was != null) {
                was.removeEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /**
     * "Checking 3 keys with OKX" while the checks run; once over, the core's tally, e.g. "Asked OKX about 3 keys
     * at 18:12: 2 answered, 1 could not be checked".
     */
    private static String title(CheckAllViewModel model) {
        int total = model.total();
        if (model.stoppedProperty().get() && model.runningProperty().get()) {
            return "Stopping\u2026";
        }
        if (!model.stoppedProperty().get() && (model.runningProperty().get() || model.doneProperty().get() == 0)) {
            return "Checking " + total + (total == 1 ? " key" : " keys") + " with OKX";
        }
        return model.tallyProperty().get().sentence(model.clock().instant(), model.clock().getZone(),
                model.stoppedProperty().get());
    }

    /**
     * A Check all page for made-up keys, one row in each state, never started: the shell lays it out
     * once, hidden, while the window waits for the master password (see {@code KeyListView#rehearsal}).
     */
    public static CheckAllView rehearsal() {
        CheckAllViewModel model = new CheckAllViewModel(null, MadeUpKeys.of(12), null, task -> { }, task -> { },
                () -> { }, java.time.Clock.systemDefaultZone());
        CheckAllRow.State[] states = CheckAllRow.State.values();
        for (int i = 0; i < model.rows().size(); i++) {
            model.rows().get(i).update(states[i % states.length], "Rehearsal");
        }
        return new CheckAllView(model, () -> { });
    }

    /**
     * Adds the rows {@value #ROWS_PER_FRAME} per frame rather than all at once: styling a long list in a
     * single pulse would hold the JavaFX thread for longer than a window should ever freeze.
     */
    private static void addRowsAFewPerFrame(VBox list, List<CheckAllRow> rows) {
        Iterator<CheckAllRow> pending = rows.iterator();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (int i = 0; i < ROWS_PER_FRAME && pending.hasNext(); i++) {
                    list.getChildren().add(row(pending.next()));
                }
                if (!pending.hasNext()) {
                    stop();
                }
            }
        }.start();
    }

    private static Node row(CheckAllRow row) {
        Label label = new Label(row.key().label());
        label.getStyleClass().add("key-label");
        // One width for every row, so the marks and reasons line up in columns whatever the reason's length.
        label.setMinWidth(140);
        label.setPrefWidth(140);
        label.setMaxWidth(140);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        StackPane state = new StackPane();
        state.setMinWidth(150);
        state.setMaxWidth(150);
        state.setAlignment(Pos.CENTER_LEFT);
        Label detail = new Label();
        detail.getStyleClass().addAll("muted", "check-all-reason");
        detail.textProperty().bind(row.detailProperty());
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        showState(state, row);
        row.stateProperty().addListener((observable, before, after) -> showState(state, row));
        HBox line = new HBox(12, label, state, detail);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("check-all-row");
        // In a narrow window the reason goes under the key's name with the row's whole width, not into a strip.
        VBox stacked = new VBox(6);
        stacked.getStyleClass().add("check-all-row");
        StackPane holder = new StackPane(line);
        holder.widthProperty().addListener((observable, was, width) -> {
            boolean narrow = width.doubleValue() > 0 && width.doubleValue() < NARROW_ROW;
            if (narrow && detail.getParent() == line) {
                line.getChildren().remove(detail);
                line.getStyleClass().remove("check-all-row");
                holder.getChildren().setAll(stacked);
                stacked.getChildren().setAll(line, detail);
            } else if (!narrow && detail.getParent() != line && width.doubleValue() > 0) {
                stacked.getChildren().clear();
                line.getChildren().add(detail);
                line.getStyleClass().add("check-all-row");
                holder.getChildren().setAll(line);
            }
        });
        return holder;
    }

    private static void showState(StackPane holder, CheckAllRow row) {
        CheckAllRow.State state = row.stateProperty().get();
        Node shown = switch (state) {
            case WAITING -> muted(state.text());
            // Text, not a spinner: twenty animated spinners would keep the JavaFX thread painting.
            case CHECKING -> new Label("\u21bb " + state.text());
            case CHECKED -> new StatusMark(row.verdictProperty().get());
            case NOT_CHECKED, STOPPED -> muted(state.text());
        };
        shown.getStyleClass().add("check-all-state");
        if (shown instanceof Label words) {
            // A state longer than its column wraps onto a second line rather than end in "…".
            words.setWrapText(true);
            words.setMinHeight(Region.USE_PREF_SIZE);
        }
        holder.getChildren().setAll(shown);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
