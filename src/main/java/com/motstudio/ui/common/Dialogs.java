package com.motstudio.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place that opens dialogs and file choosers. Views ask it instead of building dialogs
 * themselves, so dialogs look the same everywhere and tests can answer them.
 */
public interface Dialogs {

    /** Asks for an image file (PNG or JPEG), e.g. a logo; empty when the user cancels. */
    Optional<Path> chooseImage();

    /** Asks a yes/no question; true when the user confirms. Texts are already localized. */
    boolean confirm(String title, String message);

    /** Shows an error. Texts are already localized. */
    void showError(String title, String message);
}
