package dev.keyhaven.ui.settings;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * An editable spinner of whole numbers that answers typed text it cannot read with a sentence in its
 * message label and keeps the last good value, instead of throwing from the editor.
 */
final class WholeNumberSpinner {

    private WholeNumberSpinner() {
    }

    /** @param unit the plural word for the value, as in "Type a whole number of minutes" */
    static Spinner<Integer> create(String id, int min, int max, int value, String unit, Label message) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value)));
        Spinner<Integer> spinner = new Spinner<>(factory);
        String sentence = "Type a whole number of " + unit + ", " + min + " to " + max + ".";
        message.setId(id + "-message");
        message.getStyleClass().add("error-note");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                String trimmed = text == null ? "" : text.strip();
                try {
                    int typed = Integer.parseInt(trimmed);
                    if (typed >= min && typed <= max) {
                        message.setText("");
                        return typed;
                    }
                } catch (NumberFormatException notANumber) {
                    // answered below with the sentence
                }
                message.setText(sentence + " Kept " + factory.getValue() + ".");
                spinner.getEditor().setText(toString(factory.getValue()));
                return factory.getValue();
            }
        });
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }
}
