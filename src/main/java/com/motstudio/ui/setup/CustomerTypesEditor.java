package com.motstudio.ui.setup;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.EditableTable;
import javafx.scene.Parent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import javafx.collections.FXCollections;

/** The customer types whose journey and emotions the workshop follows. */
final class CustomerTypesEditor {
    private final EditableTable<CustomerType> table;

    CustomerTypesEditor(SetupViewModel vm, Texts texts, Dialogs dialogs) {
        SetupLists lists = vm.lists();
        table = new EditableTable<>("setup-customer-types", vm.customerTypes(), lists::updateCustomerType,
                texts.get("setup.customerTypes.empty"));
        table.choiceColumn(texts.get("setup.customerTypes.kind"), 170, FXCollections.observableArrayList(CustomerKind.values()), new StringConverter<>() {
            @Override
            public String toString(CustomerKind kind) {
                return kind == null ? "" : texts.of(kind);
            }

            @Override
            public CustomerKind fromString(String text) {
                return CustomerKind.CUSTOM;
            }
        }, CustomerType::kind, (t, kind) -> new CustomerType(t.id(), kind, t.name(), t.description()));
        table.textColumn(texts.get("setup.customerTypes.name"), 170, CustomerType::name,
                (t, name) -> new CustomerType(t.id(), t.kind(), name, t.description()));
        table.textColumn(texts.get("setup.customerTypes.description"), 260, CustomerType::description,
                (t, text) -> new CustomerType(t.id(), t.kind(), t.name(), text));
        table.button("setup-add-customer-type", texts.get("common.add"), Feather.PLUS, false,
                () -> lists.addCustomerType(CustomerKind.EXTERNAL, texts.get("setup.customerTypes.newName")));
        table.button("setup-remove-customer-type", texts.get("common.remove"), Feather.TRASH_2, true, () -> {
            CustomerType type = table.selected();
            if (lists.removeCustomerType(type.id(), false) == SetupLists.Removal.NEEDS_CONFIRMATION
                    && dialogs.confirm(texts.get("setup.customerTypes.removeTitle"),
                            texts.format("setup.customerTypes.removeMessage", type.name(), lists.emotionScoresOf(type.id())))) {
                lists.removeCustomerType(type.id(), true);
            }
        });
        table.button("setup-customer-type-up", texts.get("common.moveUp"), Feather.ARROW_UP, true,
                () -> move(lists, -1));
        table.button("setup-customer-type-down", texts.get("common.moveDown"), Feather.ARROW_DOWN, true,
                () -> move(lists, 1));
    }

    Parent root() {
        return table.root();
    }

    private void move(SetupLists lists, int delta) {
        String id = table.selected().id();
        lists.moveCustomerType(id, delta);
        table.reselect(CustomerType::id, id);
    }
}
