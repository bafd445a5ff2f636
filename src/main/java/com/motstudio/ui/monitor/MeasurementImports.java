package com.motstudio.ui.monitor;

import com.motstudio.edit.PendingChange;
import com.motstudio.store.csv.MeasurementCsv;
import com.motstudio.store.csv.MeasurementImport;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ApplyPreview;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.TaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Importing KPI measurements from CSV: read off the UI thread, a preview of what will be added and
 * of every row skipped and why; nothing changes until the user imports, and the import is one undo step.
 */
final class MeasurementImports {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    private final Supplier<Path> folder;

    MeasurementImports(MonitorViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.runner = runner;
        this.folder = folder;
    }

    void run() {
        dialogs.chooseCsvToOpen(folder.get()).ifPresent(file -> runner.run(
                () -> new MeasurementCsv().preview(Files.readAllBytes(file), vm.workshop()),
                preview -> confirm(file, preview),
                e -> dialogs.showError(texts.get("monitor.import.title"), texts.format("monitor.import.unreadable", file, FailureText.of(e, texts)))));
    }

    private void confirm(Path file, MeasurementImport preview) {
        String summary = preview.refused() ? texts.format("monitor.import.refused", file.getFileName())
                : texts.format("monitor.import.summary", file.getFileName(), preview.measurements().size(), preview.skippedRowCount());
        boolean adds = !preview.measurements().isEmpty();
        PendingChange pending = new PendingChange(summary, List.of(PendingChange.Section.of(PendingChange.Kind.SKIPPED, "problems",
                texts.get("monitor.import.problems"), preview.problems().stream().map(p -> p.describe(texts)).toList())),
                "monitor.change.import", adds ? MonitorViewModel.withMeasurements(preview.measurements()) : null);
        if (ApplyPreview.ask(dialogs, texts, texts.get("monitor.import.title"), texts.get("monitor.import.ok"), pending, "import")) {
            vm.addMeasurements(preview.measurements());
        }
    }
}
