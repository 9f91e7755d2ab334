package dev.keyhaven.ui.guide;

import dev.keyhaven.guide.AutoTicker;
import dev.keyhaven.guide.Checklist;
import dev.keyhaven.guide.ChecklistFactory;
import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.ChecklistProgress;
import dev.keyhaven.guide.IpAnswer;
import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.Step;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.keys.KeyAddress;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The guide's state, without a screen: which checklist is shown, the trader's ticks, what Keyhaven
 * verified, and the generated passphrase. The passphrase is held as a {@link Secret}, never in a property.
 */
public final class GuideViewModel implements dev.keyhaven.ui.common.GeneratedPassphrase {

    private final ChecklistFactory factory;
    private final AutoTicker ticker;
    private final PassphraseGenerator generator;
    private final GuideActions actions;

    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.TRADING);
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.LIVE);
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(Region.GLOBAL);
    private final ReadOnlyObjectWrapper<ChecklistKind> kind = new ReadOnlyObjectWrapper<>(ChecklistKind.NEW_KEY);
    private final ReadOnlyBooleanWrapper choicesEditable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<ChecklistProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper passphraseReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper passphraseRevealed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper passphraseGeneration = new ReadOnlyIntegerWrapper();

    private Set<String> storedTicks = Set.of();
    private VerifiedFacts facts = VerifiedFacts.NOTHING;
    /** The stored key's verdict as the Status tab says it, or null when none is known (a new key). */
    private KeyVerdict keyVerdict;
    private Secret passphrase;
    /** The passphrase was copied (or only shown, when false) since it was made: it may be on OKX already. */
    private Boolean passphraseHandedOut;
    /** Where the shown key's check goes, when not OKX's host for its site (a saved address). */
    private String checkAddress;

    public GuideViewModel(ChecklistFactory factory, AutoTicker ticker, PassphraseGenerator generator,
                          GuideActions actions) {
        this.factory = factory;
        this.ticker = ticker;
        this.generator = generator;
        this.actions = actions;
        purpose.addListener((observable, before, after) -> refresh());
        environment.addListener((observable, before, after) -> refresh());
        region.addListener((observable, before, after) -> refresh());
        refresh();
    }

    /** The guide for a key yet to be made: the trader picks purpose, environment and region. */
    public void showNewKey() {
        storedTicks = Set.of();
        facts = VerifiedFacts.NOTHING;
        checkAddress = null;
        kind.set(ChecklistKind.NEW_KEY);
        choicesEditable.set(true);
        refresh();
    }

    /**
     * A guide for a stored key: its own purpose, environment and region, its stored ticks and what the
     * shell knows about it (mapped from the last check).
     */
    public void showKey(KeyRecord key, ChecklistKind guide, VerifiedFacts knownFacts) {
        showKey(key, guide, knownFacts, null);
    }

    /** As {@link #showKey(KeyRecord, ChecklistKind, VerifiedFacts)}, with the key's verdict for its check step. */
    public void showKey(KeyRecord key, ChecklistKind guide, VerifiedFacts knownFacts, KeyVerdict verdict) {
        keyVerdict = verdict;
        storedTicks = key.checklistDone();
        facts = knownFacts;
        checkAddress = key.customBaseUrl().map(KeyAddress::value).orElse(null);
        kind.set(guide);
        choicesEditable.set(false);
        purpose.set(key.purpose());
        environment.set(key.environment());
        region.set(key.region());
        refresh();
    }

    /** After a save or a check, the new facts tick (or flag) the steps Keyhaven can verify. */
    public void updateFacts(VerifiedFacts knownFacts) {
        facts = knownFacts;
        refresh();
    }

    /**
     * The trader ticks or unticks a step. Steps Keyhaven has a verdict on are not the trader's to change.
     *
     * @return false when the step is not the trader's to tick
     */
    public boolean setTicked(String stepId, boolean ticked) {
        ChecklistProgress.Status status = progress.get().step(stepId).status();
        if (status == ChecklistProgress.Status.VERIFIED || status == ChecklistProgress.Status.NEEDS_ATTENTION) {
            return false;
        }
        storedTicks = !ticked && IpAnswer.STEP.equals(stepId)
                ? IpAnswer.withdrawn(storedTicks)
                : ChecklistProgress.withTick(storedTicks, stepId, ticked);
        refresh();
        actions.onTicksChanged().accept(storedTicks);
        return true;
    }

    /**
     * The trader's answer to the IP step: the address never changes (bound on OKX) or it changes (left
     * empty on purpose). Either answer ticks the step; the second is stored too ({@link IpAnswer}).
     *
     * @return false when Keyhaven has a verdict on the step (OKX reported a bound address)
     */
    public boolean answerIp(boolean addressChanges) {
        ChecklistProgress.Status status = progress.get().step(IpAnswer.STEP).status();
        if (status == ChecklistProgress.Status.VERIFIED || status == ChecklistProgress.Status.NEEDS_ATTENTION) {
            return false;
        }
        storedTicks = IpAnswer.answered(storedTicks, addressChanges);
        refresh();
        actions.onTicksChanged().accept(storedTicks);
        return true;
    }

    /** True when the trader said the key's IP address changes. */
    public boolean ipAddressChanges() {
        return IpAnswer.addressChanges(storedTicks);
    }

    /** Runs the step's action: opens its page, the credentials form, or a check. */
    public void perform(Step step) {
        switch (step.action()) {
            case OPEN_URL -> step.link().ifPresent(actions.openUrl());
            case SAVE_CREDENTIALS -> actions.onSaveCredentials().run();
            case RUN_CHECK -> actions.onRunCheck().run();
            case GENERATE_PASSPHRASE -> generatePassphrase();
            case NONE -> { }
        }
    }

    /**
     * Makes a new passphrase, wiping the previous one, and hides it. A passphrase the trader copied or looked
     * at may be typed into OKX already: it is replaced only if the trader says so.
     *
     * @return false when the trader kept the passphrase there was
     */
    public boolean generatePassphrase() {
        if (passphrase != null && passphraseHandedOut != null
                && !actions.mayReplacePassphrase().test(passphraseHandedOut)) {
            return false;
        }
        wipePassphrase();
        passphraseHandedOut = null;
        passphrase = generator.generate();
        passphraseRevealed.set(false);
        passphraseReady.set(true);
        passphraseGeneration.set(passphraseGeneration.get() + 1);
        tickPassphraseStep();
        return true;
    }

    /**
     * Puts back a passphrase generated before a lock (a copy is kept; the caller closes {@code kept}). The
     * trader may have copied it before the lock: a new one asks first.
     */
    public void restorePassphrase(Secret kept) {
        wipePassphrase();
        passphrase = kept.copy();
        passphraseHandedOut = Boolean.TRUE;
        passphraseRevealed.set(false);
        passphraseReady.set(true);
        passphraseGeneration.set(passphraseGeneration.get() + 1);
        tickPassphraseStep();
    }

    public void copyPassphrase() {
        if (passphrase != null) {
            actions.copyToClipboard().accept(passphrase.copy());
            passphraseHandedOut = Boolean.TRUE;
            tickPassphraseStep();
        }
    }

    /** Making or copying the passphrase is what its step asks for: the step ticks itself. */
    private void tickPassphraseStep() {
        checklist().steps().stream()
                .filter(step -> step.action() == dev.keyhaven.guide.StepAction.GENERATE_PASSPHRASE)
                .filter(step -> progress.get().step(step.id()).status() == ChecklistProgress.Status.OPEN)
                .forEach(step -> setTicked(step.id(), true));
    }

    public void setPassphraseRevealed(boolean revealed) {
        passphraseRevealed.set(revealed && passphrase != null);
        if (passphraseRevealed.get() && passphraseHandedOut == null) {
            passphraseHandedOut = Boolean.FALSE;
        }
    }

    /** Lends the passphrase's characters to {@code use}, which must not keep them. */
    public <T> T readPassphrase(Function<char[], T> use) {
        if (passphrase == null) {
            throw new IllegalStateException("No passphrase has been generated yet");
        }
        return passphrase.apply(use);
    }

    /** A copy of the generated passphrase, e.g. to fill the credentials form; the caller closes it. */
    @Override
    public Secret passphraseCopy() {
        return readPassphrase(Secret::copyOf);
    }

    /** As many dots as the passphrase has characters. */
    public String maskedPassphrase() {
        return passphrase == null ? "" : "\u2022".repeat(passphrase.length());
    }

    /** How strong the passphrase is, in plain words: "16 random characters: far too many to guess". */
    public String passphraseStrength() {
        return generator.length() + " random characters: far too many combinations to guess";
    }

    /** Wipes the passphrase; call when the guide closes or the vault locks. */
    public void dispose() {
        wipePassphrase();
        passphraseReady.set(false);
        passphraseRevealed.set(false);
    }

    /** The key's verdict as the Status tab words it, when known: the check step says it the same way. */
    public java.util.Optional<KeyVerdict> keyVerdict() {
        return java.util.Optional.ofNullable(keyVerdict);
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<ChecklistKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** False while a stored key is shown: its purpose, environment and region are fixed. */
    public ReadOnlyBooleanProperty choicesEditableProperty() {
        return choicesEditable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChecklistProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ChecklistProgress progress() {
        return progress.get();
    }

    public Checklist checklist() {
        return progress.get().checklist();
    }

    @Override
    public ReadOnlyIntegerProperty passphraseGenerationProperty() {
        return passphraseGeneration.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty passphraseReadyProperty() {
        return passphraseReady.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passphraseRevealedProperty() {
        return passphraseRevealed.getReadOnlyProperty();
    }

    private void refresh() {
        Checklist checklist = factory.checkingAt(checkAddress)
                .create(kind.get(), purpose.get(), environment.get(), region.get());
        progress.set(ChecklistProgress.of(checklist, storedTicks, ticker.verdicts(checklist, facts)));
    }

    private void wipePassphrase() {
        if (passphrase != null) {
            passphrase.close();
            passphrase = null;
        }
    }
}
