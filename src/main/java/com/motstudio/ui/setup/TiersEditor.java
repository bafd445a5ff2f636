package com.motstudio.ui.setup;

import com.motstudio.ui.common.FieldCommit;
import atlantafx.base.theme.Styles;
import com.motstudio.model.CustomerTier;
import com.motstudio.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Edits the customer tiers: rank (their order), name, shares of customers and of value, description. */
final class TiersEditor {
    private final TiersModel model;
    private final Texts texts;
    private final RowList<CustomerTier> rows;
    private final VBox root;

    TiersEditor(TiersModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        rows = new RowList<>("setup-tier", model.items(), TierRow::new,
                new RowList.Actions<>(CustomerTier::id, CustomerTier::name, model::move, model::remove),
                texts, texts.get("setup.tiers.empty"));
        Button add = new Button(texts.get("setup.tiers.add"), new FontIcon(Feather.PLUS));
        add.setId("setup-add-tier");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> rows.focus(model.add(texts.format("setup.tiers.newName", model.items().size() + 1))));
        root = new VBox(10, rows.root(), add);
    }

    Parent root() {
        return root;
    }

    /** One tier: rank and name, then the two shares and the description, then what was wrong with a share. */
    private final class TierRow implements RowList.Row<CustomerTier> {
        private final Label rank = new Label();
        private final TextField name = new TextField();
        private final TextField customers = share();
        private final TextField value = share();
        private final TextField description = new TextField();
        private final Label problem = new Label();
        private final Map<TextField, String> problems = new LinkedHashMap<>();
        private final VBox content;
        private CustomerTier shown;

        TierRow() {
            rank.getStyleClass().add(Styles.TEXT_BOLD);
            rank.setMinWidth(Label.USE_PREF_SIZE);
            name.setPromptText(texts.get("setup.tiers.namePrompt"));
            description.setPromptText(texts.get("setup.tiers.descriptionPrompt"));
            FieldCommit.on(name, () -> shown.name(), text -> model.setName(shown.id(), text));
            FieldCommit.on(description, () -> shown.description(), text -> model.setDescription(shown.id(), text));
            FieldCommit.onChecked(customers, () -> Shares.show(shown.shareOfCustomers()),
                    text -> check(customers, model::setShareOfCustomers, text));
            FieldCommit.onChecked(value, () -> Shares.show(shown.shareOfValue()),
                    text -> check(value, model::setShareOfValue, text));
            problem.getStyleClass().add(Styles.DANGER);
            problem.setWrapText(true);
            showProblem();
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox first = new HBox(8, rank, name);
            first.setAlignment(Pos.CENTER_LEFT);
            // The shares wrap onto two lines when the page is narrow or the text large.
            FlowPane second = new FlowPane(16, 6, labelled("setup.tiers.shareOfCustomers", customers),
                    labelled("setup.tiers.shareOfValue", value));
            content = new VBox(6, first, second, description, problem);
        }

        @Override
        public Node content() {
            return content;
        }

        @Override
        public void show(CustomerTier tier, int index) {
            shown = tier;
            rank.setText(texts.format("setup.tiers.rank", tier.rank()));
            name.setText(tier.name());
            customers.setText(Shares.show(tier.shareOfCustomers()));
            value.setText(Shares.show(tier.shareOfValue()));
            description.setText(tier.description());
            clearProblems();
            name.setId("setup-tier-name-" + index);
            customers.setId("setup-tier-customers-" + index);
            value.setId("setup-tier-value-" + index);
            description.setId("setup-tier-description-" + index);
            problem.setId("setup-tier-problem-" + index);
            name.setAccessibleText(texts.format("setup.tiers.nameOf", index + 1));
            description.setAccessibleText(texts.format("setup.tiers.descriptionOf", index + 1));
        }

        @Override
        public void focus() {
            name.requestFocus();
            name.selectAll();
        }

        /** Stores a typed share, or marks the field and says why it was refused; true when stored. */
        private boolean check(TextField field, BiFunction<String, String, Optional<String>> set, String text) {
            Optional<String> refused = set.apply(shown.id(), text);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, refused.isPresent());
            refused.ifPresentOrElse(key -> problems.put(field, key), () -> problems.remove(field));
            showProblem();
            return refused.isEmpty();
        }

        private void showProblem() {
            String key = problems.values().stream().findFirst().orElse("");
            problem.setText(key.isEmpty() ? "" : texts.get(key));
            problem.setVisible(!key.isEmpty());
            problem.setManaged(!key.isEmpty());
        }

        private void clearProblems() {
            problems.clear();
            customers.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            value.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            showProblem();
        }

        private HBox labelled(String key, TextField field) {
            Label label = new Label(texts.get(key));
            label.setLabelFor(field);
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label percent = new Label("%");
            percent.setMinWidth(Label.USE_PREF_SIZE);
            HBox box = new HBox(6, label, field, percent);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        private static TextField share() {
            TextField field = new TextField();
            field.setPrefColumnCount(4);
            field.setAlignment(Pos.CENTER_RIGHT);
            return field;
        }
    }
}
