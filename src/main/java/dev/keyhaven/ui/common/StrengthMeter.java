package dev.keyhaven.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The master password's strength as a bar and its rating (Weak … Good), wherever a new one is chosen. */
public final class StrengthMeter extends HBox {

    /**
     * @param score       {@link PasswordStrength#score()} of what is typed
     * @param rating      its {@link PasswordStrength#rating()}
     * @param typedLength how many characters are typed: an empty field shows an empty bar
     */
    public StrengthMeter(ObservableIntegerValue score, ObservableStringValue rating, ObservableIntegerValue typedLength) {
        super(10);
        ProgressBar meter = new ProgressBar(0);
        meter.setId("strength-meter");
        meter.getStyleClass().addAll("strength-meter", "score-0");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.progressProperty().bind(Bindings.createDoubleBinding(
                () -> typedLength.get() == 0 ? 0 : (score.get() + 1) / 5.0, score, typedLength));
        score.addListener((observable, was, now) -> {
            meter.getStyleClass().removeAll("score-0", "score-1", "score-2", "score-3", "score-4");
            meter.getStyleClass().add("score-" + now);
        });
        Label shown = new Label();
        shown.setId("strength-rating");
        shown.getStyleClass().add("strength-rating");
        shown.textProperty().bind(rating);
        shown.setMinWidth(80);
        HBox.setHgrow(meter, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(meter, shown);
    }
}
