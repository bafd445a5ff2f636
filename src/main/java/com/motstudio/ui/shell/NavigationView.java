package com.motstudio.ui.shell;

import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The pages on the left: Workshop, the four steps, Export. One toggle per page rather than a list
 * view: a list view fills its height with empty cells, and styling those was a fifth of the time
 * to the first frame. ↑ and ↓ move between pages, as in a list.
 */
final class NavigationView {
    private static final double FULL_WIDTH = 170;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final VBox root = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Page, ToggleButton> items = new EnumMap<>(Page.class);
    private final ReadOnlyObjectWrapper<Page> selected = new ReadOnlyObjectWrapper<>();

    /** @param start the page chosen first, or null for none (the start view is shown) */
    NavigationView(Texts texts, Page start) {
        root.setId("navigation");
        root.getStyleClass().add("navigation");
        setCompact(false);
        root.setAccessibleRole(AccessibleRole.LIST_VIEW);
        root.setAccessibleText(texts.get("nav.accessible"));
        for (Page page : Page.values()) {
            String name = texts.get("nav." + page.key());
            ToggleButton item = new ToggleButton(name);
            item.setTooltip(new Tooltip(name));
            item.setAccessibleText(name);
            FontIcon icon = new FontIcon(page.icon());
            icon.getStyleClass().add("nav-icon");
            item.setGraphic(icon);
            item.setContentDisplay(ContentDisplay.LEFT);
            item.setGraphicTextGap(10);
            item.setId("nav-" + page.key());
            item.getStyleClass().add("nav-item");
            item.setMaxWidth(Double.MAX_VALUE);
            item.setToggleGroup(group);
            item.setUserData(page);
            item.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
            VBox.setVgrow(item, Priority.NEVER);
            items.put(page, item);
            root.getChildren().add(item);
        }
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // a page is always chosen: clicking the chosen one keeps it
            } else {
                selected.set((Page) now.getUserData());
            }
        });
        if (start != null) {
            select(start); // none on the start view
        }
    }

    VBox root() {
        return root;
    }

    /**
     * Icons and step numbers only (the names in tooltips), or icons with names. The shell asks for
     * the short form when the window is narrow or the text is large.
     */
    void setCompact(boolean compact) {
        root.pseudoClassStateChanged(COMPACT, compact);
        // a name is never cut: the column is as wide as its longest name, and no narrower than FULL_WIDTH
        root.setMinWidth(compact ? Region.USE_PREF_SIZE : FULL_WIDTH);
        for (Map.Entry<Page, ToggleButton> entry : items.entrySet()) {
            ToggleButton item = entry.getValue();
            String step = step(entry.getKey());
            item.setText(compact ? step : item.getTooltip().getText());
            item.setContentDisplay(!compact ? ContentDisplay.LEFT : step.isEmpty() ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.TOP);
            item.setGraphicTextGap(compact ? 2 : 10);
        }
    }

    /** The step number of the four MOT steps; none for setup and export. */
    private static String step(Page page) {
        return switch (page) {
            case JOURNEY -> "1";
            case MOMENTS -> "2";
            case PLAN -> "3";
            case MONITOR -> "4";
            case WORKSHOP, EXPORT -> "";
        };
    }

    ReadOnlyObjectProperty<Page> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    void select(Page page) {
        items.get(page).setSelected(true);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
            return;
        }
        Page[] pages = Page.values();
        int from = selected.get() == null ? -1 : selected.get().ordinal();
        int next = Math.clamp(from + (e.getCode() == KeyCode.DOWN ? 1 : -1), 0, pages.length - 1);
        select(pages[next]);
        items.get(pages[next]).requestFocus();
        e.consume();
    }
}
