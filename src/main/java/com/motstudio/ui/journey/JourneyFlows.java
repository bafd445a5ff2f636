package com.motstudio.ui.journey;

import com.motstudio.edit.PendingChange;
import com.motstudio.model.Stage;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapPng;
import com.motstudio.store.csv.TouchpointCsv;
import com.motstudio.store.csv.TouchpointImport;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ApplyPreview;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.TaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Journey page's steps that ask the user something or touch files: deleting a stage or a
 * touchpoint (refused while later steps refer to it), importing touchpoints from CSV with a
 * preview, exporting the map as PNG. File work runs through the task runner, off the UI thread.
 */
final class JourneyFlows {
    private final JourneyViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    private final Supplier<Path> folder;

    JourneyFlows(JourneyViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.runner = runner;
        this.folder = folder;
    }

    void deleteStage(String stageId) {
        Stage stage = vm.journey().stage(stageId).orElse(null);
        if (stage == null) {
            return;
        }
        long uses = vm.usesOfStage(stageId);
        if (uses > 0) {
            dialogs.showError(texts.get("journey.delete.title"), texts.format("journey.delete.stageInUse", stage.name(), uses));
            return;
        }
        if (!stage.touchpoints().isEmpty() && !dialogs.confirm(texts.get("journey.delete.title"),
                texts.format("journey.delete.stageConfirm", stage.name(), stage.touchpoints().size()))) {
            return;
        }
        vm.deleteStage(stageId);
    }

    void deleteTouchpoint() {
        var tp = vm.selectedTouchpointProperty().get();
        if (tp != null && !vm.deleteTouchpoint()) {
            dialogs.showError(texts.get("journey.delete.title"),
                    texts.format("journey.delete.touchpointInUse", tp.name(), vm.usesOfTouchpoint(tp.id())));
        }
    }

    void importCsv() {
        dialogs.chooseCsvToOpen(folder.get()).ifPresent(file -> runner.run(
                () -> new TouchpointCsv().preview(Files.readAllBytes(file), vm.workshopProperty().get()),
                preview -> confirmImport(file, preview),
                e -> dialogs.showError(texts.get("journey.import.title"), texts.format("journey.import.unreadable", file, FailureText.of(e, texts)))));
    }

    private void confirmImport(Path file, TouchpointImport preview) {
        PendingChange pending = ImportPreview.of(preview, file.getFileName().toString(), texts);
        if (ApplyPreview.ask(dialogs, texts, texts.get("journey.import.title"),
                texts.format("journey.import.ok", preview.touchpointCount()), pending, "import")) {
            vm.apply(pending.undoLabel(), pending.change());
        }
    }

    void exportPng(JourneyMap map, String suggestedName) {
        PngOptions options = new PngOptions(map, texts);
        if (!dialogs.ask(texts.get("journey.png.title"), options.root(), texts.get("journey.png.choose"), options.invalid())) {
            return;
        }
        int width = options.width();
        dialogs.choosePngToSave(folder.get(), suggestedName).ifPresent(file -> runner.renders().run(() -> {
            MapPng.write(map, width, file);
            return file;
        }, saved -> dialogs.inform(texts.get("journey.png.title"), texts.format("journey.png.saved", saved, width,
                MapPng.heightFor(map, width))), e -> dialogs.showError(texts.get("journey.png.title"),
                texts.format("journey.png.failed", file, FailureText.of(e, texts)))));
    }
}
