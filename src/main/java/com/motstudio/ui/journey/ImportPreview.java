package com.motstudio.ui.journey;

import com.motstudio.edit.PendingChange;
import com.motstudio.store.csv.TouchpointImport;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a touchpoint CSV import would add, for the shared preview: a summary, the stages with the
 * touchpoints each would get (new stages marked), and every row that will be skipped and why.
 */
final class ImportPreview {
    private ImportPreview() {}

    static PendingChange of(TouchpointImport preview, String fileName, Texts texts) {
        String summary = preview.refused()
                ? texts.format("journey.import.refused", fileName)
                : texts.format("journey.import.summary", fileName, preview.touchpointCount(), preview.createdStageCount(),
                        preview.skippedRowCount(), preview.charset().displayName());
        List<PendingChange.Line> added = new ArrayList<>();
        for (TouchpointImport.StageImport stage : preview.stages()) {
            added.add(PendingChange.Line.of(texts.format(stage.created() ? "journey.import.newStage" : "journey.import.stage",
                    stage.name(), stage.touchpoints().size())));
            for (TouchpointImport.ImportedTouchpoint tp : stage.touchpoints()) {
                added.add(PendingChange.Line.detail(texts.format(tp.nameInStage() ? "journey.import.touchpointAgain"
                        : "journey.import.touchpoint", tp.row(), tp.touchpoint().name())));
            }
        }
        return new PendingChange(summary, List.of(
                new PendingChange.Section(PendingChange.Kind.ADDED, "added", texts.get("journey.import.added"), added),
                PendingChange.Section.of(PendingChange.Kind.SKIPPED, "problems", texts.get("journey.import.problems"),
                        preview.problems().stream().map(p -> p.describe(texts)).toList())),
                "journey.change.import", preview.addsAnything() ? preview::applyTo : null);
    }
}
