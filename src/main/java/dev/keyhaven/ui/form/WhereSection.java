package dev.keyhaven.ui.form;

import static dev.keyhaven.ui.form.FormLayout.field;
import static dev.keyhaven.ui.form.FormLayout.note;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.ui.controls.FormSection;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** Where the key lives: live or demo, the region, and (folded away under Advanced) a different OKX address. */
final class WhereSection {

    private final CredentialsFormViewModel model;
    private final TextField baseUrl = new TextField();
    private final VBox baseUrlBox;
    private final TitledPane advanced;
    private final Node section;

    WhereSection(CredentialsFormViewModel model, ValidationSupport validation) {
        this.model = model;
        baseUrl.setId("base-url");
        baseUrl.setPromptText("Leave empty to use the region's address");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        validation.registerValidator(baseUrl, false, (control, value) -> ValidationResult.fromErrorIf(
                control, model.baseUrlProblemProperty().get(), !BaseUrlRule.problem((String) value).isEmpty()));
        Label baseUrlProblem = note("error-note");
        baseUrlProblem.setId("base-url-problem");
        baseUrlProblem.textProperty().bind(model.baseUrlProblemProperty());
        baseUrlBox = field("A different OKX address (only if OKX or your broker gave you one)", baseUrl,
                baseUrlProblem);
        advanced = new TitledPane("Advanced", baseUrlBox);
        advanced.setExpanded(!model.baseUrlProperty().get().isBlank());
        // An address put in later (the form opened again after unlock) is not hidden under a folded Advanced.
        model.baseUrlProperty().addListener((observable, was, now) -> {
            if (now != null && !now.isBlank()) {
                advanced.setExpanded(true);
            }
        });
        advanced.getStyleClass().add("advanced");
        section = new FormSection("Where the key lives", field("Environment", environments()),
                field("_Region", region(), regionHint()), advanced);
    }

    Node node() {
        return section;
    }

    TextField baseUrl() {
        return baseUrl;
    }

    Node baseUrlBox() {
        return baseUrlBox;
    }

    /** Opened by a refused save whose base URL stopped it. */
    TitledPane advanced() {
        return advanced;
    }

    private Node environments() {
        ToggleGroup environments = new ToggleGroup();
        HBox pills = new HBox();
        pills.getStyleClass().add("segmented");
        for (Environment environment : Environment.values()) {
            ToggleButton pill = new ToggleButton(environment == Environment.LIVE ? "Live" : "Demo trading");
            pill.setId(environment == Environment.LIVE ? "environment-live" : "environment-demo");
            pill.getStyleClass().add(environment == Environment.LIVE ? "left-pill" : "right-pill");
            pill.setUserData(environment);
            pill.setToggleGroup(environments);
            pill.setSelected(model.environmentProperty().get() == environment);
            pills.getChildren().add(pill);
        }
        environments.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                // A segmented choice always has one side selected.
                environments.selectToggle(was);
            } else {
                model.environmentProperty().set((Environment) now.getUserData());
            }
        });
        model.environmentProperty().addListener((observable, was, now) -> environments.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(environments::selectToggle));
        return pills;
    }

    private Node region() {
        ComboBox<Region> region = new ComboBox<>();
        region.setId("region");
        region.getItems().setAll(Region.values());
        region.setCellFactory(view -> new RegionCell());
        region.setButtonCell(new RegionCell());
        region.valueProperty().bindBidirectional(model.regionProperty());
        return region;
    }

    private static Label regionHint() {
        Label regionHint = note("muted");
        regionHint.setText("The site where you signed up: okx.com, my.okx.com (EEA) or app.okx.com (US, Australia).");
        return regionHint;
    }

    private static final class RegionCell extends ListCell<Region> {
        @Override
        protected void updateItem(Region region, boolean empty) {
            super.updateItem(region, empty);
            setText(empty || region == null ? null : region.displayName() + " (" + region.website() + ")");
        }
    }
}
