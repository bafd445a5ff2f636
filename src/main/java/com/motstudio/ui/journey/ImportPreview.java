package com.motstudio.ui.journey;

import atlantafx.base.theme.Styles;
import com.motstudio.store.csv.CsvProblem;
import com.motstudio.store.csv.TouchpointImport;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;

/**
 * What a CSV import would add, shown before anything changes: a summary, the stages with the
 * touchpoints each would get (new stages marked), and every row that will be skipped and why.
 */
final class ImportPreview {
    /** Problems beyond this many are counted, not listed, so a broken 20,000-row file stays readable. */
    private static final int LISTED_PROBLEMS = 500;

    private ImportPreview() {}

    static Parent of(TouchpointImport preview, String fileName, Texts texts) {
        Label summary = new Label(preview.refused()
                ? texts.format("journey.import.refused", fileName)
                : texts.format("journey.import.summary", fileName, preview.touchpointCount(), preview.createdStageCount(),
                        preview.skippedRowCount(), preview.charset().displayName()));
        summary.setWrapText(true);
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
            added.setPrefHeight(220);
            box.getChildren().addAll(heading(texts.get("journey.import.added")), added);
        }
        if (!preview.problems().isEmpty()) {
            ListView<String> problems = new ListView<>();
            problems.setId("import-problems");
            preview.problems().stream().limit(LISTED_PROBLEMS).map((CsvProblem p) -> p.describe(texts)).forEach(problems.getItems()::add);
            if (preview.problems().size() > LISTED_PROBLEMS) {
                problems.getItems().add(texts.format("journey.import.moreProblems", preview.problems().size() - LISTED_PROBLEMS));
            }
            problems.setPrefHeight(preview.stages().isEmpty() ? 260 : 160);
            problems.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
            box.getChildren().addAll(heading(texts.get("journey.import.problems")), problems);
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
