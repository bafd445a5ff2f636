package com.motstudio.app;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.FxDialogs;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The real dialogs, except the OS file choosers, which no test can drive: those answer with the
 * paths a test queued.
 */
final class ScriptedDialogs extends FxDialogs {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> toSave = new ArrayDeque<>();
    final Deque<Path> csvToOpen = new ArrayDeque<>();
    final Deque<Path> pngToSave = new ArrayDeque<>();
    final Deque<Path> pdfToSave = new ArrayDeque<>();
    /** The files the next "merge group files" chooser returns; none means the user cancels. */
    final Deque<java.util.List<Path>> toMerge = new ArrayDeque<>();

    ScriptedDialogs(Supplier<Window> owner, Texts texts) {
        super(owner, texts);
    }

    @Override
    public Optional<Path> chooseWorkshopToOpen(Path folder) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public java.util.List<Path> chooseWorkshopsToMerge(Path folder) {
        return toMerge.isEmpty() ? java.util.List.of() : toMerge.poll();
    }

    @Override
    public Optional<Path> chooseCsvToOpen(Path folder) {
        return Optional.ofNullable(csvToOpen.poll());
    }

    @Override
    public Optional<Path> choosePngToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(pngToSave.poll());
    }

    @Override
    public Optional<Path> choosePdfToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(pdfToSave.poll());
    }

    @Override
    public Optional<Path> chooseWorkshopToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(toSave.poll());
    }
}
