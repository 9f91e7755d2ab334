package dev.keyhaven.guide;

/** The three guides: creating a key, replacing it in a rotation, and revoking a key that may have leaked. */
public enum ChecklistKind {
    NEW_KEY,
    ROTATE,
    REVOKE
}
