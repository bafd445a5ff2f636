package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Trait;
import com.motstudio.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/** Above the rating grid: who is rating (add a table group here), and the weight of each trait in the score. */
final class RatingBar {
    private final VBox root;
    private final Map<Trait, Spinner<Double>> weights = new EnumMap<>(Trait.class);
    private Spinner<Integer> dots;
    private final FlowPane who;
    private boolean loading;

    RatingBar(MomentsViewModel vm, Texts texts) {
        ComboBox<String> rater = new ComboBox<>();
        rater.setId("moments-rater");
        rater.setAccessibleText(texts.get("moments.rater"));
        Runnable fill = () -> {
            String keep = vm.raterIdProperty().get();
            rater.getItems().setAll(vm.raters().stream().map(Rater::id).toList());
            rater.setValue(keep);
        };
        vm.raters().subscribe(fill);
        fill.run();
        rater.valueProperty().bindBidirectional(vm.raterIdProperty());
        rater.setCellFactory(l -> raterCell(vm, texts));
        rater.setButtonCell(raterCell(vm, texts));
        rater.setConverter(new javafx.util.StringConverter<>() { // the combo box shows the name, never the id
            @Override
            public String toString(String id) {
                return raterName(vm, texts, id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        rater.setPrefWidth(200);
        Label raterLabel = new Label(texts.get("moments.rater"));
        raterLabel.setLabelFor(rater);
        raterLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button addGroup = new Button(texts.get("moments.addGroup"), new FontIcon(Feather.USERS));
        addGroup.setId("moments-add-group");
        addGroup.setOnAction(e -> vm.addGroup(texts.format("moments.groupName", vm.raters().stream().filter(Rater::group).count() + 1)));
        addGroup.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> dots = new Spinner<>(0, 100, 3);
        dots.setId("moments-dots-per-participant");
        dots.setPrefWidth(76);
        dots.setEditable(true);
        dots.setAccessibleText(texts.get("moments.dotsPerParticipant"));
        dots.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                vm.setVotesPerParticipant(b);
            }
        });
        this.dots = dots;
        Label dotsLabel = new Label(texts.get("moments.dotsPerParticipant"));
        dotsLabel.setLabelFor(dots);
        dotsLabel.setMinWidth(Region.USE_PREF_SIZE);
        // pairs that wrap onto a second line on a narrow pane rather than squeezing the rater's name
        rater.setMinWidth(Region.USE_PREF_SIZE);
        dots.setMinWidth(Region.USE_PREF_SIZE);
        HBox raterPair = new HBox(8, raterLabel, rater);
        raterPair.setAlignment(Pos.CENTER_LEFT);
        HBox dotsPair = new HBox(8, dotsLabel, dots);
        dotsPair.setAlignment(Pos.CENTER_LEFT);
        who = new FlowPane(8, 6, raterPair, addGroup, dotsPair);
        who.setAlignment(Pos.CENTER_LEFT);

        FlowPane weightRow = new FlowPane(12, 6);
        Label weightsLabel = new Label(texts.get("moments.weights"));
        weightsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        weightRow.getChildren().add(weightsLabel);
        for (Trait trait : Trait.values()) {
            Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 10, 1, 0.5));
            spinner.setEditable(true);
            spinner.setPrefWidth(76);
            spinner.setId("moments-weight-" + trait.name());
            spinner.setAccessibleText(texts.format("moments.weightOf", texts.of(trait)));
            spinner.valueProperty().addListener((o, a, b) -> {
                if (!loading && b != null) {
                    vm.setWeight(trait, b);
                }
            });
            Label label = new Label(texts.of(trait));
            label.setLabelFor(spinner);
            weights.put(trait, spinner);
            HBox pair = new HBox(4, label, spinner);
            pair.setAlignment(Pos.CENTER_LEFT);
            weightRow.getChildren().add(pair);
        }
        Label hint = new Label(texts.get("moments.grid.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in full, never cut short
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        root = new VBox(8, who, weightRow, hint);
        vm.workshopProperty().subscribe(w -> showWeights(vm));
    }

    /** Adds a control at the end of the first row (who is rating), where it wraps on a narrow pane. */
    void addToTopRow(Node node) {
        who.getChildren().add(node);
    }

    Node root() {
        return root;
    }

    private void showWeights(MomentsViewModel vm) {
        loading = true;
        try {
            weights.forEach((trait, spinner) -> spinner.getValueFactory().setValue(vm.weight(trait)));
            dots.getValueFactory().setValue(vm.keyMoments().votesPerParticipant());
        } finally {
            loading = false;
        }
    }

    private static ListCell<String> raterCell(MomentsViewModel vm, Texts texts) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty && id == null ? null : raterName(vm, texts, id));
            }
        };
    }

    private static String raterName(MomentsViewModel vm, Texts texts, String id) {
        Rater r = id == null ? null : vm.raters().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        return r == null ? texts.get("moments.rater.none") : texts.format(r.group() ? "moments.rater.group" : "moments.rater.person", r.name());
    }
}
