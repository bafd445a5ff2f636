package com.motstudio.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one place that opens dialogs and file choosers. Views and view models ask it instead of
 * building dialogs themselves, so dialogs look the same everywhere and tests can answer them.
 * All texts passed in are already localized.
 */
public interface Dialogs {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "this file is read-only": replace it anyway, save under another name, or not at all. */
    enum ReadOnlyChoice { SAVE_ANYWAY, SAVE_AS, CANCEL }

    /** Asks for an image file (PNG or JPEG), e.g. a logo; empty when the user cancels. */
    Optional<Path> chooseImage();

    /** Asks for a workshop file to open; empty when the user cancels. */
    Optional<Path> chooseWorkshopToOpen(Path folder);

    /** Asks for the group files to merge into the open workshop (several at once); empty when the user cancels. */
    List<Path> chooseWorkshopsToMerge(Path folder);

    /** Asks where to save a workshop; empty when the user cancels. */
    Optional<Path> chooseWorkshopToSave(Path folder, String suggestedName);

    /** Asks for a CSV file to import; empty when the user cancels. */
    Optional<Path> chooseCsvToOpen(Path folder);

    /** Asks where to save a PNG picture; empty when the user cancels. */
    Optional<Path> choosePngToSave(Path folder, String suggestedName);

    /** Asks where to save an exported PDF; empty when the user cancels. */
    Optional<Path> choosePdfToSave(Path folder, String suggestedName);

    /**
     * Shows a panel with an OK button named {@code okText} (disabled while {@code okDisabled} is
     * true) and Cancel; true when the user pressed OK.
     */
    boolean ask(String title, javafx.scene.Parent content, String okText, javafx.beans.value.ObservableBooleanValue okDisabled);

    /** Asks whether to save the changes to {@code documentName} before it is closed. */
    SaveChoice askSaveChanges(String documentName);

    /** Asks what to do about saving over the read-only file {@code fileName}. */
    ReadOnlyChoice askReadOnly(String fileName);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message);

    /** Shows an error with a list of details (e.g. every problem of a file). */
    void showProblems(String title, String message, List<String> details);

    /** Shows an error. */
    void showError(String title, String message);

    /** Shows a plain information message. */
    void inform(String title, String message);

    /** Shows a panel (e.g. the preferences) in a dialog with a Close button, and waits until it is closed. */
    void showPanel(String title, javafx.scene.Parent content);

    /**
     * Shows a panel whose language can change while it is open (the preferences): its title and
     * Close button follow the texts given, and it waits until it is closed.
     */
    void showPanel(String titleKey, javafx.scene.Parent content, javafx.beans.value.ObservableValue<com.motstudio.text.Texts> texts);
}
