package com.motstudio.ui.timer;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The guidance's timed activities as buttons: one press starts the countdown with the suggested minutes. */
public final class ActivityButtons {
    private ActivityButtons() {}

    /** The section for the page with guidance key {@code page}; null when it has no timed activities. */
    public static Node of(String page, ActivityTimer timer, Texts texts) {
        TimedActivities activities = new TimedActivities(texts);
        if (activities.of(page).isEmpty()) {
            return null;
        }
        Label heading = new Label(texts.get("timer.guidance.heading"));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "guidance-heading");
        VBox box = new VBox(4, heading);
        box.setId("guidance-timed-" + page);
        for (TimedActivity activity : activities.of(page)) {
            String label = texts.format("timer.form.option", activity.minutes(), activities.name(activity));
            Button start = new Button(label, new FontIcon(Feather.PLAY_CIRCLE));
            start.setId("timer-activity-" + page + "-" + activity.index());
            start.getStyleClass().addAll(Styles.FLAT, "timer-activity");
            start.setWrapText(true);
            start.setAlignment(Pos.CENTER_LEFT);
            start.setMaxWidth(Double.MAX_VALUE);
            start.setMinHeight(Region.USE_PREF_SIZE);
            start.setTooltip(new Tooltip(texts.format("timer.guidance.start", label)));
            start.setAccessibleText(texts.format("timer.guidance.start", label));
            start.setOnAction(e -> timer.start(activity));
            box.getChildren().add(start);
        }
        return box;
    }
}
