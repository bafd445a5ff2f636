package com.motstudio.ui.shell;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.text.Texts;
import com.motstudio.ui.prefs.PreferencesModel;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.util.Subscription;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.util.function.Consumer;


/** The menu bar: File, Edit, View, Help, with the usual shortcuts. */
public final class MenuBarView {
    /** What the menus do that the shell view model does not. */
    public record Actions(Runnable newFromTemplate, Runnable preferences, Runnable about, Runnable quit, Runnable present, Runnable room) {}

    /** What the menus do with the window itself: the guidance shown or hidden, the timer, the help sheets. */
    record WindowActions(BooleanProperty guidanceShown, Runnable chooseTimer, Consumer<MenuBar> shortcuts, Runnable quickGuide) {}

    private final MenuBar bar = new MenuBar();
    private final ShellViewModel vm;
    private final Texts texts;
    private final PreferencesModel preferences;
    private final MenuItem undo;
    private final MenuItem redo;
    private final Menu recent;
    private final Subscription subscription;

    MenuBarView(ShellViewModel vm, Texts texts, PreferencesModel preferences, Actions actions, WindowActions window) {
        this.vm = vm;
        this.texts = texts;
        this.preferences = preferences;
        recent = new Menu(texts.get("menu.file.recent"));
        recent.setId("menu-recent");
        Menu file = menu("menu.file", "menu-file",
                item("menu.file.new", "menu-new", "Shortcut+N", vm::newWorkshop),
                item("menu.file.newFromTemplate", "menu-new-template", "Shortcut+Shift+N", actions.newFromTemplate()),
                item("menu.file.open", "menu-open", "Shortcut+O", vm::open),
                recent,
                item("menu.file.merge", "menu-merge", null, vm::mergeGroupFiles),
                new SeparatorMenuItem(),
                item("menu.file.save", "menu-save", "Shortcut+S", () -> vm.save(() -> { })),
                item("menu.file.saveAs", "menu-save-as", "Shortcut+Shift+S", () -> vm.saveAs(() -> { })),
                item("menu.file.close", "menu-close", "Shortcut+W", vm::close),
                new SeparatorMenuItem(),
                item("menu.file.quit", "menu-quit", "Shortcut+Q", actions.quit()));
        undo = item("menu.edit.undo", "menu-undo", "Shortcut+Z", vm::undo);
        redo = item("menu.edit.redo", "menu-redo", "Shortcut+Y", vm::redo);
        MenuItem redoAlt = item("menu.edit.redo", "menu-redo-alt", "Shortcut+Shift+Z", vm::redo);
        redoAlt.setVisible(false);
        Menu edit = menu("menu.edit", "menu-edit", undo, redo, redoAlt);
        CheckMenuItem guidance = new CheckMenuItem(texts.get("menu.view.guidance"));
        guidance.setId("menu-guidance");
        guidance.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        guidance.selectedProperty().bindBidirectional(window.guidanceShown());
        Menu view = menu("menu.view", "menu-view", item("menu.view.present", "menu-present", "F5", actions.present()), guidance,
                item("menu.view.timer", "menu-timer", "Shortcut+T", window.chooseTimer()),
                item("menu.view.room", "menu-room", "Shortcut+R", actions.room()),
                new SeparatorMenuItem(),
                item("menu.view.preferences", "menu-preferences", "Shortcut+Comma", actions.preferences()));
        Menu help = menu("menu.help", "menu-help",
                item("menu.help.shortcuts", "menu-shortcuts", "F1", () -> window.shortcuts().accept(bar)),
                item("menu.help.guide", "menu-guide", null, window.quickGuide()),
                new SeparatorMenuItem(),
                item("menu.help.about", "menu-about", null, actions.about()));
        bar.getMenus().addAll(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        subscription = vm.revisionProperty().subscribe(revision -> refreshEdit());
    }

    MenuBar root() {
        return bar;
    }

    Subscription subscription() {
        return subscription;
    }

    private void refreshEdit() {
        WorkshopDocument doc = vm.document();
        undo.setDisable(doc == null || !doc.canUndo());
        redo.setDisable(doc == null || !doc.canRedo());
        undo.setText(doc == null ? texts.get("menu.edit.undo")
                : doc.undoLabel().map(l -> texts.format("menu.edit.undoWhat", texts.get(l))).orElse(texts.get("menu.edit.undo")));
        redo.setText(doc == null ? texts.get("menu.edit.redo")
                : doc.redoLabel().map(l -> texts.format("menu.edit.redoWhat", texts.get(l))).orElse(texts.get("menu.edit.redo")));
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (RecentFile file : RecentFile.of(preferences.get().recentFiles())) {
            MenuItem item = new MenuItem(file.label());
            item.setMnemonicParsing(false);
            item.setDisable(!file.exists());
            item.setOnAction(e -> vm.openRecent(file.path()));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(texts.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu menu(String key, String id, MenuItem... items) {
        Menu menu = new Menu(texts.get(key), null, items);
        menu.setId(id);
        return menu;
    }

    private MenuItem item(String key, String id, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
