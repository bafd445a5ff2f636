package com.motstudio.app;

import com.motstudio.store.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the main window was, and puts it back only where a screen still shows it. */
final class WindowPlacement {
    private WindowPlacement() {}

    static Settings.WindowBounds of(Stage stage) {
        return new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    static void restore(Stage stage, Settings.WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
        if (visible && bounds.width() >= 400 && bounds.height() >= 300) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        }
        stage.setMaximized(bounds.maximized());
    }
}
