package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Ids;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoSurvey;
import com.motstudio.store.KanoNeeds;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The KANO needs asked about: name, the functional question (if it is there) and the dysfunctional
 * one (if it is not), edited in the table; a government hall can start from example needs. A
 * need that answers refer to is kept, so its answers never lose their question.
 */
final class KanoNeedsEditor {
    private final MomentsViewModel vm;
    private final TableView<KanoNeed> table = new TableView<>();
    private final VBox root;

    KanoNeedsEditor(MomentsViewModel vm, Texts texts, com.motstudio.ui.common.Dialogs dialogs) {
        this.vm = vm;
        table.setId("moments-kano-edit");
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.kano.empty")));
        table.setEditable(true);
        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column(texts.get("moments.kano.need"), KanoNeed::name,
                (n, v) -> new KanoNeed(n.id(), v, n.functionalQuestion(), n.dysfunctionalQuestion(), n.touchpointIds()));
        column(texts.get("moments.kano.functional"), KanoNeed::functionalQuestion,
                (n, v) -> new KanoNeed(n.id(), n.name(), v, n.dysfunctionalQuestion(), n.touchpointIds()));
        column(texts.get("moments.kano.dysfunctional"), KanoNeed::dysfunctionalQuestion,
                (n, v) -> new KanoNeed(n.id(), n.name(), n.functionalQuestion(), v, n.touchpointIds()));
        TableColumn<KanoNeed, String> linked = new TableColumn<>(texts.get("surveydata.link.column"));
        linked.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TouchpointPicker.names(vm.workshopProperty().get().journey(), c.getValue().touchpointIds())));
        linked.setSortable(false);
        com.motstudio.ui.common.WrappingCell.on(linked);
        table.getColumns().add(linked);
        table.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
        table.setAccessibleText(texts.get("surveydata.kano.needs"));
        Button link = new Button(texts.get("surveydata.link.button"));
        link.setId("moments-kano-link");
        link.setOnAction(e -> {
            KanoNeed need = table.getSelectionModel().getSelectedItem();
            if (need == null) {
                dialogs.showError(texts.get("surveydata.link.title"), texts.get("surveydata.link.chooseNeed"));
                return;
            }
            TouchpointPicker.ask(dialogs, texts, vm.workshopProperty().get().journey(), need.name(), need.touchpointIds())
                    .ifPresent(ids -> needs("moments.change.kanoNeed", list -> {
                        list.replaceAll(n -> n.id().equals(need.id())
                                ? new KanoNeed(n.id(), n.name(), n.functionalQuestion(), n.dysfunctionalQuestion(), ids) : n);
                        return list;
                    }));
        });
        Button add = new Button(texts.get("moments.kano.add"));
        add.setId("moments-kano-add");
        add.setOnAction(e -> needs("moments.change.kanoNeed", list -> {
            list.add(new KanoNeed(Ids.next("kn"), texts.format("moments.kano.newNeed", list.size() + 1), "", "", List.of()));
            return list;
        }));
        Button remove = new Button(texts.get("moments.kano.remove"));
        remove.setId("moments-kano-remove");
        remove.setOnAction(e -> {
            KanoNeed need = table.getSelectionModel().getSelectedItem();
            if (need != null && vm.keyMoments().kano().responses().stream()
                    .noneMatch(r -> r.answers().stream().anyMatch(a -> a.needId().equals(need.id())))) {
                needs("moments.change.kanoNeed", list -> {
                    list.removeIf(n -> n.id().equals(need.id()));
                    return list;
                });
            }
        });
        Button example = new Button(texts.get("moments.kano.example"));
        example.setId("moments-kano-example");
        example.setOnAction(e -> needs("moments.change.kanoNeed", list -> {
            list.addAll(KanoNeeds.example(Language.fromTag(vm.workshopProperty().get().info().language()),
                    vm.workshopProperty().get().journey()));
            return list;
        }));
        vm.workshopProperty().subscribe(w -> {
            String selected = table.getSelectionModel().getSelectedItem() == null ? null : table.getSelectionModel().getSelectedItem().id();
            table.getItems().setAll(w.keyMoments().kano().needs());
            table.getItems().stream().filter(n -> n.id().equals(selected)).findFirst().ifPresent(n -> table.getSelectionModel().select(n));
            example.setVisible("government".equals(w.info().sector()) && w.keyMoments().kano().needs().isEmpty());
            example.setManaged(example.isVisible());
        });
        root = new VBox(6, table, new HBox(8, add, remove, link, example));
    }

    Node root() {
        return root;
    }

    private void column(String title, Function<KanoNeed, String> read, BiFunction<KanoNeed, String, KanoNeed> write) {
        TableColumn<KanoNeed, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(read.apply(c.getValue())));
        com.motstudio.ui.common.WrappingTextFieldCell.on(column); // needs and questions are read whole
        column.setOnEditCommit(e -> needs("moments.change.kanoNeed", list -> {
            list.replaceAll(n -> n.id().equals(e.getRowValue().id()) ? write.apply(n, e.getNewValue().strip()) : n);
            return list;
        }));
        column.setSortable(false);
        table.getColumns().add(column);
    }

    private void needs(String label, java.util.function.UnaryOperator<List<KanoNeed>> change) {
        vm.apply(label, w -> {
            KanoSurvey kano = w.keyMoments().kano();
            return w.withKeyMoments(w.keyMoments().withKano(new KanoSurvey(change.apply(new ArrayList<>(kano.needs())), kano.responses())));
        });
    }
}
