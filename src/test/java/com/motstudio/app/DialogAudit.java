package com.motstudio.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import com.motstudio.ui.shell.Page;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

import static com.motstudio.app.GalleryWalk.fx;

/**
 * Opens the main window's dialogs, audits and pictures each, and closes it: Preferences, new from
 * template and About from the menus, and the import previews of the Journey and Monitor pages.
 */
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
            MenuItem menuItem = fx(() -> find((MenuBar) stage.getScene().getRoot().lookup(".menu-bar"), item));
            audit(menuItem::fire, "dialog-" + item.substring("menu-".length()));
        }
    }

    /** The import previews of the Journey and Monitor pages, fed the example CSV files of docs/examples. */
    void imports(AppHarness app, String language) throws Exception {
        String tag = language.equals("en") ? "en" : "zh-CN";
        preview(app, Page.JOURNEY, "#journey-import", Path.of("docs/examples/touchpoints-" + tag + ".csv"), "dialog-import-touchpoints");
        preview(app, Page.MONITOR, "#measure-import", Path.of("docs/examples/measurements-zh-CN.csv"), "dialog-import-measurements");
        Path group = java.nio.file.Files.createTempFile("table-b", ".mot.json");
        app.store.save(com.motstudio.merge.MergeFixtures.tableB(), group, null);
        app.dialogs().toMerge.add(List.of(group));
        audit(() -> app.main.viewModel().mergeGroupFiles(), "dialog-merge-group-files");
        java.nio.file.Files.deleteIfExists(group);
    }

    private void preview(AppHarness app, Page page, String button, Path csv, String name) throws Exception {
        Button importButton = fx(() -> {
            app.main.window().select(page);
            javafx.scene.Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            for (TabPane tabs : root.lookupAll(".tab-pane").stream().filter(n -> n instanceof TabPane).map(n -> (TabPane) n).toList()) {
                for (Tab tab : tabs.getTabs()) { // the tab holding the import button
                    if (tab.getContent() != null && tab.getContent().lookup(button) != null) {
                        tabs.getSelectionModel().select(tab);
                    }
                }
            }
            return (Button) root.lookup(button);
        });
        app.dialogs().csvToOpen.add(csv.toAbsolutePath());
        audit(importButton::fire, name);
    }

    private void audit(Runnable opener, String name) throws Exception {
        Platform.runLater(opener); // the dialog waits in a nested event loop: fired later, not inside a fixture
        GalleryWalk.settle();
        Window dialog = fx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .findFirst().orElse(null));
        if (dialog == null) {
            throw new AssertionError(name + ": no dialog opened");
        }
        try {
            gallery.walk(dialog.getScene(), dialog.getScene().getRoot(), prefix + name, false);
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
