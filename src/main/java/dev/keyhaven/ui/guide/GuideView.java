package dev.keyhaven.ui.guide;

import atlantafx.base.theme.Styles;
import dev.keyhaven.guide.Checklist;
import dev.keyhaven.guide.ChecklistProgress;
import dev.keyhaven.guide.ChecklistProgress.StepProgress;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.ui.controls.ScrollingPage;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The guided checklist: pickers for a new key's purpose, environment and region, the progress, and one
 * card per step.
 */
public final class GuideView extends VBox {

    private final GuideViewModel model;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final VBox cards = new VBox(12);
    private final Map<String, StepCard> cardByStep = new LinkedHashMap<>();
    private Checklist shownChecklist;

    /** The guide as a page of its own: it scrolls in the height it is given. */
    public GuideView(GuideViewModel model) {
        this(model, true);
    }

    /**
     * The guide as the top part of a page that scrolls as one ({@link ScrollingPage}): it takes the height
     * of all its steps and has no scroll pane of its own.
     */
    public static GuideView partOfPage(GuideViewModel model) {
        return new GuideView(model, false);
    }

    private GuideView(GuideViewModel model, boolean ownScrolling) {
        super(12);
        this.model = model;
        getStyleClass().add("guide-view");
        getStylesheets().add(GuideView.class.getResource("guide.css").toExternalForm());

        title.getStyleClass().add(Styles.TITLE_3);
        StepCard.wrap(title);
        summary.setId("progressLabel");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox progressRow = new HBox(12, summary, bar);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        cards.setPadding(new Insets(4));
        // The title, choices and progress scroll away with the steps: in a short window the steps' text gets
        // the whole height instead of a strip under them.
        VBox content = new VBox(12, title, pickers(), progressRow, cards);
        content.setPadding(new Insets(16));
        getChildren().add(ownScrolling ? ScrollingPage.of("guide-scroll", content) : content);
        model.progressProperty().addListener((observable, before, after) -> show(after));
        show(model.progress());
    }

    private FlowPane pickers() {
        ComboBox<Purpose> purpose = picker("purposePicker", Purpose.values(), Purpose::displayName);
        purpose.valueProperty().bindBidirectional(model.purposeProperty());
        ComboBox<Environment> environment = picker("environmentPicker", Environment.values(), Environment::displayName);
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        ComboBox<Region> region = picker("regionPicker", Region.values(),
                choice -> choice.displayName() + " (" + choice.website() + ")");
        region.valueProperty().bindBidirectional(model.regionProperty());

        // A narrow window moves a choice to the next line instead of cutting its words short.
        FlowPane row = new FlowPane(12, 6, pickerPair("For", purpose), pickerPair("with", environment),
                pickerPair("keys on", region));
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.choicesEditableProperty().not());
        // A stored key's choices are fixed (its header and the title say them): no room for greyed pickers.
        row.visibleProperty().bind(model.choicesEditableProperty());
        row.managedProperty().bind(model.choicesEditableProperty());
        return row;
    }

    private static HBox pickerPair(String words, ComboBox<?> picker) {
        Label label = new Label(words);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox pair = new HBox(8, label, picker);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static <T> ComboBox<T> picker(String id, T[] choices, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : name.apply(choice);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("The pickers are not editable");
            }
        });
        return box;
    }

    private void show(ChecklistProgress progress) {
        if (!progress.checklist().equals(shownChecklist)) {
            shownChecklist = progress.checklist();
            title.setText(shownChecklist.title());
            cardByStep.values().forEach(StepCard::dispose);
            cardByStep.clear();
            for (StepProgress step : progress.steps()) {
                cardByStep.put(step.step().id(), new StepCard(step.step(), model));
            }
            cards.getChildren().setAll(cardByStep.values());
        }
        for (StepProgress step : progress.steps()) {
            cardByStep.get(step.step().id()).update(step);
        }
        summary.setText(progress.summary());
        bar.setProgress(progress.total() == 0 ? 0 : (double) progress.doneCount() / progress.total());
    }
}
