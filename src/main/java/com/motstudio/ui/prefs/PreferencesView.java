package com.motstudio.ui.prefs;

import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.function.Function;

/** The preferences: language, theme, text size, autosave — each applied and stored as soon as it is changed. */
public final class PreferencesView {
    private final GridPane root = new GridPane();
    private final Texts texts;
    private int row;

    public PreferencesView(PreferencesModel model, Texts texts) {
        this.texts = texts;
        root.setHgap(14);
        root.setVgap(12);
        root.setPadding(new Insets(8, 4, 8, 4));
        root.setId("preferences");
        ComboBox<Language> language = combo("prefs-language", Language.values(), Language::nativeName, model.language());
        language.valueProperty().addListener((o, a, b) -> model.update(s -> s.withLanguage(b.tag())));
        add("prefs.language", language);
        ComboBox<ThemeChoice> theme = combo("prefs-theme", ThemeChoice.values(), texts::of, model.get().theme());
        theme.valueProperty().addListener((o, a, b) -> model.update(s -> s.withTheme(b)));
        add("prefs.theme", theme);
        ComboBox<TextSize> size = combo("prefs-text-size", TextSize.values(), texts::of, model.get().textSize());
        size.valueProperty().addListener((o, a, b) -> model.update(s -> s.withTextSize(b)));
        add("prefs.textSize", size);
        CheckBox autosave = new CheckBox(texts.get("prefs.autosave.detail"));
        autosave.setId("prefs-autosave");
        autosave.setSelected(model.get().autosave());
        autosave.setWrapText(true);
        autosave.setMaxWidth(360);
        autosave.selectedProperty().addListener((o, a, b) -> model.update(s -> s.withAutosave(b)));
        add("prefs.autosave", autosave);
    }

    public Parent root() {
        return root;
    }

    private <T> ComboBox<T> combo(String id, T[] values, Function<T, String> label, T selected) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.setValue(selected);
        combo.setMinWidth(200);
        return combo;
    }

    private void add(String key, javafx.scene.Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        root.addRow(row++, label, field);
    }
}
