package com.motstudio.edit;

import com.motstudio.model.Workshop;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The workshop open in the app: its current value, the file it belongs to, one undo/redo stack for
 * every change, and whether it differs from what was last saved. Workshops are immutable, so a
 * change is a function from one value to the next and undo simply restores the previous value.
 * Not thread-safe: call it from one thread (the UI thread); {@link #current()} may be handed to
 * other threads because the value it returns never changes.
 */
public final class WorkshopDocument {
    private static final int UNDO_LIMIT = 500;

    private Workshop current;
    private Workshop saved;
    private Path file;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    private record Change(String label, Workshop before, Workshop after) {}

    /**
     * A document for a workshop just loaded from {@code file}, or a new one ({@code file} null).
     * Either starts clean: closing it unchanged asks nothing.
     */
    public WorkshopDocument(Workshop workshop, Path file) {
        this.current = Objects.requireNonNull(workshop);
        this.saved = workshop;
        this.file = file;
    }

    /** A document restored from a recovery copy: its content was never saved, so it starts dirty. */
    public static WorkshopDocument restored(Workshop workshop, Path originalFile) {
        WorkshopDocument document = new WorkshopDocument(workshop, originalFile);
        document.saved = null;
        return document;
    }

    public Workshop current() {
        return current;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Applies a change as one undo step. {@code label} is a text key naming the change (shown as
     * "Undo …"). A change that returns an equal workshop is not recorded.
     */
    public void apply(String label, UnaryOperator<Workshop> change) {
        Workshop next = Objects.requireNonNull(change.apply(current));
        if (next.equals(current)) {
            return;
        }
        undo.push(new Change(label, current, next));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Change::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Change::label);
    }

    public void undo() {
        Change change = undo.poll();
        if (change != null) {
            redo.push(change);
            current = change.before();
            fire();
        }
    }

    public void redo() {
        Change change = redo.poll();
        if (change != null) {
            undo.push(change);
            current = change.after();
            fire();
        }
    }

    /** True when the workshop differs from the file on disk, or was never saved. */
    public boolean isDirty() {
        return saved != current;
    }

    /** Records that {@code value} (the value that was written) is now in {@code target}. */
    public void markSaved(Workshop value, Path target) {
        this.saved = value;
        this.file = target;
        fire();
    }

    /** Called after every change, undo, redo and save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
