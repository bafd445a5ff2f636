package com.motstudio.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

import static com.motstudio.app.GalleryWalk.fx;

/** Opens the main window's dialogs from its menus (Preferences, new from template, About), audits and pictures each, closes it. */
final class DialogAudit {
    private final Stage stage;
    private final GalleryWalk gallery;
    private final String prefix;

    DialogAudit(Stage stage, GalleryWalk gallery, String prefix) {
        this.stage = stage;
        this.gallery = gallery;
        this.prefix = prefix;
    }

    void all() throws Exception {
        for (String item : List.of("menu-preferences", "menu-new-template", "menu-about")) {
            open(item);
        }
    }

    private void open(String itemId) throws Exception {
        MenuItem item = fx(() -> find((MenuBar) stage.getScene().getRoot().lookup(".menu-bar"), itemId));
        Platform.runLater(item::fire); // the dialog waits in a nested event loop: fired later, not inside a fixture
        GalleryWalk.settle();
        Window dialog = fx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .findFirst().orElse(null));
        if (dialog == null) {
            throw new AssertionError("the menu item " + itemId + " opened no dialog");
        }
        try {
            gallery.walk(dialog.getScene(), dialog.getScene().getRoot(), prefix + "dialog-" + itemId.substring("menu-".length()), false);
        } finally {
            fx(() -> {
                close(dialog);
                return null;
            });
            GalleryWalk.settle();
        }
    }

    private static void close(Window dialog) {
        Node root = dialog.getScene().getRoot();
        for (String id : List.of("#dialog-close", "#dialog-cancel", "#dialog-ok")) {
            if (root.lookup(id) instanceof Button button && !button.isDisabled()) {
                button.fire();
                return;
            }
        }
        dialog.hide();
    }

    private static MenuItem find(MenuBar bar, String id) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}
