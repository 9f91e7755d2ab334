package dev.keyhaven.ui.common;

/** A page's unsaved work that a lock does not simply wipe: what is not secret (and a generated passphrase) comes back. */
public interface KeepsOverLock {

    /** Before a lock: the page's draft, or null when there is nothing to keep. The caller closes the draft. */
    PageDraft keepOverLock();
}
