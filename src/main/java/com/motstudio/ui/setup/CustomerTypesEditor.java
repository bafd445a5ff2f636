package com.motstudio.ui.setup;

import com.motstudio.ui.common.FieldCommit;
import atlantafx.base.theme.Styles;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** Edits the customer types: kind, name and description of each, their order, adding and removing. */
final class CustomerTypesEditor {
    private static final List<CustomerKind> SUGGESTED = List.of(
            CustomerKind.EXTERNAL, CustomerKind.INTERNAL, CustomerKind.PARTNER_DEPARTMENT);
    private final CustomerTypesModel model;
    private final Texts texts;
    private final RowList<CustomerType> rows;
    private final VBox root;

    CustomerTypesEditor(CustomerTypesModel model, Texts texts, Dialogs dialogs) {
        this.model = model;
        this.texts = texts;
        rows = new RowList<>("setup-customer-type", model.items(), TypeRow::new,
                new RowList.Actions<>(CustomerType::id, CustomerType::name, model::move, id -> remove(id, dialogs)),
                texts, texts.get("setup.customerTypes.empty"));
        Label problem = new Label();
        problem.setId("setup-customer-types-problem");
        problem.getStyleClass().add(Styles.WARNING);
        problem.setWrapText(true);
        model.problemProperty().subscribe(key -> {
            problem.setText(key.isEmpty() ? "" : texts.get(key));
            problem.setVisible(!key.isEmpty());
            problem.setManaged(!key.isEmpty());
        });
        Button add = new Button(texts.get("setup.customerTypes.add"), new FontIcon(Feather.PLUS));
        add.setId("setup-add-customer-type");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> add());
        root = new VBox(10, rows.root(), problem, add);
    }

    Parent root() {
        return root;
    }

    /** Adds the first of external, internal, partner-department not yet present, named after its kind. */
    private void add() {
        CustomerKind kind = SUGGESTED.stream()
                .filter(k -> model.items().stream().noneMatch(t -> t.kind() == k))
                .findFirst().orElse(CustomerKind.CUSTOM);
        rows.focus(model.add(kind, texts.of(kind)));
    }

    private void remove(String id, Dialogs dialogs) {
        String name = model.items().stream().filter(t -> t.id().equals(id)).map(CustomerType::name).findFirst().orElse("");
        model.remove(id, scores -> dialogs.confirm(texts.get("setup.customerTypes.removeTitle"),
                texts.format("setup.customerTypes.removeScores", name, scores)));
    }

    /** One customer type: kind and name on the first line, the description under them. */
    private final class TypeRow implements RowList.Row<CustomerType> {
        private final ComboBox<CustomerKind> kind = new ComboBox<>();
        private final TextField name = new TextField();
        private final TextField description = new TextField();
        private final VBox content;
        private CustomerType shown;

        TypeRow() {
            kind.getItems().setAll(CustomerKind.values());
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(CustomerKind value) {
                    return value == null ? "" : texts.of(value);
                }

                @Override
                public CustomerKind fromString(String text) {
                    return null;
                }
            });
            kind.setButtonCell(new ChoiceCell<>(kind.getItems(), texts::of));
            kind.setMinWidth(Region.USE_PREF_SIZE);
            kind.valueProperty().addListener((o, before, value) -> model.setKind(shown.id(), value));
            name.setPromptText(texts.get("setup.customerTypes.namePrompt"));
            description.setPromptText(texts.get("setup.customerTypes.descriptionPrompt"));
            FieldCommit.on(name, () -> shown.name(), text -> model.setName(shown.id(), text));
            FieldCommit.on(description, () -> shown.description(), text -> model.setDescription(shown.id(), text));
            content = new VBox(6, new PairRow(kind, name), description);
        }

        @Override
        public Node content() {
            return content;
        }

        @Override
        public void show(CustomerType type, int index) {
            shown = type;
            kind.setValue(type.kind());
            name.setText(type.name());
            description.setText(type.description());
            kind.setId("setup-customer-type-kind-" + index);
            name.setId("setup-customer-type-name-" + index);
            description.setId("setup-customer-type-description-" + index);
            kind.setAccessibleText(texts.format("setup.customerTypes.kindOf", index + 1));
            name.setAccessibleText(texts.format("setup.customerTypes.nameOf", index + 1));
            description.setAccessibleText(texts.format("setup.customerTypes.descriptionOf", index + 1));
        }

        @Override
        public void focus() {
            name.requestFocus();
            name.selectAll();
        }
    }
}
