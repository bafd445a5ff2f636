package com.motstudio.ui.export;

import atlantafx.base.theme.Styles;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.Paper;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.FxImages;
import com.motstudio.ui.common.ScrollToFocus;
import com.motstudio.ui.common.TaskRunner;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.effect.DropShadow;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Export page: the options on the left, a preview of the document's first pages on the right,
 * and the export with its progress, cancel and "open the file".
 */
public final class ExportView {
    private final ExportViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    private final Supplier<Path> folder;
    private final HBox root = new HBox(16);
    private final FlowPane pages = new FlowPane(12, 12);
    private final Label previewNote = new Label();
    private final ScrollPane previewScroll = new ScrollPane();

    public ExportView(ExportViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.runner = runner;
        this.folder = folder;
        root.setId("export-page");
        root.setPadding(new Insets(12, 14, 12, 12));
        // a long form scrolls: at large text on a projector the options can be taller than the window
        ScrollPane options = new ScrollPane(options());
        options.setId("export-options");
        options.setFitToWidth(true);
        options.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        options.setMinWidth(Region.USE_PREF_SIZE);
        ScrollToFocus.follow(options);
        // the outcome (saved to, Open the PDF, or why not) comes last in the form: bring it into view
        vm.stateProperty().subscribe(state -> {
            if (state != ExportViewModel.State.IDLE && state != ExportViewModel.State.RUNNING) {
                Platform.runLater(() -> options.setVvalue(options.getVmax()));
            }
        });
        Button refresh = new Button(texts.get("export.ui.refresh"));
        refresh.setId("export-refresh");
        refresh.setOnAction(e -> vm.refreshPreview());
        // the note under the button: beside it, it would be squeezed to a word a line on a projector
        VBox previewBar = new VBox(6, refresh, previewNote);
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        ScrollPane preview = previewScroll;
        preview.setContent(new VBox(8, previewBar, pages));
        preview.setFitToWidth(true);
        preview.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // pages shrink to the width instead
        preview.setId("export-preview");
        HBox.setHgrow(preview, Priority.ALWAYS);
        pages.setPadding(new Insets(6));
        root.getChildren().addAll(options, preview);
        vm.previewProperty().subscribe(this::showPreview);
        vm.previewingProperty().subscribe(busy -> showPreview(vm.previewProperty().get()));
        previewNote.setId("export-preview-note");
        previewNote.setWrapText(true);
        for (var property : List.of(vm.kindProperty(), vm.languageProperty(), vm.paperProperty(), vm.landscapeProperty(),
                vm.canvasStagesProperty())) {
            property.addListener((o, a, b) -> vm.refreshPreview());
        }
        vm.refreshPreview();
        // the page leaves the scene while another page is shown: coming back after edits shows them
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                vm.refreshPreviewIfEdited();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private VBox options() {
        VBox grid = new VBox(8);
        ComboBox<DocumentKind> kind = combo("export-document", List.of(DocumentKind.values()), vm.kindProperty(),
                k -> texts.get("export.document." + k.name()));
        ComboBox<Language> language = combo("export-language", List.of(Language.values()), vm.languageProperty(), Language::nativeName);
        ComboBox<Paper> paper = combo("export-paper", List.of(Paper.values()), vm.paperProperty(),
                p -> texts.get("export.ui.paper." + p.name()));
        grid.getChildren().addAll(field("export.ui.document", kind), field("export.ui.language", language),
                field("export.ui.paper", paper));
        CheckBox landscape = check("export-landscape", "export.ui.landscape");
        landscape.selectedProperty().bindBidirectional(vm.landscapeProperty());
        CheckBox stages = check("export-stages", "export.ui.stages");
        stages.selectedProperty().bindBidirectional(vm.canvasStagesProperty());
        stages.disableProperty().bind(vm.kindProperty().map(k -> k != DocumentKind.MAP_CANVAS && k != DocumentKind.HANDOUTS));
        Label about = new Label();
        about.textProperty().bind(vm.kindProperty().map(k -> texts.get("export.ui.about." + k.name())));
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button(texts.get("export.ui.export"));
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(true);
        export.setOnAction(e -> dialogs.choosePdfToSave(folder.get(), vm.suggestedName()).map(ExportView::withPdf).ifPresent(vm::export));
        export.disableProperty().bind(vm.stateProperty().map(s -> s == ExportViewModel.State.RUNNING));
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(texts.get("export.ui.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        running.visibleProperty().bind(vm.stateProperty().isEqualTo(ExportViewModel.State.RUNNING));
        running.managedProperty().bind(running.visibleProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        vm.stateProperty().subscribe(state -> status.setText(switch (state) {
            case IDLE, RUNNING -> "";
            case DONE -> texts.format("export.ui.done", vm.writtenProperty().get());
            case CANCELLED -> texts.get("export.ui.cancelled");
            case FAILED -> texts.format("export.ui.failed", FailureText.of(vm.failureProperty().get(), texts));
        }));
        Button open = new Button(texts.get("export.ui.open"));
        open.setId("export-open");
        open.visibleProperty().bind(vm.stateProperty().isEqualTo(ExportViewModel.State.DONE));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            Path file = vm.writtenProperty().get();
            runner.run(() -> FileOpener.open(file), ok -> { }, error -> dialogs.showError(texts.get("export.ui.open"),
                    texts.format("export.ui.cannotOpen", file)));
        });
        Label glyphs = new Label();
        glyphs.setId("export-missing-glyphs");
        glyphs.setWrapText(true);
        glyphs.getStyleClass().add(Styles.WARNING);
        vm.missingGlyphsProperty().subscribe(missing -> glyphs.setText(String.join("\n", missing.describe(texts))));
        glyphs.visibleProperty().bind(glyphs.textProperty().isNotEmpty());
        glyphs.managedProperty().bind(glyphs.visibleProperty());
        VBox box = new VBox(10, title(), grid, landscape, stages, about, export, running, status, open, glyphs);
        box.setPadding(new Insets(0, 12, 0, 0)); // room for the scroll bar
        box.setPrefWidth(330);
        return box;
    }

    private Label title() {
        Label title = new Label(texts.get("export.ui.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }

    private static Path withPdf(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? path
                : path.resolveSibling(path.getFileName() + ".pdf");
    }

    /** A label above its control: a label beside it would be cut short at large text. */
    private VBox field(String key, Node control) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(control);
        label.setWrapText(true);
        return new VBox(4, label, control);
    }

    private CheckBox check(String id, String key) {
        CheckBox box = new CheckBox(texts.get(key));
        box.setId(id);
        box.setWrapText(true);
        return box;
    }

    private <T> ComboBox<T> combo(String id, List<T> items, ObjectProperty<T> value, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(com.motstudio.ui.common.Shown.as(label));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private void showPreview(PdfPreview preview) {
        if (vm.previewingProperty().get()) {
            previewNote.setText(texts.get("export.ui.previewing"));
        } else if (vm.previewFailureProperty().get() != null) {
            previewNote.setText(texts.format("export.ui.previewFailed", FailureText.of(vm.previewFailureProperty().get(), texts)));
        } else if (preview == null) {
            previewNote.setText(texts.get("export.ui.noPreview"));
        } else {
            previewNote.setText(texts.format("export.ui.previewOf", preview.pages().size(), preview.count()));
        }
        if (vm.previewFailureProperty().get() != null) {
            pages.getChildren().clear(); // pages of an older preview would pass for this one
        }
        if (preview == null || vm.previewingProperty().get() && !pages.getChildren().isEmpty()) {
            return;
        }
        pages.getChildren().clear();
        String document = texts.get("export.document." + vm.kindProperty().get().name());
        for (int i = 0; i < preview.pages().size(); i++) {
            ImageView view = new ImageView(FxImages.of(preview.pages().get(i)));
            view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            view.setAccessibleText(texts.format("export.ui.pageImage", i + 1, preview.count(), document));
            // a page wider than the preview shrinks to it, so nothing beside or under it is cut off
            double natural = view.getImage().getWidth();
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(previewScroll.viewportBoundsProperty()
                    .map(b -> Math.max(80, Math.min(natural, b.getWidth() - 24))));
            view.setEffect(new DropShadow(6, javafx.scene.paint.Color.gray(0, 0.35)));
            pages.getChildren().add(view);
        }
    }

}
