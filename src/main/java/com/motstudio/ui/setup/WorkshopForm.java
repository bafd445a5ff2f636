package com.motstudio.ui.setup;

import com.motstudio.ui.common.DateText;
import com.motstudio.ui.common.FieldCommit;
import atlantafx.base.theme.Styles;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Arrays;
import java.util.function.Consumer;

/** The form for what the workshop is: title, client, sector, facilitator, dates, language, notes. */
final class WorkshopForm {
    private final SetupViewModel vm;
    private final Texts texts;
    private final GridPane grid = new GridPane();
    private int row;

    WorkshopForm(SetupViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        add("setup.title.label", text("setup-title", vm.titleProperty(), vm::commitTitle, "setup.title.prompt"));
        add("setup.organization.label",
                text("setup-organization", vm.organizationProperty(), vm::commitOrganization, "setup.organization.prompt"));
        add("setup.sector.label", sector());
        add("setup.facilitator.label",
                text("setup-facilitator", vm.facilitatorProperty(), vm::commitFacilitator, "setup.facilitator.prompt"));
        dates();
        add("setup.language.label", language());
        add("setup.notes.label", notes());
    }

    Parent root() {
        return grid;
    }

    private TextField text(String id, ReadOnlyStringProperty value, Consumer<String> commit, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(texts.get(promptKey));
        value.subscribe(field::setText);
        FieldCommit.on(field, value::get, commit);
        return field;
    }

    private ComboBox<String> sector() {
        ComboBox<String> sector = new ComboBox<>();
        sector.setId("setup-sector");
        sector.setEditable(true);
        sector.getItems().setAll(Sectors.CODES);
        sector.setConverter(Sectors.converter(texts));
        sector.setPromptText(texts.get("setup.sector.prompt"));
        sector.setMaxWidth(Double.MAX_VALUE);
        sector.setVisibleRowCount(Sectors.CODES.size());
        vm.sectorProperty().subscribe(code -> sector.setValue(code.isEmpty() ? null : code));
        sector.valueProperty().addListener((o, before, code) -> vm.commitSector(code));
        return sector;
    }

    private void dates() {
        DatePicker start = datePicker("setup-start-date", "setup.startDate.prompt");
        DatePicker end = datePicker("setup-end-date", "setup.endDate.prompt");
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        end.valueProperty().bindBidirectional(vm.endDateProperty());
        Label problem = new Label();
        problem.setId("setup-dates-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        vm.datesProblemProperty().subscribe(key -> {
            problem.setText(key.isEmpty() ? "" : texts.get(key));
            problem.setVisible(!key.isEmpty());
            problem.setManaged(!key.isEmpty());
            end.pseudoClassStateChanged(Styles.STATE_DANGER, !key.isEmpty());
        });
        add("setup.startDate.label", start);
        Label endLabel = label("setup.endDate.label", end);
        VBox endBox = new VBox(4, end, problem);
        GridPane.setValignment(endLabel, VPos.BASELINE);
        GridPane.setValignment(endBox, VPos.BASELINE);
        grid.addRow(row++, endLabel, endBox);
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = DateText.picker();
        picker.setId(id);
        picker.setPromptText(texts.get(promptKey));
        picker.setShowWeekNumbers(false);
        return picker;
    }

    private ComboBox<String> language() {
        ComboBox<String> language = new ComboBox<>();
        language.setId("setup-language");
        language.getItems().setAll(Arrays.stream(Language.values()).map(Language::tag).toList());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                if (tag == null || tag.isEmpty()) {
                    return "";
                }
                Language known = Language.fromTag(tag);
                return known.tag().equalsIgnoreCase(tag) ? known.nativeName() : tag;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        vm.languageProperty().subscribe(tag -> language.setValue(tag.isEmpty() ? null : tag));
        language.valueProperty().addListener((o, before, tag) -> vm.commitLanguage(tag));
        return language;
    }

    private TextArea notes() {
        TextArea notes = new TextArea();
        notes.setId("setup-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setPromptText(texts.get("setup.notes.prompt"));
        notes.setAccessibleHelp(texts.get("setup.notes.help"));
        vm.notesProperty().subscribe(notes::setText);
        FieldCommit.on(notes, vm.notesProperty()::get, vm::commitNotes);
        return notes;
    }

    private void add(String labelKey, Node field) {
        Label label = label(labelKey, field);
        if (field instanceof TextArea) {
            GridPane.setValignment(label, VPos.TOP);
        }
        grid.addRow(row++, label, field);
    }

    private Label label(String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }
}
