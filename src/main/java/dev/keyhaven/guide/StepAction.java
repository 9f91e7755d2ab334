package dev.keyhaven.guide;

/** The button a step offers besides its tick box. */
public enum StepAction {
    NONE,
    /** Opens the step's URL in the browser. */
    OPEN_URL,
    /** Shows the passphrase generator. */
    GENERATE_PASSPHRASE,
    /** Opens Keyhaven's credentials form. */
    SAVE_CREDENTIALS,
    /** Runs a check of the key against OKX. */
    RUN_CHECK
}
