package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Ids;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SERVQUAL instrument and its answers: the scale, the items (dimension, statement, the
 * touchpoints they are about) edited in place, and one respondent's expectation and perception per
 * item typed into a grid. Answers typed here and imported ones are the same data.
 */
final class ServqualEditor {
    private final MomentsViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TableView<ServqualItem> items = new TableView<>();
    private final Spinner<Integer> scaleMin = new Spinner<>(0, 8, 1);
    private final Spinner<Integer> scaleMax = new Spinner<>(2, 9, 7);
    private final Label scaleNote = new Label();
    private final Button standard;
    private final ServqualAnswers answers;
    private final VBox root;

    ServqualEditor(MomentsViewModel vm, Texts texts, Dialogs dialogs, Runnable importCsv) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        scaleMin.setId("moments-servqual-scale-min");
        scaleMax.setId("moments-servqual-scale-max");
        for (Spinner<Integer> s : List.of(scaleMin, scaleMax)) {
            s.setPrefWidth(80);
            s.setEditable(true);
        }
        scaleMin.setAccessibleText(texts.get("surveydata.servqual.scaleFrom"));
        scaleMax.setAccessibleText(texts.get("surveydata.servqual.scaleTo"));
        Button applyScale = button("surveydata.servqual.scaleApply", "moments-servqual-scale-apply", this::applyScale);
        standard = button("moments.servqual.standard", "moments-servqual-standard", () -> survey("moments.change.standardItems",
                s -> ServqualItems.standard(Language.fromTag(vm.workshopProperty().get().info().language()))));
        Button importButton = button("moments.import.servqual", "moments-import-servqual", importCsv);
        Label from = new Label(texts.get("surveydata.servqual.scaleFrom"));
        from.setLabelFor(scaleMin);
        Label to = new Label(texts.get("surveydata.servqual.scaleTo"));
        to.setLabelFor(scaleMax);
        FlowPane scaleRow = new FlowPane(8, 6, from, scaleMin, to, scaleMax, applyScale, scaleNote, standard, importButton);
        buildItems();
        Button add = button("surveydata.servqual.add", "moments-servqual-add", this::addItem);
        Button remove = button("surveydata.servqual.remove", "moments-servqual-remove", this::removeItem);
        Button up = button("moments.moveUp", "moments-servqual-up", () -> moveItem(-1));
        Button down = button("moments.moveDown", "moments-servqual-down", () -> moveItem(1));
        Button link = button("surveydata.link.button", "moments-servqual-link", this::link);
        answers = new ServqualAnswers(vm, texts, dialogs);
        Label itemsTitle = title("surveydata.servqual.items");
        Label answersTitle = title("surveydata.servqual.answers");
        // a dimension's name breaks between words, never inside one ("Responsiven ess"), at any text size
        TableColumn<ServqualItem, ?> dimension = items.getColumns().get(1);
        itemsTitle.fontProperty().subscribe(font -> dimension.setMinWidth(com.motstudio.ui.common.LongestWord.width(
                java.util.Arrays.stream(ServqualDimension.values()).map(texts::of).toList(), font) + 24));
        root = new VBox(8, scaleRow, itemsTitle, items, new FlowPane(8, 6, add, remove, up, down, link), answersTitle, answers.root());
        root.setPadding(new Insets(10, 12, 12, 12));
        vm.workshopProperty().subscribe(w -> show(w.keyMoments().servqual()));
    }

    Node root() {
        return root;
    }

    private void show(ServqualSurvey s) {
        String selected = items.getSelectionModel().getSelectedItem() == null ? null : items.getSelectionModel().getSelectedItem().id();
        items.getItems().setAll(s.items());
        items.getItems().stream().filter(i -> i.id().equals(selected)).findFirst().ifPresent(i -> items.getSelectionModel().select(i));
        scaleMin.getValueFactory().setValue(s.scaleMin());
        scaleMax.getValueFactory().setValue(s.scaleMax());
        scaleNote.setText(texts.format("surveydata.servqual.scaleNow", s.scaleMin(), s.scaleMax()));
        standard.setVisible(s.items().isEmpty());
        standard.setManaged(standard.isVisible());
    }

    private void buildItems() {
        items.setId("moments-servqual-items");
        items.setAccessibleText(texts.get("surveydata.servqual.items"));
        items.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.servqual.empty")));
        items.setEditable(true);
        items.getStyleClass().add(Styles.DENSE);
        items.setPrefHeight(220);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ServqualItem, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(items.getItems().indexOf(c.getValue()) + 1)));
        number.setPrefWidth(40);
        number.setMaxWidth(50);
        TableColumn<ServqualItem, ServqualDimension> dimension = new TableColumn<>(texts.get("moments.servqual.dimension"));
        dimension.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dimension()));
        dimension.setCellFactory(c -> new com.motstudio.ui.common.WrappingComboBoxCell<>(com.motstudio.ui.common.Shown.<ServqualDimension>as(texts::of),
                FXCollections.observableArrayList(ServqualDimension.values())));
        dimension.setOnEditCommit(e -> item(e.getRowValue(), i -> new ServqualItem(i.id(), e.getNewValue(), i.text(), i.touchpointIds())));
        dimension.setPrefWidth(130);

        TableColumn<ServqualItem, String> statement = new TableColumn<>(texts.get("surveydata.servqual.statement"));
        statement.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        com.motstudio.ui.common.WrappingTextFieldCell.on(statement);
        statement.setOnEditCommit(e -> item(e.getRowValue(), i -> new ServqualItem(i.id(), i.dimension(), e.getNewValue().strip(), i.touchpointIds())));
        statement.setPrefWidth(380);
        TableColumn<ServqualItem, String> touchpoints = new TableColumn<>(texts.get("surveydata.link.column"));
        touchpoints.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TouchpointPicker.names(vm.workshopProperty().get().journey(), c.getValue().touchpointIds())));
        touchpoints.setPrefWidth(200);
        com.motstudio.ui.common.WrappingCell.on(touchpoints);
        List.of(number, dimension, statement, touchpoints).forEach(c -> c.setSortable(false));
        items.getColumns().setAll(List.of(number, dimension, statement, touchpoints));
        items.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
    }

    private void applyScale() {
        int min = scaleMin.getValue();
        int max = scaleMax.getValue();
        ServqualSurvey s = vm.keyMoments().servqual();
        if (min >= max) {
            dialogs.showError(texts.get("surveydata.servqual.scale"), texts.format("surveydata.servqual.scaleOrder", min, max));
            show(s);
            return;
        }
        long off = SurveyEdits.answersOffScale(s, min, max);
        if (off > 0 && !dialogs.confirm(texts.get("surveydata.servqual.scale"), texts.format("surveydata.servqual.scaleOff", off, min, max))) {
            show(s);
            return;
        }
        survey("surveydata.change.scale", x -> SurveyEdits.withScale(x, min, max));
    }

    private void addItem() {
        ServqualItem chosen = items.getSelectionModel().getSelectedItem();
        ServqualDimension dimension = chosen == null ? ServqualDimension.TANGIBLES : chosen.dimension();
        ServqualItem item = new ServqualItem(Ids.next("sq"), dimension,
                texts.format("surveydata.servqual.newItem", vm.keyMoments().servqual().items().size() + 1), List.of());
        survey("surveydata.change.item", s -> {
            ServqualSurvey added = SurveyEdits.withItem(s, item);
            // a new item goes after the chosen one, with its dimension
            int at = chosen == null ? added.items().size() - 1 : added.items().indexOf(chosen) + 1;
            return SurveyEdits.withItemMoved(added, item.id(), at - (added.items().size() - 1));
        });
        items.getItems().stream().filter(i -> i.id().equals(item.id())).findFirst().ifPresent(i -> {
            items.getSelectionModel().select(i);
            items.requestFocus();
            items.edit(items.getItems().indexOf(i), items.getColumns().get(2));
        });
    }

    private void removeItem() {
        ServqualItem item = items.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        long answered = SurveyEdits.answersTo(vm.keyMoments().servqual(), item.id());
        if (answered == 0 || dialogs.confirm(texts.get("surveydata.servqual.remove"),
                texts.format("surveydata.servqual.removeAsk", item.text(), answered))) {
            survey("surveydata.change.removeItem", s -> SurveyEdits.withoutItem(s, item.id()));
        }
    }

    private void moveItem(int delta) {
        ServqualItem item = items.getSelectionModel().getSelectedItem();
        if (item != null) {
            survey("surveydata.change.moveItem", s -> SurveyEdits.withItemMoved(s, item.id(), delta));
        }
    }

    private void link() {
        ServqualItem item = items.getSelectionModel().getSelectedItem();
        if (item == null) {
            dialogs.showError(texts.get("surveydata.link.title"), texts.get("surveydata.link.chooseItem"));
            return;
        }
        Optional<List<String>> linked = TouchpointPicker.ask(dialogs, texts, vm.workshopProperty().get().journey(), item.text(),
                item.touchpointIds());
        linked.ifPresent(ids -> item(item, i -> new ServqualItem(i.id(), i.dimension(), i.text(), ids)));
    }

    private void item(ServqualItem item, UnaryOperator<ServqualItem> change) {
        survey("surveydata.change.item", s -> SurveyEdits.withItem(s, change.apply(item)));
    }

    private void survey(String label, UnaryOperator<ServqualSurvey> change) {
        vm.apply(label, w -> w.withKeyMoments(w.keyMoments().withServqual(change.apply(w.keyMoments().servqual()))));
    }

    private Button button(String key, String id, Runnable action) {
        return com.motstudio.ui.common.Buttons.of(texts, key, id, action);
    }

    private Label title(String key) {
        Label l = new Label(texts.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A new respondent's questionnaire, with no answers yet. */
    static ServqualResponse respondent(String name) {
        return new ServqualResponse(Ids.next("sr"), name, List.of(), List.of());
    }
}
