package com.motstudio.ui.common;

import com.motstudio.text.Texts;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link Dialogs} with JavaFX alerts and file choosers, owned by the main window. Every button text
 * comes from our texts: JavaFX's own {@code ButtonType}s are labelled in the OS language.
 */
public class FxDialogs implements Dialogs {
    /** A panel with this style class may be wider than the base theme's 600 px cap on dialogs (a preview at large text). */
    public static final String WIDE_PANEL = "wide-panel";

    private final Supplier<Window> owner;
    private final Texts texts;

    public FxDialogs(Supplier<Window> owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public Optional<Path> chooseImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("dialog.chooseImage.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("dialog.filter.images"), "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkshopToOpen(Path folder) {
        FileChooser chooser = workshopChooser(texts.get("dialog.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> chooseWorkshopsToMerge(Path folder) {
        FileChooser chooser = workshopChooser(texts.get("merging.choose.title"), folder);
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseWorkshopToSave(Path folder, String suggestedName) {
        FileChooser chooser = workshopChooser(texts.get("dialog.saveAs.title"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToOpen(Path folder) {
        FileChooser chooser = chooser(texts.get("dialog.chooseCsv.title"), folder, texts.get("dialog.filter.csv"), "*.csv", "*.txt");
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePngToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(texts.get("dialog.savePng.title"), folder, texts.get("dialog.filter.png"), "*.png");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(texts.get("export.dialog.title"), folder, texts.get("export.dialog.filter"), "*.pdf");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public boolean ask(String title, Parent content, String okText, javafx.beans.value.ObservableBooleanValue okDisabled) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setContent(content);
        id(dialog, ok, "dialog-ok");
        id(dialog, cancel, "dialog-cancel");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(okDisabled::get, okDisabled));
        styleLikeOwner(dialog);
        dialog.getDialogPane().applyCss(); // the text size reaches the content before the dialog takes its size
        if (content.getStyleClass().contains(WIDE_PANEL)) {
            dialog.getDialogPane().setStyle(dialog.getDialogPane().getStyle() + "; -fx-max-width: " + (content.prefWidth(-1) + 48) + "px;");
        }
        return dialog.showAndWait().orElse(cancel) == ok;
    }

    private FileChooser chooser(String title, Path folder, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private FileChooser workshopChooser(String title, Path folder) {
        return chooser(title, folder, texts.get("dialog.filter.workshops"), "*.mot.json");
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        int answer = askThreeWays(Alert.AlertType.CONFIRMATION, "dialog.saveChanges.title",
                texts.format("dialog.saveChanges.message", documentName),
                new ButtonType(texts.get("dialog.saveChanges.save"), ButtonBar.ButtonData.YES), "dialog-save",
                new ButtonType(texts.get("dialog.saveChanges.discard"), ButtonBar.ButtonData.NO), "dialog-discard");
        return answer == 0 ? SaveChoice.SAVE : answer == 1 ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public ReadOnlyChoice askReadOnly(String fileName) {
        int answer = askThreeWays(Alert.AlertType.WARNING, "dialog.readOnly.title",
                texts.format("dialog.readOnly.message", fileName),
                new ButtonType(texts.get("dialog.readOnly.saveAnyway"), ButtonBar.ButtonData.OTHER), "dialog-save-anyway",
                new ButtonType(texts.get("dialog.readOnly.saveAs"), ButtonBar.ButtonData.YES), "dialog-save-as");
        return answer == 0 ? ReadOnlyChoice.SAVE_ANYWAY : answer == 1 ? ReadOnlyChoice.SAVE_AS : ReadOnlyChoice.CANCEL;
    }

    /** Two choices and Cancel: 0 or 1 for the choice taken, 2 for Cancel or a closed dialog. */
    private int askThreeWays(Alert.AlertType type, String titleKey, String message,
                             ButtonType first, String firstId, ButtonType second, String secondId) {
        ButtonType cancel = new ButtonType(texts.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(type, texts.get(titleKey), message, first, second, cancel);
        id(alert, first, firstId);
        id(alert, second, secondId);
        id(alert, cancel, "dialog-cancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == first ? 0 : answer == second ? 1 : 2;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(texts.get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        id(alert, yes, "dialog-yes");
        id(alert, no, "dialog-no");
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public void showProblems(String title, String message, List<String> details) {
        ButtonType ok = ok();
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ok);
        TextArea list = new TextArea(String.join("\n", details));
        list.setId("dialog-details");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, details.size() + 1)));
        Label heading = new Label(message);
        heading.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, heading, list));
        id(alert, ok, "dialog-ok");
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        ButtonType ok = ok();
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ok);
        id(alert, ok, "dialog-ok");
        alert.showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        ButtonType ok = ok();
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message, ok);
        id(alert, ok, "dialog-ok");
        alert.showAndWait();
    }

    @Override
    public void showPanel(String title, Parent content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        ButtonType close = new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().setContent(content);
        id(dialog, close, "dialog-close");
        styleLikeOwner(dialog);
        dialog.showAndWait();
    }

    @Override
    public void showPanel(String titleKey, Parent content, ObservableValue<Texts> language) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        ButtonType close = new ButtonType(texts.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().setContent(content);
        id(dialog, close, "dialog-close");
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        Subscription relabel = language.subscribe(t -> {
            dialog.setTitle(t.get(titleKey));
            closeButton.setText(t.get("common.close"));
        });
        // a new language or text size rebuilds the main window: its new root has the new text size
        Scene main = owner.get() == null ? null : owner.get().getScene();
        Subscription restyle = main == null ? Subscription.EMPTY : main.rootProperty().subscribe(root -> {
            styleLikeOwner(dialog);
            // longer texts or larger type: the dialog grows to show them whole (after the next layout)
            Platform.runLater(() -> {
                if (dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        });
        dialog.showAndWait();
        relabel.unsubscribe();
        restyle.unsubscribe();
    }

    /** OK in the app's language: JavaFX's own OK button type took its text once, from the OS locale. */
    private ButtonType ok() {
        return new ButtonType(texts.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private void styleLikeOwner(Dialog<?> dialog) {
        if (owner.get() != null && owner.get().getScene() != null) {
            dialog.getDialogPane().setStyle(owner.get().getScene().getRoot().getStyle());
            // the app's own styles too (readable colours, focus rings): a dialog is a scene of its own
            dialog.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialog-message");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(520);
        styleLikeOwner(alert);
        return alert;
    }

    private static void id(Dialog<?> dialog, ButtonType type, String id) {
        if (dialog.getDialogPane().lookupButton(type) instanceof Button button) {
            button.setId(id);
        }
    }
}
