package com.motstudio.ui.present;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The keys a presenter's clicker sends: Page Down and Page Up for next and previous, B or '.' to
 * black the screen out and back. A clicker types into whichever window has the focus; with two
 * screens that is usually the facilitator's main window, so these keys also work there, unless
 * the focus is in a text (where B and '.' are letters) or the key comes with a modifier (a page's
 * own shortcut).
 */
final class ClickerKeys {
    private ClickerKeys() {}

    /** Does what the key asks of the slides; false (and nothing done) for any other key. */
    static boolean apply(KeyEvent e, PresentationViewModel vm) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        switch (e.getCode()) {
            case PAGE_DOWN -> vm.next();
            case PAGE_UP -> vm.previous();
            case B, PERIOD, DECIMAL -> vm.toggleBlackout();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The same keys pressed in the main window: taken unless the focus is in a text being typed. */
    static boolean applyFromMain(KeyEvent e, Node focusOwner, PresentationViewModel vm) {
        return !typing(focusOwner) && apply(e, vm);
    }

    /** A text field, or a control whose editor is one (an editable combo box, date picker or spinner keeps the focus itself). */
    private static boolean typing(Node focusOwner) {
        return focusOwner instanceof TextInputControl
                || focusOwner instanceof ComboBoxBase<?> box && box.isEditable()
                || focusOwner instanceof Spinner<?> spinner && spinner.isEditable();
    }
}
