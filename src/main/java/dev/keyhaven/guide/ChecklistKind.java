package dev.keyhaven.guide;

/**
 * The guides: creating a key, replacing it in a rotation, revoking a key that may have leaked, and the
 * short check of a key the trader made before (added with "I already have a key").
 */
public enum ChecklistKind {
    NEW_KEY,
    EXISTING_KEY,
    ROTATE,
    REVOKE
}
