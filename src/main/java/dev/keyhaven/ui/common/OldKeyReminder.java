package dev.keyhaven.ui.common;

import dev.keyhaven.keys.OldKeyOnOkx;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * After a rotation, the step left on OKX: delete the old key there. Shown on the new key's page and on the
 * replaced key's archive card until the trader says it is done ({@code onDone}).
 */
public final class OldKeyReminder extends VBox {

    public OldKeyReminder(OldKeyOnOkx step, Consumer<String> openUrl, Runnable onDone) {
        super(8);
        setId("old-key-reminder-" + step.archivedId());
        getStyleClass().addAll("old-key-reminder", "warning-note");
        Label sentence = new Label(step.sentence());
        sentence.setId("old-key-reminder-text");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button("Open OKX");
        open.setId("old-key-open-okx");
        open.setTooltip(new Tooltip(step.url()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> openUrl.accept(step.url()));
        done = new Button("I deleted it on OKX");
        done.setId("old-key-deleted");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.setOnAction(event -> {
            done.setDisable(true);
            onDone.run();
        });
        actions = new FlowPane(8, 8, open, done);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(sentence, actions);
    }

    private final FlowPane actions;
    private final Button done;
    private Label refusedReason;
    private Button askAgain;

    /**
     * "I deleted it on OKX" was refused: the reason stays beside the greyed button, and where the page has
     * no button to ask OKX itself, {@code askOkx} (if given) adds "Ask OKX again" here.
     */
    public void refused(String reason, Runnable askOkx) {
        if (refusedReason == null) {
            refusedReason = new Label();
            refusedReason.setId("old-key-refused");
            refusedReason.setWrapText(true);
            refusedReason.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(refusedReason);
        }
        refusedReason.setText(reason);
        // Greyed whether it was just pressed or the refusal is brought back to a page built anew.
        done.setDisable(true);
        if (askOkx != null && askAgain == null) {
            askAgain = new Button("Ask OKX again");
            askAgain.setId("old-key-ask-okx");
            askAgain.setTooltip(new Tooltip("A signed check: does OKX still accept the old key?"));
            askAgain.setMinWidth(Region.USE_PREF_SIZE);
            askAgain.setOnAction(event -> {
                askAgain.setDisable(true);
                askOkx.run();
            });
            actions.getChildren().add(askAgain);
        }
        if (askAgain != null) {
            askAgain.setDisable(false);
        }
    }
}
