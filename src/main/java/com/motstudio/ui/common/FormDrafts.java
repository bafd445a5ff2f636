package com.motstudio.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was typed in forms but could not be saved yet (a date that is no date), kept for the open
 * workshop while windows are rebuilt (another language or text size), so the shell can ask before
 * it is lost. Forms showing something attach how to commit it: save it when it is valid, else keep
 * it here as a draft. Holds no controls.
 */
public final class FormDrafts {
    private final Map<String, Object> kept = new LinkedHashMap<>();
    private final Map<String, Runnable> forms = new LinkedHashMap<>();

    /** Keeps {@code draft} under {@code key}, replacing what was kept there. */
    public void keep(String key, Object draft) {
        kept.put(key, draft);
    }

    /** Removes and returns the draft kept under {@code key}; null when there is none of that type. */
    public <T> T take(String key, Class<T> type) {
        Object draft = kept.get(key);
        if (!type.isInstance(draft)) {
            return null;
        }
        kept.remove(key);
        return type.cast(draft);
    }

    /** The draft under {@code key} without taking it; null when there is none of that type. */
    public <T> T peek(String key, Class<T> type) {
        Object draft = kept.get(key);
        return type.isInstance(draft) ? type.cast(draft) : null;
    }

    public void drop(String key) {
        kept.remove(key);
    }

    /** The keys drafts are kept under now. */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(kept.keySet());
    }

    /** A form shown now: {@code commit} saves what it holds, or keeps it as a draft. Replaces the form of that name. */
    public void attach(String form, Runnable commit) {
        forms.put(form, commit);
    }

    /** Commits every attached form; true when something typed is still kept unsaved. */
    public boolean pending() {
        forms.values().forEach(Runnable::run);
        return !kept.isEmpty();
    }

    /** Commits the attached forms and forgets them (their window is being replaced); the drafts stay. */
    public void detachForms() {
        forms.values().forEach(Runnable::run);
        forms.clear();
    }

    /** Forgets every draft and form (another workshop is shown). */
    public void clear() {
        kept.clear();
        forms.clear();
    }
}
