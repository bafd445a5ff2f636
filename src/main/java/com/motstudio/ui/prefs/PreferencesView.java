package com.motstudio.ui.prefs;

import com.motstudio.store.Settings;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.function.BiFunction;

/**
 * The preferences: language, theme, text size, autosave, the activity timer's sound — each applied and stored as soon as it is
 * changed. A new language relabels the view at once, while it is open.
 */
public final class PreferencesView {
    private final GridPane root = new GridPane();
    private final PreferencesModel model;
    private final ReadOnlyObjectWrapper<Texts> texts;
    private final ChangeListener<Settings> languageFollower;
    /** The check boxes' listeners on the settings, removed with the dialog. */
    private final java.util.List<ChangeListener<Settings>> followers = new java.util.ArrayList<>();
    private int row;

    public PreferencesView(PreferencesModel model) {
        this.model = model;
        this.texts = new ReadOnlyObjectWrapper<>(new Texts(model.language()));
        languageFollower = (o, before, after) -> {
            Language language = Language.fromTag(after.language());
            if (language != texts.get().language()) {
                texts.set(new Texts(language));
            }
        };
        model.settingsProperty().addListener(languageFollower);
        root.setHgap(14);
        root.setVgap(12);
        root.setPadding(new Insets(8, 4, 8, 4));
        root.setId("preferences");
        ComboBox<Language> language = combo("prefs-language", Language.values(), (t, l) -> l.nativeName(), model.language());
        language.valueProperty().addListener((o, a, b) -> model.update(s -> s.withLanguage(b.tag())));
        add("prefs.language", language);
        ComboBox<ThemeChoice> theme = combo("prefs-theme", ThemeChoice.values(), Texts::of, model.get().theme());
        theme.valueProperty().addListener((o, a, b) -> model.update(s -> s.withTheme(b)));
        add("prefs.theme", theme);
        ComboBox<TextSize> size = combo("prefs-text-size", TextSize.values(), Texts::of, model.get().textSize());
        size.valueProperty().addListener((o, a, b) -> model.update(s -> s.withTextSize(b)));
        add("prefs.textSize", size);
        CheckBox autosave = check("prefs-autosave", "prefs.autosave.detail", Settings::autosave, Settings::withAutosave);
        add("prefs.autosave", autosave);
        // the same setting as the timer dialog's sound box: the dialog reads it each time it opens
        CheckBox sound = check("prefs-timer-sound", "timer.form.sound", s -> !s.timerMuted(), (s, on) -> s.withTimerMuted(!on));
        add("prefs.timerSound", sound);
    }

    /** A check box for one yes/no setting; it follows the setting when it is changed elsewhere too. */
    private CheckBox check(String id, String key, java.util.function.Predicate<Settings> read,
                           BiFunction<Settings, Boolean, Settings> write) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(text(key));
        box.setId(id);
        box.setSelected(read.test(model.get()));
        box.setWrapText(true);
        box.setPrefWidth(360);
        box.setMinHeight(Region.USE_PREF_SIZE); // two lines in English rather than one cut short
        box.selectedProperty().addListener((o, a, b) -> model.update(s -> write.apply(s, b)));
        ChangeListener<Settings> follower = (o, before, after) -> box.setSelected(read.test(after));
        model.settingsProperty().addListener(follower);
        followers.add(follower);
        return box;
    }

    public Parent root() {
        return root;
    }

    /** The texts of the language chosen now: the dialog around the view follows them too. */
    public ReadOnlyObjectProperty<Texts> texts() {
        return texts.getReadOnlyProperty();
    }

    /** Stops following the settings, once the dialog is closed. */
    public void dispose() {
        model.settingsProperty().removeListener(languageFollower);
        followers.forEach(model.settingsProperty()::removeListener);
    }

    private StringBinding text(String key) {
        return Bindings.createStringBinding(() -> texts.get().get(key), texts);
    }

    private <T> ComboBox<T> combo(String id, T[] values, BiFunction<Texts, T, String> label, T selected) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        // the skin redraws its shown value for a new value, not for a new converter: the shown cell is ours
        ListCell<T> shown = new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : label.apply(texts.get(), value));
            }
        };
        combo.setButtonCell(shown);
        texts.subscribe(t -> {
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(T value) {
                    return value == null ? "" : label.apply(t, value);
                }

                @Override
                public T fromString(String text) {
                    return null;
                }
            });
            shown.setText(combo.getValue() == null ? "" : label.apply(t, combo.getValue()));
        });
        combo.setValue(selected);
        combo.setMinWidth(200);
        return combo;
    }

    private void add(String key, javafx.scene.Node field) {
        Label label = new Label();
        label.textProperty().bind(text(key));
        label.setLabelFor(field);
        root.addRow(row++, label, field);
    }
}
