package dev.keyhaven.guide;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A guide as a list of steps, made for one purpose, environment and region by {@link ChecklistFactory}. */
public record Checklist(
        ChecklistKind kind,
        Purpose purpose,
        Environment environment,
        Region region,
        String title,
        List<Step> steps) {

    public Checklist {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    public List<String> stepIds() {
        return steps.stream().map(Step::id).toList();
    }
}
