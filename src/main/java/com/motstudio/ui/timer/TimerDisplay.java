package com.motstudio.ui.timer;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The countdown on screen: a compact line for the status bar, or a large block for presentation
 * mode. Each shows the activity, the time left in the colours of its {@link TimerPhase}, and pause /
 * resume, +1 minute and reset. It follows the timer only while it is in a scene, so a display
 * that is dropped (a rebuilt window, a closed presentation) leaves nothing listening.
 */
public final class TimerDisplay {
    private final ActivityTimer timer;
    private final TimedActivities activities;
    private final Texts texts;
    private final Pane root;
    private final Label name = new Label();
    private final Label time = new Label();
    private final Button toggle = new Button();
    private final Node running;
    private Subscription following = Subscription.EMPTY;

    private TimerDisplay(ActivityTimer timer, Texts texts, boolean large, Runnable start) {
        this.timer = timer;
        this.texts = texts;
        this.activities = new TimedActivities(texts);
        String prefix = large ? "timer-large-" : "timer-";
        name.setId(prefix + "name");
        time.setId(prefix + "time");
        time.getStyleClass().add("timer-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setId(prefix + "toggle");
        toggle.setOnAction(e -> timer.toggle());
        Button more = button(prefix + "add", "timer.addMinute", null, timer::addMinute);
        more.setText(texts.get("timer.addMinute.short"));
        Button reset = button(prefix + "reset", "timer.reset", Feather.ROTATE_CCW, timer::reset);
        HBox controls = new HBox(4, toggle, more, reset);
        controls.setAlignment(Pos.CENTER);
        for (Node control : controls.getChildren()) {
            control.getStyleClass().add(Styles.FLAT);
        }
        toggle.getStyleClass().add(Styles.BUTTON_ICON);
        reset.getStyleClass().add(Styles.BUTTON_ICON);
        more.setMinWidth(Region.USE_PREF_SIZE);
        if (large) {
            name.setWrapText(true);
            name.setMaxWidth(420);
            name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            name.getStyleClass().add("timer-large-name");
            VBox box = new VBox(4, name, time, controls);
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().addAll("timer-display", "timer-large");
            running = box;
            root = new VBox(box);
        } else {
            name.setMinWidth(Region.USE_PREF_SIZE);
            Button clear = button("timer-clear", "timer.clear", Feather.X, timer::clear);
            clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            HBox line = new HBox(6, name, time, controls, clear);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().addAll("timer-display", "timer-compact");
            running = line;
            Button open = button("timer-start", "timer.start", Feather.CLOCK, start);
            open.setText(texts.get("timer.button"));
            open.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            open.visibleProperty().bind(line.visibleProperty().not());
            open.managedProperty().bind(open.visibleProperty());
            root = new HBox(open, line);
            ((HBox) root).setAlignment(Pos.CENTER_LEFT);
        }
        running.managedProperty().bind(running.visibleProperty());
        root.sceneProperty().subscribe(scene -> follow(scene != null));
    }

    /** One line for the status bar; {@code start} opens the choice of what to time. */
    public static Node compact(ActivityTimer timer, Texts texts, Runnable start) {
        return new TimerDisplay(timer, texts, false, start).root;
    }

    /**
     * A large block for a presentation's corner: hidden (and taking no room) while no timer is set.
     * Its colours come from {@code app.css}, which the presentation's scene needs too.
     */
    public static Node large(ActivityTimer timer, Texts texts) {
        TimerDisplay display = new TimerDisplay(timer, texts, true, () -> { });
        display.root.visibleProperty().bind(display.running.visibleProperty());
        display.root.managedProperty().bind(display.root.visibleProperty());
        return display.root;
    }

    /** "12:05", or "1:02:05" past an hour. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(java.util.Locale.ROOT, "%02d:%02d", m, s);
    }

    private void follow(boolean shown) {
        following.unsubscribe();
        following = !shown ? Subscription.EMPTY : Subscription.combine(
                timer.stateProperty().subscribe(state -> refresh()),
                timer.secondsLeftProperty().subscribe(seconds -> refresh()),
                timer.activityProperty().subscribe(activity -> refresh()),
                timer.phaseProperty().subscribe(phase -> refresh()));
    }

    private void refresh() {
        TimedActivity activity = timer.activityProperty().get();
        ActivityTimer.State state = timer.stateProperty().get();
        running.setVisible(activity != null);
        if (activity == null) {
            return;
        }
        name.setText(activities.name(activity));
        time.setText(clock(timer.secondsLeftProperty().get()));
        for (TimerPhase phase : TimerPhase.values()) {
            time.getStyleClass().remove(phase.styleClass());
        }
        time.getStyleClass().add(timer.phaseProperty().get().styleClass());
        boolean paused = state != ActivityTimer.State.RUNNING;
        toggle.setGraphic(new FontIcon(paused ? Feather.PLAY : Feather.PAUSE));
        toggle.setDisable(state == ActivityTimer.State.FINISHED);
        String what = texts.get(paused ? "timer.resume" : "timer.pause");
        toggle.setTooltip(new Tooltip(what));
        toggle.setAccessibleText(what);
        String status = texts.get("timer.state." + state.name().toLowerCase(java.util.Locale.ROOT));
        time.setAccessibleText(texts.format("timer.accessible", name.getText(), time.getText(), status));
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button();
        if (icon != null) {
            button.setGraphic(new FontIcon(icon));
        }
        button.setId(id);
        button.setTooltip(new Tooltip(texts.get(key)));
        button.setAccessibleText(texts.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
