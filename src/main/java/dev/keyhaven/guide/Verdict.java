package dev.keyhaven.guide;

/**
 * What Keyhaven found about one verifiable step.
 *
 * @param confirmed true: the step is done, Keyhaven ticks it; false: Keyhaven saw the opposite, and the
 *                  step needs attention even if the trader ticked it
 * @param reason    one sentence saying what was seen, and when, e.g. "Checked 23 Nov 17:45: withdraw is off."
 */
public record Verdict(String stepId, Verification verification, boolean confirmed, String reason) {
}
