package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import com.motstudio.store.csv.TouchpointImport;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ProblemList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;

/**
 * What a CSV import would add, shown before anything changes: a summary, the stages with the
 * touchpoints each would get (new stages marked), and every row that will be skipped and why.
 */
final class ImportPreview {
    private ImportPreview() {}

    static Parent of(TouchpointImport preview, String fileName, Texts texts) {
        Label summary = new Label(preview.refused()
                ? texts.format("journey.import.refused", fileName)
                : texts.format("journey.import.summary", fileName, preview.touchpointCount(), preview.createdStageCount(),
                        preview.skippedRowCount(), preview.charset().displayName()));
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        summary.setId("import-summary");
        VBox box = new VBox(8, summary);
        if (!preview.stages().isEmpty()) {
            TreeItem<String> rootItem = new TreeItem<>();
            for (TouchpointImport.StageImport stage : preview.stages()) {
                TreeItem<String> stageItem = new TreeItem<>(texts.format(stage.created() ? "journey.import.newStage" : "journey.import.stage",
                        stage.name(), stage.touchpoints().size()));
                stageItem.setExpanded(true);
                for (TouchpointImport.ImportedTouchpoint tp : stage.touchpoints()) {
                    stageItem.getChildren().add(new TreeItem<>(texts.format(tp.nameInStage() ? "journey.import.touchpointAgain"
                            : "journey.import.touchpoint", tp.row(), tp.touchpoint().name())));
                }
                rootItem.getChildren().add(stageItem);
            }
            TreeView<String> added = new TreeView<>(rootItem);
            added.setShowRoot(false);
            added.setId("import-added");
            added.setAccessibleText(texts.get("journey.import.added"));
            added.setPrefHeight(220);
            box.getChildren().addAll(heading(texts.get("journey.import.added")), added);
        }
        if (!preview.problems().isEmpty()) {
            box.getChildren().add(ProblemList.of(texts.get("journey.import.problems"), "import-problems", preview.problems(),
                    preview.stages().isEmpty() ? 260 : 160, texts));
        }
        box.setPadding(new Insets(4));
        box.setPrefWidth(620);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
