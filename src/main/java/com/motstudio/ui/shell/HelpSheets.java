package com.motstudio.ui.shell;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Help ▸ Keyboard shortcuts and Help ▸ Quick guide: sheets that scroll, so they fit a 1024 × 768
 * projector with large text. The menu shortcuts are read from the menu bar itself, so a new menu
 * item with a shortcut is listed without anyone remembering to add it here.
 */
final class HelpSheets {
    /** A key or key chord (written the same in every language) and what it does. */
    private record Shortcut(String keys, String what) {}

    /** "Ctrl+" here, "⌘" on a Mac: the pages' handlers use the platform's shortcut key. */
    private static final String CTRL = KeyCombination.keyCombination("Shortcut+A").getDisplayText().replace("A", "");
    /** The shortcuts the pages handle themselves, by help section. */
    private static final List<List<Shortcut>> PAGES = List.of(
            List.of(new Shortcut("↑ / ↓", "help.key.pages"), new Shortcut("Tab / Shift+Tab", "help.key.tab"),
                    new Shortcut("Enter", "help.key.enter"), new Shortcut("Esc", "help.key.escape"),
                    new Shortcut(CTRL + "Enter", "help.key.ctrlEnter")),
            List.of(new Shortcut("Alt+↑ / Alt+↓", "help.key.moveUpDown"), new Shortcut("Alt+← / Alt+→", "help.key.moveStage"),
                    new Shortcut(CTRL + "D", "help.key.duplicate"), new Shortcut("Enter / F2", "help.key.edit"),
                    new Shortcut("Delete", "help.key.delete"), new Shortcut("+ / − / 0…5 / −1…−5", "help.key.emotion"),
                    new Shortcut("+ / − / 0", "help.key.zoom"), new Shortcut("← → ↑ ↓", "help.key.scroll")),
            List.of(new Shortcut("1…5 / 0", "help.key.rate"), new Shortcut("+ / −", "help.key.dots"),
                    new Shortcut("1…7 / Delete", "help.key.survey"), new Shortcut("Space", "help.key.tick")),
            List.of(new Shortcut("Enter", "help.key.nextItem"), new Shortcut("Alt+↑ / Alt+↓", "help.key.moveItem"),
                    new Shortcut(CTRL + "Delete", "help.key.removeItem"), new Shortcut("Enter", "help.key.openAction")),
            List.of(new Shortcut("P / F / N", "help.key.audit"), new Shortcut("Delete", "help.key.clearAudit"),
                    new Shortcut(CTRL + "← / " + CTRL + "→", "help.key.status")),
            List.of(new Shortcut("→ / PageDown", "help.key.presentNext"), new Shortcut("← / PageUp", "help.key.presentPrevious"),
                    new Shortcut("1…6", "help.key.presentSlide"), new Shortcut("Home / O", "help.key.presentOverview"),
                    new Shortcut("B / .", "help.key.presentBlack"),
                    new Shortcut("Esc", "help.key.presentLeave")));
    private static final List<String> SECTIONS = List.of("fields", "journey", "moments", "plan", "monitor", "present");
    private static final int GUIDE_STEPS = 4;

    private final Texts texts;
    private final Dialogs dialogs;

    HelpSheets(Texts texts, Dialogs dialogs) {
        this.texts = texts;
        this.dialogs = dialogs;
    }

    /** Every shortcut: the menus' (read from {@code menus}) and the pages' own. */
    void showShortcuts(MenuBar menus) {
        GridPane sheet = grid(); // one grid, so the keys line up down the whole sheet
        sheet.setId("help-shortcuts");
        for (Menu menu : menus.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream().filter(item -> item.getAccelerator() != null).toList();
            if (!withKeys.isEmpty()) {
                heading(sheet, texts.format("help.keys.menu", plain(menu.getText())));
                withKeys.forEach(item -> row(sheet, item.getAccelerator().getDisplayText(), item.getText()));
            }
        }
        for (int i = 0; i < PAGES.size(); i++) {
            heading(sheet, texts.get("help.keys." + SECTIONS.get(i)));
            for (Shortcut shortcut : PAGES.get(i)) {
                row(sheet, shortcut.keys(), texts.get(shortcut.what()));
            }
        }
        dialogs.showPanel(texts.get("help.keys.title"), scrolling(sheet));
    }

    /** The facilitator's one-page guide to the four steps. */
    void showQuickGuide() {
        VBox sheet = new VBox(12);
        sheet.setId("help-guide");
        sheet.setPadding(new Insets(4, 16, 8, 4));
        sheet.getChildren().add(paragraph(texts.get("help.guide.intro")));
        for (int step = 1; step <= GUIDE_STEPS; step++) {
            sheet.getChildren().add(heading(texts.get("help.guide.stepTitle." + step)));
            for (String line : texts.get("help.guide.stepBody." + step).split("\n")) {
                sheet.getChildren().add(paragraph("•  " + line.strip()));
            }
        }
        sheet.getChildren().addAll(heading(texts.get("help.guide.room.title")), paragraph(texts.get("help.guide.room.body")));
        dialogs.showPanel(texts.get("help.guide.title"), scrolling(sheet));
    }

    private static ScrollPane scrolling(javafx.scene.layout.Region sheet) {
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(700);
        scroll.setPrefViewportHeight(500);
        scroll.setId("help-scroll");
        return scroll;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 16, 8, 4));
        return grid;
    }

    private static void heading(GridPane grid, String text) {
        Label heading = heading(text);
        heading.setPadding(new Insets(grid.getChildren().isEmpty() ? 0 : 10, 0, 2, 0));
        grid.add(heading, 0, grid.getRowCount(), 2, 1);
    }

    private static void row(GridPane grid, String keys, String what) {
        Label chord = new Label(keys);
        chord.getStyleClass().addAll(Styles.TEXT_BOLD, "help-keys");
        chord.setMinWidth(Region.USE_PREF_SIZE);
        Label text = paragraph(what);
        grid.addRow(grid.getRowCount(), chord, text);
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A menu name without its mnemonic marks: "_File" reads "File", and a Chinese menu name loses its "(_F)". */
    static String plain(String menuText) {
        return menuText.replaceAll("\\(_.\\)", "").replace("_", "").strip();
    }
}
