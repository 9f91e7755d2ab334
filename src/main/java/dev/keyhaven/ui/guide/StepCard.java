package dev.keyhaven.ui.guide;

import atlantafx.base.theme.Styles;
import dev.keyhaven.guide.ChecklistProgress.Status;
import dev.keyhaven.guide.ChecklistProgress.StepProgress;
import dev.keyhaven.guide.PermissionAdvice;
import dev.keyhaven.guide.IpAnswer;
import dev.keyhaven.guide.Step;
import dev.keyhaven.guide.StepAction;
import dev.keyhaven.guide.Verification;
import dev.keyhaven.keys.KeyVerdict;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One step: its tick (the trader's check box, or Keyhaven's verified mark), its text and its buttons. */
final class StepCard extends VBox {

    private final Step step;
    private final GuideViewModel model;
    private final CheckBox manualTick = new CheckBox();
    private final Label verifiedMark = new Label();
    private final Label verdict = new Label();
    private final PassphraseBox passphraseBox;
    private final RadioButton ipFixed = new RadioButton("My IP address never changes: I entered it on OKX");
    private final RadioButton ipChanges = new RadioButton("My IP address changes: I left OKX's IP field empty");

    StepCard(Step step, GuideViewModel model) {
        super(8);
        this.step = step;
        this.model = model;
        setId("step-" + step.id());
        getStyleClass().addAll("step-card", Styles.BORDER_DEFAULT, Styles.BG_DEFAULT);

        manualTick.setId("tick-" + step.id());
        manualTick.setOnAction(event -> {
            if (!model.setTicked(step.id(), manualTick.isSelected())) {
                manualTick.setSelected(!manualTick.isSelected());
            }
        });
        verifiedMark.setId("verified-" + step.id());
        Label title = new Label(step.title());
        title.getStyleClass().add(Styles.TITLE_4);
        wrap(title);
        HBox header = new HBox(10, new StackPane(manualTick, verifiedMark), title);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);

        Label body = wrap(new Label(step.body()));
        verdict.setId("verdict-" + step.id());
        wrap(verdict);
        VBox content = new VBox(8, body, verdict);
        if (!step.permissionAdvice().isEmpty()) {
            content.getChildren().add(permissionList());
        }
        if (IpAnswer.STEP.equals(step.id())) {
            content.getChildren().add(ipAnswers());
        }
        passphraseBox = step.action() == StepAction.GENERATE_PASSPHRASE ? new PassphraseBox(model) : null;
        if (passphraseBox != null) {
            content.getChildren().add(passphraseBox);
        }
        getChildren().add(content);
        actionButton().ifPresent(getChildren()::add);
    }

    /** The two valid answers to the IP step; either one ticks it. */
    private VBox ipAnswers() {
        ToggleGroup answers = new ToggleGroup();
        ipFixed.setToggleGroup(answers);
        ipChanges.setToggleGroup(answers);
        ipFixed.setId("ip-fixed");
        ipChanges.setId("ip-changes");
        for (RadioButton answer : new RadioButton[] {ipFixed, ipChanges}) {
            answer.setWrapText(true);
            answer.setMinHeight(Region.USE_PREF_SIZE);
        }
        ipFixed.setOnAction(event -> model.answerIp(false));
        ipChanges.setOnAction(event -> model.answerIp(true));
        return new VBox(6, ipFixed, ipChanges);
    }

    void update(StepProgress progress) {
        Status status = progress.status();
        boolean keyhavensCall = status == Status.VERIFIED || status == Status.NEEDS_ATTENTION;
        manualTick.setVisible(!keyhavensCall);
        manualTick.setSelected(status == Status.TICKED_BY_YOU);
        verifiedMark.setVisible(keyhavensCall);
        verifiedMark.setText(status == Status.VERIFIED ? "\u2714" : "\u2716");
        verifiedMark.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        verifiedMark.getStyleClass().add(status == Status.VERIFIED ? Styles.SUCCESS : Styles.DANGER);
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (status == Status.VERIFIED) {
            verdict.setText("Verified by Keyhaven: " + progress.reason());
            verdict.getStyleClass().add(Styles.SUCCESS);
        } else if (status == Status.NEEDS_ATTENTION) {
            verdict.setText(progress.reason());
            verdict.getStyleClass().add(Styles.DANGER);
        } else if (IpAnswer.STEP.equals(step.id()) && status == Status.TICKED_BY_YOU && model.ipAddressChanges()) {
            verdict.setText("Left unbound on purpose, since your address changes. Keyhaven shows the date OKX"
                    + " would delete the key and a check before then keeps it alive.");
        } else {
            verdict.setText(step.isManual() ? "" : "Keyhaven ticks this step once it can verify it.");
        }
        if (IpAnswer.STEP.equals(step.id())) {
            boolean answered = status == Status.TICKED_BY_YOU;
            ipChanges.setSelected(answered && model.ipAddressChanges());
            ipFixed.setSelected(answered && !model.ipAddressChanges());
            ipFixed.setDisable(keyhavensCall);
            ipChanges.setDisable(keyhavensCall);
        }
        if (status == Status.NEEDS_ATTENTION && step.verifiedBy().orElse(null) == Verification.CHECK_PASSED) {
            model.keyVerdict().filter(known -> !known.acceptedByOkx() && known != KeyVerdict.REJECTED)
                    .ifPresent(this::notAFailure);
        }
        verdict.setManaged(!verdict.getText().isEmpty());
        verdict.setVisible(!verdict.getText().isEmpty());
    }

    /** A check that did not get OKX's word (or is about old values) is no failure: said as the Status tab says it. */
    private void notAFailure(KeyVerdict known) {
        verifiedMark.setText("?");
        verifiedMark.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        verdict.setText(known.text() + ": the newest check did not get OKX's word on this key, so it says nothing"
                + " against it. The Status tab says why; check again from there.");
    }

    void dispose() {
        if (passphraseBox != null) {
            passphraseBox.dispose();
        }
    }

    /** Long texts wrap instead of ending in an ellipsis. */
    static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private GridPane permissionList() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (PermissionAdvice advice : step.permissionAdvice()) {
            Label verb = new Label(switch (advice.advice()) {
                case TICK -> "Tick";
                case LEAVE_OFF -> "Leave off";
                case NEVER -> "NEVER";
            });
            Label name = new Label(advice.permission());
            // A narrow window shortens the explanation, never the verb or the permission's name.
            verb.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label reason = new Label(advice.reason());
            wrap(reason);
            reason.getStyleClass().add(Styles.TEXT_MUTED);
            switch (advice.advice()) {
                case TICK -> verb.getStyleClass().add(Styles.ACCENT);
                case LEAVE_OFF -> verb.getStyleClass().add(Styles.TEXT_MUTED);
                case NEVER -> {
                    verb.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
                    name.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
                    reason.getStyleClass().remove(Styles.TEXT_MUTED);
                    reason.getStyleClass().add(Styles.DANGER);
                }
            }
            HBox line = new HBox(verb);
            line.setId((advice.advice() == PermissionAdvice.Advice.NEVER ? "never-" : "advice-")
                    + advice.permission().replaceAll("\\W", ""));
            grid.addRow(row++, line, name, reason);
            // A reason over several lines must not pull the permission's name down to its middle.
            RowConstraints top = new RowConstraints();
            top.setValignment(VPos.TOP);
            grid.getRowConstraints().add(top);
        }
        return grid;
    }

    private Optional<Button> actionButton() {
        String text = switch (step.action()) {
            case OPEN_URL -> "Open OKX";
            case SAVE_CREDENTIALS -> "Open the credentials form";
            case RUN_CHECK -> "Run a check";
            case GENERATE_PASSPHRASE, NONE -> null;
        };
        if (text == null) {
            return Optional.empty();
        }
        Button button = new Button(text);
        button.setId("action-" + step.id());
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(event -> model.perform(step));
        return Optional.of(button);
    }
}
