package com.motstudio.ui.setup;

import com.motstudio.model.CustomerTier;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.EditableTable;
import javafx.scene.Parent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

import java.text.NumberFormat;
import java.text.ParsePosition;

/** Customer tiers for the 80/20 rule: who is served first, and what share of customers and value they are. */
final class TiersEditor {
    private final EditableTable<CustomerTier> table;

    TiersEditor(SetupViewModel vm, Texts texts) {
        SetupLists lists = vm.lists();
        table = new EditableTable<>("setup-tiers", vm.tiers(), lists::updateTier, texts.get("setup.tiers.empty"));
        table.column(texts.get("setup.tiers.rank"), 60, t -> (double) t.rank(), percent(texts), (t, v) -> t);
        table.table().getColumns().getFirst().setEditable(false);
        table.textColumn(texts.get("setup.tiers.name"), 150, CustomerTier::name,
                (t, name) -> new CustomerTier(t.id(), name, t.rank(), t.shareOfCustomers(), t.shareOfValue(), t.description()));
        table.column(texts.get("setup.tiers.shareOfCustomers"), 120, CustomerTier::shareOfCustomers, percent(texts),
                (t, v) -> new CustomerTier(t.id(), t.name(), t.rank(), v, t.shareOfValue(), t.description()));
        table.column(texts.get("setup.tiers.shareOfValue"), 120, CustomerTier::shareOfValue, percent(texts),
                (t, v) -> new CustomerTier(t.id(), t.name(), t.rank(), t.shareOfCustomers(), v, t.description()));
        table.textColumn(texts.get("setup.tiers.description"), 200, CustomerTier::description,
                (t, text) -> new CustomerTier(t.id(), t.name(), t.rank(), t.shareOfCustomers(), t.shareOfValue(), text));
        table.button("setup-add-tier", texts.get("common.add"), Feather.PLUS, false,
                () -> lists.addTier(texts.get("setup.tiers.newName")));
        table.button("setup-remove-tier", texts.get("common.remove"), Feather.TRASH_2, true,
                () -> lists.removeTier(table.selected().id()));
        table.button("setup-tier-up", texts.get("common.moveUp"), Feather.ARROW_UP, true, () -> move(lists, -1));
        table.button("setup-tier-down", texts.get("common.moveDown"), Feather.ARROW_DOWN, true, () -> move(lists, 1));
    }

    Parent root() {
        return table.root();
    }

    private void move(SetupLists lists, int delta) {
        String id = table.selected().id();
        lists.moveTier(id, delta);
        table.reselect(CustomerTier::id, id);
    }

    /**
     * Numbers as the reader writes them; text that is not a number becomes NaN, which the view
     * model refuses with a message instead of silently dropping the edit.
     */
    private static StringConverter<Double> percent(Texts texts) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.language().locale());
        format.setMaximumFractionDigits(2);
        return new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : format.format(value);
            }

            @Override
            public Double fromString(String text) {
                String typed = text == null ? "" : text.strip().replace("%", "").replace("％", "").strip();
                if (typed.isEmpty()) {
                    return null;
                }
                ParsePosition at = new ParsePosition(0);
                Number number = format.parse(typed, at);
                return number == null || at.getIndex() != typed.length() ? Double.NaN : number.doubleValue();
            }
        };
    }
}
