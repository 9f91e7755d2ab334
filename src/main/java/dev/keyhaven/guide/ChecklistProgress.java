package dev.keyhaven.guide;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a trader stands in a checklist: the ticks they made (stored in the vault) merged with what
 * Keyhaven verified. A step Keyhaven saw contradicted (say, withdraw is on) needs attention even if ticked.
 */
public final class ChecklistProgress {

    public enum Status {
        OPEN,
        TICKED_BY_YOU,
        VERIFIED,
        NEEDS_ATTENTION;

        public boolean done() {
            return this == TICKED_BY_YOU || this == VERIFIED;
        }
    }

    /** @param reason Keyhaven's sentence for VERIFIED and NEEDS_ATTENTION, empty otherwise */
    public record StepProgress(Step step, Status status, String reason) {
    }

    private final Checklist checklist;
    private final List<StepProgress> steps;

    private ChecklistProgress(Checklist checklist, List<StepProgress> steps) {
        this.checklist = checklist;
        this.steps = steps;
    }

    /**
     * @param manualTicks the step ids stored for the key; ids of other checklists are ignored here
     * @param verdicts    from {@link AutoTicker#verdicts}
     */
    public static ChecklistProgress of(Checklist checklist, Set<String> manualTicks, List<Verdict> verdicts) {
        Map<String, Verdict> verdictByStep = verdicts.stream()
                .collect(Collectors.toMap(Verdict::stepId, Function.identity(), (first, second) -> first));
        List<StepProgress> steps = checklist.steps().stream().map(step -> {
            Verdict verdict = verdictByStep.get(step.id());
            if (verdict != null) {
                return new StepProgress(step, verdict.confirmed() ? Status.VERIFIED : Status.NEEDS_ATTENTION,
                        verdict.reason());
            }
            return new StepProgress(step, manualTicks.contains(step.id()) ? Status.TICKED_BY_YOU : Status.OPEN, "");
        }).toList();
        return new ChecklistProgress(checklist, steps);
    }

    public Checklist checklist() {
        return checklist;
    }

    public List<StepProgress> steps() {
        return steps;
    }

    public StepProgress step(String id) {
        return steps.stream().filter(progress -> progress.step().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + id + " in this checklist"));
    }

    public long doneCount() {
        return steps.stream().filter(progress -> progress.status().done()).count();
    }

    public int total() {
        return steps.size();
    }

    public boolean complete() {
        return doneCount() == total();
    }

    public boolean needsAttention() {
        return steps.stream().anyMatch(progress -> progress.status() == Status.NEEDS_ATTENTION);
    }

    /** "5 of 13 done". */
    public String summary() {
        return doneCount() + " of " + total() + " done";
    }

    /**
     * The ids to store after the trader ticks or unticks {@code stepId}: {@code stored} (which may hold
     * other checklists' ids) with this one step changed.
     */
    public static Set<String> withTick(Set<String> stored, String stepId, boolean ticked) {
        Set<String> result = new LinkedHashSet<>(stored);
        if (ticked) {
            result.add(stepId);
        } else {
            result.remove(stepId);
        }
        return Set.copyOf(result);
    }
}
