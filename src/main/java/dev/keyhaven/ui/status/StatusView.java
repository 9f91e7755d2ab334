package dev.keyhaven.ui.status;

import atlantafx.base.theme.Styles;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.keys.Severity;
import dev.keyhaven.ui.controls.StatusMark;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The Status tab of a key: verdict, permissions, IP binding, account, balances, problems and history. */
public final class StatusView extends ScrollPane {

    private static final String WARNING_ICON = "M7 1.5 L13 12.5 L1 12.5 Z M7 5 L7 8.5 M7 10 L7 10.8";
    private static final String ERROR_ICON = "M7 1.5 A5.5 5.5 0 1 1 6.99 1.5 Z M4.8 4.8 L9.2 9.2 M9.2 4.8 L4.8 9.2";
    private static final String INFO_ICON = "M7 1.5 A5.5 5.5 0 1 1 6.99 1.5 Z M7 6.5 L7 10 M7 4.3 L7 4.6";
    private static final String QUESTION_ICON = "M4.5 5 A2.5 2.5 0 1 1 7 7.5 L7 9 M7 10.6 L7 11";

    private final StatusViewModel model;
    private final VBox body = new VBox(14);
    private final HBox verdictLine = new HBox(10);
    private final Label reached = new Label();
    private final Label summary = new Label();
    private final Label nextStep = new Label();

    private final Button checkNow = new Button();

    public StatusView(StatusViewModel model) {
        this.model = model;
        getStyleClass().add("status-view");
        getStylesheets().add(StatusView.class.getResource("status.css").toExternalForm());
        setFitToWidth(true);
        setId("status-view");

        reached.setId("status-checked-at");
        reached.getStyleClass().add("muted");
        reached.setWrapText(true);
        summary.setId("status-summary");
        summary.setWrapText(true);
        nextStep.setId("status-next-step");
        nextStep.setWrapText(true);
        nextStep.managedProperty().bind(nextStep.visibleProperty());
        verdictLine.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(14, header(), body);
        content.getStyleClass().add("status-content");
        setContent(content);

        model.reportProperty().addListener((observable, before, after) -> show(after));
        show(model.reportProperty().get());
    }

    private Node header() {
        // Never disabled while a check runs (the model ignores a second one): a disabled button loses the
        // focus, and the scene would hand it to a field elsewhere and scroll away from the verdict.
        checkNow.setText("Check _now");
        checkNow.setId("check-now");
        checkNow.getStyleClass().add(Styles.ACCENT);
        checkNow.setTooltip(new Tooltip("Ask OKX what this key may do, with a signed request"));
        checkNow.setOnAction(event -> model.checkNow());

        Button openOkx = new Button("Open OKX API page");
        openOkx.setId("open-okx-page");
        openOkx.setOnAction(event -> model.openOkxPage());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        HBox running = new HBox(8, spinner, progress);
        running.setId("check-progress");
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.checkingProperty());
        running.managedProperty().bind(model.checkingProperty());

        Label problem = new Label();
        problem.setId("status-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error-note");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());

        checkNow.setMinWidth(Region.USE_PREF_SIZE);
        openOkx.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, openOkx, checkNow);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // A narrow window puts the buttons on the line under the verdict instead of cutting their words.
        FlowPane top = new FlowPane(16, 8, verdictLine, buttons);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(6, top, reached, summary, nextStep, running, problem);
        header.getStyleClass().addAll("status-card", "status-header");
        return header;
    }

    private static boolean focusIsIn(Node parent) {
        Node focused = parent.getScene() == null ? null : parent.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == parent) {
                return true;
            }
        }
        return false;
    }

    private void show(StatusReport report) {
        if (report == null) {
            verdictLine.getChildren().setAll(new Label("Reading the key's status…"));
            body.getChildren().clear();
            return;
        }
        Label verdict = new Label(report.verdict().text());
        verdict.setId("status-verdict");
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        verdict.getStyleClass().addAll(Styles.TITLE_3, "verdict", StatusMark.styleClass(report.verdict()));
        verdictLine.getChildren().setAll(verdict);
        boolean focusWasInBody = focusIsIn(body);
        reached.setText(report.lastCheck());
        summary.setText(report.summary());
        summary.setVisible(!report.summary().isEmpty());
        summary.setManaged(summary.isVisible());
        nextStep.setText(report.nextStep().isEmpty() ? "" : "Next step: " + report.nextStep());
        nextStep.setVisible(!report.nextStep().isEmpty());

        body.getChildren().clear();
        if (report.withdrawEnabled()) {
            body.getChildren().add(withdrawBanner(report.withdrawSeen()));
        }
        if (!report.factsAsOf().isEmpty()) {
            body.getChildren().add(factsNote(report));
        }
        body.getChildren().addAll(permissions(report), ipBinding(report), accountAndUse(report), balances(report),
                problems(report.problems(), report.verdict() == KeyVerdict.NEVER_CHECKED,
                        // A withdraw seen by an older check is advised from that check: said with its time.
                        report.verdict() == KeyVerdict.CAN_WITHDRAW ? report.factsAsOf() : ""),
                history(report.history()));
        if (focusWasInBody) {
            // The button pressed (Keep the key) was rebuilt: the focus and the view go to the new verdict.
            checkNow.requestFocus();
            setVvalue(0);
        }
    }

    /** Said once over the four cards of facts, which all come from the same older check. */
    private static Node factsNote(StatusReport report) {
        Label note = new Label(report.factsAsOf());
        note.setId("facts-as-of");
        note.setWrapText(true);
        note.getStyleClass().addAll("facts-as-of", report.factsRefused() ? "muted" : "warning-note");
        return note;
    }

    private static Node withdrawBanner(String seen) {
        Label title = new Label("This key can WITHDRAW your funds");
        title.getStyleClass().add("banner-title");
        title.setGraphic(icon(ERROR_ICON, "banner-icon"));
        // The danger only: the fix is the Next step just above (walk 24 read it twice, one under the other).
        Label fix = new Label("Anyone who gets hold of this key could move your money out of OKX.");
        fix.setId("withdraw-danger");
        fix.setWrapText(true);
        Label when = new Label(seen);
        when.setId("withdraw-seen");
        when.setWrapText(true);
        VBox banner = new VBox(4, title, fix, when);
        banner.setId("withdraw-banner");
        banner.getStyleClass().add("withdraw-banner");
        return banner;
    }

    private static Node permissions(StatusReport report) {
        FlowPane chips = new FlowPane(8, 8);
        for (PermissionChip chip : report.chips()) {
            Label label = new Label(chip.text());
            label.setId("chip-" + chip.name().toLowerCase(java.util.Locale.ROOT));
            label.getStyleClass().addAll("permission-chip", report.factsRefused() ? "chip-refused"
                    : "chip-" + chip.state().name().toLowerCase(java.util.Locale.ROOT));
            label.setGraphic(icon(switch (chip.state()) {
                case GRANTED -> "M2 7.5 L5.5 11 L12 3.5";
                case OFF, UNKNOWN -> "M3 7 L11 7";
                case MISSING, EXCESS -> WARNING_ICON;
                case DANGER -> ERROR_ICON;
            }, "chip-icon"));
            chips.getChildren().add(label);
        }
        Label wanted = muted(report.wantedPermissions());
        return factsCard("Permissions", report, chips, wanted);
    }

    private Node ipBinding(StatusReport report) {
        Label ips = new Label(report.ipBinding());
        ips.setId("ip-binding");
        ips.setWrapText(true);
        VBox content = new VBox(8, ips);
        report.deletion().ifPresent(deletion -> {
            Label date = new Label(deletion.text());
            date.setId("deletion-date");
            date.setWrapText(true);
            date.getStyleClass().add(deletion.urgent() ? "error-note" : "warning-note");
            // The same check as Check now; said here because this is where the date that it moves is shown.
            Button keepAlive = new Button("Check now to keep the key");
            keepAlive.setId("keep-alive");
            keepAlive.setMinWidth(Region.USE_PREF_SIZE);
            keepAlive.setTooltip(new Tooltip("The same signed check as Check now: OKX counts it as use, so the"
                    + " deletion date moves 14 days on"));
            keepAlive.setOnAction(event -> model.keepAlive());
            content.getChildren().addAll(date, keepAlive);
        });
        return factsCard("IP binding", report, content);
    }

    private static Node accountAndUse(StatusReport report) {
        GridPane facts = facts();
        int row = 0;
        if (report.account() == null) {
            addFact(facts, row++, "Account", "account-uid", "Not known yet: a check reads it from OKX.");
        } else {
            addFact(facts, row++, "UID", "account-uid", report.account().uid());
            addFact(facts, row++, "Account", "account-kind", report.account().kind());
            addFact(facts, row++, "Account mode", "account-mode", report.account().mode());
        }
        addFact(facts, row++, "Last used by Keyhaven", "last-used", report.lastUsed());
        addFact(facts, row++, "Key age", "key-age", report.age());
        String rotation = report.rotation().map(status -> status.summary()).orElse("Archived: no rotation.");
        Label rotationLabel = addFact(facts, row++, "Rotation", "rotation", rotation);
        report.rotation().ifPresent(status -> {
            if (status.state() != dev.keyhaven.keys.RotationStatus.State.OK) {
                rotationLabel.getStyleClass().add("fact-warning");
            }
        });
        if (report.clockSkew() != null) {
            Label skew = addFact(facts, row++, "Clock", "clock-skew", report.clockSkew().text());
            if (report.clockSkew().warning()) {
                skew.getStyleClass().add("fact-warning");
            }
        }
        return factsCard("Account and use", report, facts);
    }

    private static Node balances(StatusReport report) {
        StatusReport.Balances balances = report.balances();
        if (balances == null) {
            return card("Balances", "", muted("Not read yet: a check that OKX accepts reads the balances."));
        }
        GridPane facts = facts();
        Label asOf = new Label(balances.asOf());
        asOf.setId("balances-as-of");
        asOf.setWrapText(true);
        asOf.getStyleClass().addAll("balances-as-of", balances.older() ? "warning-note" : "muted");
        asOf.managedProperty().bind(asOf.textProperty().isNotEmpty());
        addFact(facts, 0, "Trading account", "trading-total", balances.tradingTotal());
        addFact(facts, 1, "In trading", "trading-assets", balances.tradingText());
        addFact(facts, 2, "In funding", "funding-assets", balances.fundingText());
        VBox content = new VBox(8, asOf, facts);
        if (balances.transferHint() != null) {
            Label hint = new Label(balances.transferHint());
            hint.setId("transfer-hint");
            hint.setWrapText(true);
            hint.getStyleClass().add("info-note");
            content.getChildren().add(hint);
        }
        return factsCard("Balances", report, content);
    }

    private static Node problems(List<Problem> problems, boolean neverChecked, String asOf) {
        VBox list = new VBox(10);
        list.setId("problems");
        if (problems.isEmpty()) {
            list.getChildren().add(muted(neverChecked ? "Not checked yet: check it with OKX to find problems."
                    : "No problems found."));
        }
        for (Problem problem : problems) {
            // A check that could not ask OKX is no error of the key: drawn as the verdict "Could not check" is.
            boolean notAsked = problem.couldNotAsk();
            String word = notAsked ? KeyVerdict.COULD_NOT_CHECK.text() : switch (problem.severity()) {
                case ERROR -> "Error";
                case WARNING -> "Warning";
                case INFO -> "Note";
            };
            Label message = new Label(word + ": " + problem.message()
                    + (notAsked ? " " + Problem.NOTHING_AGAINST_THE_KEY : ""));
            message.setWrapText(true);
            message.getStyleClass().addAll("problem-message",
                    notAsked ? "problem-not-asked" : "severity-" + problem.severity().jsonName());
            message.setGraphic(icon(notAsked ? QUESTION_ICON : problem.severity() == Severity.ERROR ? ERROR_ICON
                    : problem.severity() == Severity.WARNING ? WARNING_ICON : INFO_ICON, "problem-icon"));
            Label fix = new Label("Fix: " + problem.fixOnTheKeysPage());
            fix.setWrapText(true);
            fix.getStyleClass().add("problem-fix");
            VBox row = new VBox(3, message, fix);
            row.getStyleClass().add("problem");
            row.setId("problem-" + problem.id().name());
            list.getChildren().add(row);
        }
        return card("Problems and fixes", asOf, list);
    }

    private static Node history(List<StatusReport.HistoryRow> rows) {
        return card("History of checks", "", HistoryTable.of(rows));
    }

    private static GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        return grid;
    }

    private static Label addFact(GridPane grid, int row, String name, String id, String value) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("fact-name");
        GridPane.setValignment(nameLabel, javafx.geometry.VPos.TOP);
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.setWrapText(true);
        grid.addRow(row, nameLabel, valueLabel);
        return valueLabel;
    }

    /** A card of facts: greyed a little when they come from an older check ({@link #factsNote}). */
    private static VBox factsCard(String title, StatusReport report, Node... content) {
        VBox card = card(title, "", content);
        if (!report.factsAsOf().isEmpty()) {
            card.getStyleClass().add("stale-facts");
        }
        return card;
    }

    /** @param asOf "" for current facts; otherwise the date they are from, shown under the title */
    private static VBox card(String title, String asOf, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(8, heading);
        if (!asOf.isEmpty()) {
            Label stale = new Label(asOf);
            stale.setWrapText(true);
            stale.getStyleClass().addAll("facts-as-of", "warning-note");
            stale.setId("as-of-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            card.getChildren().add(stale);
            card.getStyleClass().add("stale-facts");
        }
        card.getChildren().addAll(content);
        card.getStyleClass().add("status-card");
        return card;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("muted");
        return label;
    }

    private static SVGPath icon(String path, String styleClass) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
