package dev.keyhaven.ui.form;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the form says about a key besides its credentials: its label, purpose, where it lives and notes,
 * each checked as typed, and whether they differ from what is stored.
 */
final class KeyDetails {

    private final KeyRecord editing;
    private final Supplier<? extends Collection<String>> existingLabels;

    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose", Purpose.TRADING);
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment", Environment.LIVE);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region", Region.GLOBAL);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty labelProblem = new SimpleStringProperty(this, "labelProblem", "");
    private final StringProperty baseUrlProblem = new SimpleStringProperty(this, "baseUrlProblem", "");
    /** The values as last stored (or blank for a new key), to tell whether there is anything to lose. */
    private Snapshot stored;

    /** @param editing the stored key, or null for a new one; {@code existingLabels} for the uniqueness check */
    KeyDetails(KeyRecord editing, Supplier<? extends Collection<String>> existingLabels) {
        this.editing = editing;
        this.existingLabels = existingLabels;
        if (editing != null) {
            label.set(editing.label());
            purpose.set(editing.purpose());
            environment.set(editing.environment());
            region.set(editing.region());
            baseUrl.set(editing.customBaseUrl().orElse(""));
            notes.set(editing.notes());
        }
        stored = snapshot();
        label.addListener((observable, was, now) -> labelProblem.set(labelProblemOf(now).orElse("")));
        baseUrl.addListener((observable, was, now) -> baseUrlProblem.set(BaseUrlRule.problem(now).orElse("")));
    }

    boolean changedSinceStored() {
        return !snapshot().equals(stored);
    }

    /** The values shown now count as stored: after a save, or for suggestions filled in for the trader. */
    void takeAsStored() {
        stored = snapshot();
    }

    private Snapshot snapshot() {
        return new Snapshot(label.get(), purpose.get(), environment.get(), region.get(), baseUrl.get(), notes.get());
    }

    private record Snapshot(String label, Purpose purpose, Environment environment, Region region, String baseUrl,
                            String notes) {
    }

    /** Why the label stops a save; empty when it does not. */
    Optional<String> labelProblem() {
        return labelProblemOf(label.get());
    }

    /** Why the address stops a save; empty when it does not. */
    Optional<String> baseUrlProblem() {
        return BaseUrlRule.problem(baseUrl.get());
    }

    /** After a refused save, the label says why under itself. */
    void sayLabelProblem() {
        labelProblem().ifPresent(labelProblem::set);
    }

    private Optional<String> labelProblemOf(String value) {
        return LabelRule.problem(value, editing == null ? null : editing.label(), existingLabels.get());
    }

    /** The values to store, without credentials. */
    KeyDraft draft() {
        return new KeyDraft(label.get().strip(), purpose.get(), environment.get(), region.get(),
                baseUrl.get().isBlank() ? null : baseUrl.get().strip(), notes.get(),
                editing == null ? 0 : editing.rotationDays(), null);
    }

    StringProperty labelProperty() {
        return label;
    }

    ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    ObjectProperty<Region> regionProperty() {
        return region;
    }

    StringProperty baseUrlProperty() {
        return baseUrl;
    }

    StringProperty notesProperty() {
        return notes;
    }

    ReadOnlyStringProperty labelProblemProperty() {
        return labelProblem;
    }

    ReadOnlyStringProperty baseUrlProblemProperty() {
        return baseUrlProblem;
    }
}
