package com.motstudio.ui.setup;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Commit;
import com.motstudio.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;

/**
 * The Workshop page: what the workshop is, who takes part, how printed documents look, and whose
 * journey is followed (customer types and tiers).
 */
public final class SetupView {
    private final ScrollPane root;
    private final SetupViewModel vm;
    private final Texts texts;
    private final GridPane form = new GridPane();
    private int row;

    public SetupView(SetupViewModel vm, Texts texts, Dialogs dialogs) {
        this.vm = vm;
        this.texts = texts;
        VBox page = new VBox(18);
        page.setPadding(new Insets(20, 24, 28, 24));
        page.setId("setup-page");
        Label heading = new Label(texts.get("setup.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(texts.get("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("setup-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty().map(k -> k.isEmpty() ? "" : texts.get(k)));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        buildForm();
        page.getChildren().addAll(heading, intro, problem,
                section("setup.section.workshop", form),
                section("setup.section.customers", new CustomerTypesEditor(vm, texts, dialogs).root()),
                section("setup.section.tiers", new TiersEditor(vm, texts).root()),
                section("setup.section.people", new PeopleEditor(vm, texts).root()),
                section("setup.section.branding", new BrandingEditor(vm, texts, dialogs).root()));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("setup-scroll");
    }

    public Parent root() {
        return root;
    }

    private void buildForm() {
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        addText("setup.title", "setup-title", vm.titleProperty().get(), vm::commitTitle, vm.titleProperty());
        addText("setup.organization", "setup-organization", vm.organizationProperty().get(), vm::commitOrganization,
                vm.organizationProperty());
        ComboBox<String> sector = new ComboBox<>();
        sector.setId("setup-sector");
        sector.setEditable(true);
        sector.getItems().setAll(Sectors.CODES);
        sector.setConverter(Sectors.converter(texts));
        sector.setValue(vm.sectorProperty().get());
        sector.setMaxWidth(Double.MAX_VALUE);
        sector.valueProperty().addListener((o, a, b) -> vm.commitSector(b));
        vm.sectorProperty().addListener((o, a, b) -> sector.setValue(b));
        add("setup.sector", sector);
        addText("setup.facilitator", "setup-facilitator", vm.facilitatorProperty().get(), vm::commitFacilitator,
                vm.facilitatorProperty());
        add("setup.dates", dates());
        ComboBox<String> language = new ComboBox<>();
        language.setId("setup-language");
        for (Language l : Language.values()) {
            language.getItems().add(l.tag());
        }
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null || tag.isEmpty() ? "" : Language.fromTag(tag).nativeName();
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.setValue(vm.languageProperty().get());
        language.valueProperty().addListener((o, a, b) -> vm.commitLanguage(b));
        vm.languageProperty().addListener((o, a, b) -> language.setValue(b));
        add("setup.language", language);
        TextArea notes = new TextArea(vm.notesProperty().get());
        notes.setId("setup-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Commit.onEnterOrLeave(notes, vm::commitNotes);
        vm.notesProperty().addListener((o, a, b) -> notes.setText(b));
        add("setup.notes", notes);
    }

    private Node dates() {
        DatePicker start = new DatePicker(vm.startDateProperty().get());
        DatePicker end = new DatePicker(vm.endDateProperty().get());
        start.setId("setup-start-date");
        end.setId("setup-end-date");
        start.setPromptText(texts.get("setup.dates.start"));
        end.setPromptText(texts.get("setup.dates.end"));
        start.setAccessibleText(texts.get("setup.dates.start"));
        end.setAccessibleText(texts.get("setup.dates.end"));
        Runnable commit = () -> vm.commitDates(start.getValue(), end.getValue());
        start.valueProperty().addListener((o, a, b) -> commit.run());
        end.valueProperty().addListener((o, a, b) -> commit.run());
        vm.startDateProperty().addListener((o, a, b) -> start.setValue(b));
        vm.endDateProperty().addListener((o, a, b) -> end.setValue(b));
        for (DatePicker picker : new DatePicker[] {start, end}) {
            picker.setConverter(new LocalDateStringConverter(FormatStyle.MEDIUM, texts.language().locale(), IsoChronology.INSTANCE));
            picker.setPrefWidth(180);
        }
        Label to = new Label(texts.get("setup.dates.to"));
        to.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(8, start, to, end);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private void addText(String key, String id, String value, java.util.function.Consumer<String> commit,
                         javafx.beans.property.StringProperty follow) {
        TextField field = new TextField(value);
        field.setId(id);
        Commit.onEnterOrLeave(field, commit);
        follow.addListener((o, a, b) -> field.setText(b));
        add(key, field);
    }

    private void add(String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.addRow(row++, label, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private Node section(String key, Node content) {
        Label title = new Label(texts.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, title, content);
        box.getStyleClass().add("setup-section");
        return box;
    }
}
