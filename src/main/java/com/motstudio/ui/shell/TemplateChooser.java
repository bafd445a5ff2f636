package com.motstudio.ui.shell;

import atlantafx.base.theme.Styles;
import com.motstudio.store.Templates;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Picks a sector template and the language of its content for a new workshop. */
public final class TemplateChooser {
    private final ListView<String> sectors = new ListView<>();
    private final ComboBox<Language> language = new ComboBox<>();
    private final VBox root;

    public TemplateChooser(Texts texts) {
        sectors.setId("template-sectors");
        sectors.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("templates.none")));
        sectors.getItems().setAll(Templates.SECTORS);
        sectors.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String sector, boolean empty) {
                super.updateItem(sector, empty);
                if (empty || sector == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(texts.get(Templates.nameKey(sector)));
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label description = new Label(texts.get(Templates.descriptionKey(sector)));
                description.setWrapText(true);
                description.getStyleClass().add(Styles.TEXT_MUTED);
                // as wide as the list leaves (no sideways scroll), as tall as the wrapped text
                description.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                description.setMinHeight(Label.USE_PREF_SIZE);
                name.setWrapText(true);
                setText(null);
                setGraphic(new VBox(2, name, description));
                setAccessibleText(name.getText() + ". " + description.getText());
            }
        });
        sectors.setPrefSize(560, 400);
        sectors.getSelectionModel().select(0);
        sectors.setAccessibleText(texts.get("templates.choose"));
        language.setId("template-language");
        language.getItems().setAll(Language.values());
        language.setValue(texts.language());
        language.setCellFactory(l -> languageCell());
        language.setButtonCell(languageCell());
        Label languageLabel = new Label(texts.get("templates.language"));
        languageLabel.setLabelFor(language);
        Label intro = new Label(texts.get("templates.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        intro.setMinHeight(Label.USE_PREF_SIZE);
        languageLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(10, intro, sectors, languageRow);
    }

    public Parent root() {
        return root;
    }

    public BooleanBinding nothingChosen() {
        return sectors.getSelectionModel().selectedItemProperty().isNull();
    }

    public String sector() {
        return sectors.getSelectionModel().getSelectedItem();
    }

    public Language language() {
        return language.getValue();
    }

    private static ListCell<Language> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.nativeName());
            }
        };
    }
}
