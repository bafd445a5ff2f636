package com.motstudio.ui.timer;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * What to time: one of the page's guidance activities with its suggested minutes, or any length
 * typed in minutes. A length that is not a whole number from 1 to 600 says so and cannot be started.
 */
public final class TimerStartForm {
    private final VBox root = new VBox(8);
    private final ToggleGroup choice = new ToggleGroup();
    private final RadioButton other;
    private final TextField minutes = new TextField("10");
    private final Label problem = new Label();
    private final CheckBox sound;
    private final BooleanBinding nothingChosen;

    public TimerStartForm(Texts texts, List<TimedActivity> suggested, boolean soundOn) {
        TimedActivities names = new TimedActivities(texts);
        root.setId("timer-form");
        root.setPadding(new Insets(4));
        root.setPrefWidth(520);
        if (!suggested.isEmpty()) {
            Label heading = new Label(texts.get("timer.form.suggested"));
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            root.getChildren().add(heading);
        }
        for (TimedActivity activity : suggested) {
            RadioButton option = new RadioButton(texts.format("timer.form.option", activity.minutes(), names.name(activity)));
            option.setId("timer-option-" + activity.index());
            option.setUserData(activity);
            option.setWrapText(true);
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.setToggleGroup(choice);
            root.getChildren().add(option);
        }
        other = new RadioButton(texts.get("timer.form.other"));
        other.setId("timer-option-other");
        other.setToggleGroup(choice);
        minutes.setId("timer-minutes");
        minutes.setPrefColumnCount(4);
        minutes.setAccessibleText(texts.get("timer.form.minutes"));
        minutes.focusedProperty().subscribe(focused -> {
            if (focused) {
                choice.selectToggle(other);
            }
        });
        Label unit = new Label(texts.get("timer.form.minutes"));
        unit.setLabelFor(minutes);
        HBox line = new HBox(8, other, minutes, unit);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        problem.setId("timer-minutes-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setText(texts.format("timer.form.bad", TimedActivity.MAX_MINUTES));
        sound = new CheckBox(texts.get("timer.form.sound"));
        sound.setId("timer-sound");
        sound.setSelected(soundOn);
        sound.setWrapText(true);
        root.getChildren().addAll(line, problem, sound);
        BooleanBinding badLength = Bindings.createBooleanBinding(() -> typedMinutes().isEmpty(), minutes.textProperty());
        problem.visibleProperty().bind(badLength.and(choice.selectedToggleProperty().isEqualTo(other)));
        problem.managedProperty().bind(problem.visibleProperty());
        nothingChosen = Bindings.createBooleanBinding(() -> chosen().isEmpty(), choice.selectedToggleProperty(), minutes.textProperty());
        choice.selectToggle(choice.getToggles().getFirst());
    }

    public Parent root() {
        return root;
    }

    /** True while nothing can be started (a bad typed length). */
    public BooleanBinding nothingChosen() {
        return nothingChosen;
    }

    /** Whether a short sound plays at zero (a remembered preference). */
    public boolean soundOn() {
        return sound.isSelected();
    }

    public Optional<TimedActivity> chosen() {
        if (choice.getSelectedToggle() == other) {
            return typedMinutes().map(TimedActivity::ofMinutes);
        }
        return choice.getSelectedToggle() == null ? Optional.empty()
                : Optional.of((TimedActivity) choice.getSelectedToggle().getUserData());
    }

    private Optional<Integer> typedMinutes() {
        try {
            int value = Integer.parseInt(minutes.getText().strip());
            return value >= 1 && value <= TimedActivity.MAX_MINUTES ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
