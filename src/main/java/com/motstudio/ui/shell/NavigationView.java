package com.motstudio.ui.shell;

import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of pages on the left: Workshop, the four steps, Export. */
final class NavigationView {
    private final ListView<Page> list = new ListView<>();

    NavigationView(Texts texts, Page selected) {
        list.setId("navigation");
        list.getItems().setAll(Page.values());
        list.getStyleClass().add("navigation");
        list.setPrefWidth(190);
        list.setAccessibleText(texts.get("nav.accessible"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Page page, boolean empty) {
                super.updateItem(page, empty);
                if (empty || page == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(texts.get("nav." + page.key()));
                    FontIcon icon = new FontIcon(page.icon());
                    icon.getStyleClass().add("nav-icon");
                    setGraphic(icon);
                    setContentDisplay(ContentDisplay.LEFT);
                    setGraphicTextGap(10);
                    setId("nav-" + page.key());
                }
            }
        });
        list.getSelectionModel().select(selected);
    }

    ListView<Page> root() {
        return list;
    }

    ReadOnlyObjectProperty<Page> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }
}
