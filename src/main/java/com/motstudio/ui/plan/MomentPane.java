package com.motstudio.ui.plan;

import atlantafx.base.theme.Styles;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;
import com.motstudio.store.StandardLibrary;
import com.motstudio.store.Templates;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.FieldCommit;
import com.motstudio.ui.common.ScrollToFocus;
import com.motstudio.ui.plan.PlanChanges.MomentField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Moments tab: the confirmed moments on the left; for the chosen one the customer's core need
 * (linked to a KANO need), the experience today and the one wanted, its service standards (typed or
 * inserted from the library) and the scripts for service and for complaints.
 */
final class MomentPane {
    private final PlanViewModel vm;
    private final Texts texts;
    private final ListView<MomentOfTruth> list = new ListView<>();
    private final Label heading = new Label();
    private final Map<MomentField, TextInputControl> fields = new EnumMap<>(MomentField.class);
    private final ComboBox<String> kano;
    private final StandardsEditor standards;
    private final MenuButton library = new MenuButton();
    private final SplitPane root;
    private final VBox form;

    MomentPane(PlanViewModel vm, Texts texts) {
        this.vm = vm;
        this.texts = texts;
        list.setId("plan-moments");
        list.setAccessibleText(texts.get("plan.tab.moments"));
        list.setCellFactory(l -> new com.motstudio.ui.common.WrappingListCell<>(list) {
            @Override
            protected void updateItem(MomentOfTruth m, boolean empty) {
                super.updateItem(m, empty);
                show(empty || m == null ? null : (getIndex() + 1) + ". " + vm.momentName(m.id()));
            }
        });
        list.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("plan.moments.none")));
        list.setItems(vm.moments());
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        FormGrid grid = new FormGrid(texts);
        fields.put(MomentField.CORE_NEED, grid.add("plan.moment.coreNeed", new TextField()));
        kano = grid.add("plan.moment.kanoNeed", Choices.of(this::kanoName));
        kano.setId("plan-kano-need");
        fields.put(MomentField.TODAY, grid.add("plan.moment.today", area()));
        fields.put(MomentField.WANTED, grid.add("plan.moment.wanted", area()));
        FormGrid scripts = new FormGrid(texts);
        fields.put(MomentField.SERVICE_SCRIPT, scripts.add("plan.moment.serviceScript", area()));
        fields.put(MomentField.COMPLAINT_SCRIPT, scripts.add("plan.moment.complaintScript", area()));
        fields.forEach((field, control) -> {
            control.setId("plan-moment-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            FieldCommit.on(control, () -> selected() == null ? "" : PlanChanges.get(selected(), field),
                    text -> { if (selected() != null) vm.setMoment(selected().id(), field, text); });
        });
        kano.valueProperty().addListener((o, a, b) -> {
            if (selected() != null && b != null) {
                vm.setMoment(selected().id(), MomentField.KANO_NEED, b);
            }
        });
        standards = new StandardsEditor(vm, texts);
        Button add = new Button(texts.get("plan.standard.add"), new FontIcon(Feather.PLUS));
        add.setId("plan-standard-add");
        add.setOnAction(e -> {
            if (selected() != null) {
                standards.focusItem(vm.addStandard(selected().id(), texts.get("plan.standard.newTitle")));
                standards.show(selected().id());
            }
        });
        library.setText(texts.get("plan.standard.library"));
        library.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        library.setId("plan-library");
        Label standardsHeading = new Label(texts.get("plan.standard.heading"));
        standardsHeading.getStyleClass().add(Styles.TITLE_4);
        standardsHeading.setWrapText(true);
        javafx.scene.layout.FlowPane standardsBar = new javafx.scene.layout.FlowPane(8, 6, standardsHeading, add, library);
        standardsBar.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        library.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label scriptsHeading = new Label(texts.get("plan.moment.scripts"));
        scriptsHeading.getStyleClass().add(Styles.TITLE_4);
        form = new VBox(12, heading, grid.root(), standardsBar, standards.root(), scriptsHeading, scripts.root());
        form.setPadding(new Insets(10, 14, 14, 10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId("plan-moment-form");
        ScrollToFocus.follow(scroll);
        VBox left = new VBox(list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(10, 6, 10, 10));
        root = new SplitPane(left, scroll);
        root.setDividerPositions(0.26);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
    }

    Node root() {
        return root;
    }

    /** Chooses a moment (by id) and shows it. */
    void select(String momentId) {
        vm.moments().stream().filter(m -> m.id().equals(momentId)).findFirst().ifPresent(m -> list.getSelectionModel().select(m));
    }

    /** After every change: keeps the chosen moment (by id) and shows its current values. */
    void refresh() {
        MomentOfTruth shown = list.getSelectionModel().getSelectedItem();
        if (shown != null && !vm.moments().contains(shown)) {
            String id = shown.id();
            vm.moments().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> list.getSelectionModel().select(m));
        }
        if (list.getSelectionModel().isEmpty() && !vm.moments().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        MomentOfTruth m = selected();
        form.setDisable(m == null);
        heading.setText(m == null ? "" : vm.momentName(m.id()));
        fields.forEach((field, control) -> {
            String value = m == null ? "" : PlanChanges.get(m, field);
            if (!control.getText().equals(value)) {
                control.setText(value);
            }
        });
        Workshop w = vm.workshopProperty().get();
        List<String> needs = new ArrayList<>(List.of(""));
        w.keyMoments().kano().needs().forEach(n -> needs.add(n.id()));
        if (!kano.getItems().equals(needs)) {
            kano.getItems().setAll(needs);
        }
        kano.setValue(m == null ? "" : m.kanoNeedId());
        standards.show(m == null ? null : m.id());
        fillLibrary(w.info().sector());
    }

    /** The chosen moment's id, or null. */
    String selectedId() {
        MomentOfTruth m = selected();
        return m == null ? null : m.id();
    }

    private MomentOfTruth selected() {
        MomentOfTruth m = list.getSelectionModel().getSelectedItem();
        return m == null ? null : vm.moment(m.id()).orElse(null);
    }

    private String kanoName(String needId) {
        if (needId.isEmpty()) {
            return texts.get("plan.moment.kanoNone");
        }
        return vm.workshopProperty().get().keyMoments().kano().needs().stream().filter(n -> n.id().equals(needId))
                .map(KanoNeed::name).findFirst().orElse(needId);
    }

    /** The workshop's own sector first, then the others in a submenu each. */
    private void fillLibrary(String sector) {
        if (!library.getItems().isEmpty() && sector.equals(library.getUserData())) {
            return;
        }
        library.setUserData(sector);
        library.getItems().clear();
        if (Templates.SECTORS.contains(sector)) {
            library.getItems().addAll(examples(sector));
        }
        for (String other : Templates.SECTORS) {
            if (!other.equals(sector)) {
                Menu menu = new Menu(texts.get(Templates.nameKey(other)));
                menu.getItems().addAll(examples(other));
                library.getItems().add(menu);
            }
        }
    }

    private List<MenuItem> examples(String sector) {
        List<MenuItem> items = new ArrayList<>();
        for (StandardLibrary.Standard example : StandardLibrary.standards(sector, texts.language())) {
            MenuItem item = new MenuItem(example.title());
            item.setId("plan-library-" + example.key().replace('.', '-'));
            item.setOnAction(e -> {
                if (selected() != null) {
                    vm.insertStandard(selected().id(), example);
                }
            });
            items.add(item);
        }
        return items;
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        return area;
    }
}
