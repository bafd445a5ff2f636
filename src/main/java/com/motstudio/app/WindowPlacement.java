package com.motstudio.app;

import com.motstudio.store.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;

/**
 * Remembers where the main window was, and puts it back wholly on a screen: the screens may have
 * changed since (a projector unplugged, a smaller laptop screen).
 */
final class WindowPlacement {
    /** Smaller saved sizes are not a real window (a bad settings file): they are grown to this. */
    static final double MIN_WIDTH = 400;
    static final double MIN_HEIGHT = 300;

    private WindowPlacement() {}

    static Settings.WindowBounds of(Stage stage) {
        return new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    static void restore(Stage stage, Settings.WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D placed = fit(new Rectangle2D(bounds.x(), bounds.y(), Math.max(bounds.width(), MIN_WIDTH),
                Math.max(bounds.height(), MIN_HEIGHT)), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        stage.setMaximized(bounds.maximized());
    }

    /**
     * The window moved (and, if larger, shrunk) to lie wholly inside the screen it overlaps most, or
     * inside {@code primary} when it overlaps none. Screens are their visual bounds (without task bars).
     */
    static Rectangle2D fit(Rectangle2D window, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = primary;
        double most = 0;
        for (Rectangle2D candidate : screens) {
            double overlap = overlap(window, candidate);
            if (overlap > most) {
                most = overlap;
                screen = candidate;
            }
        }
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.clamp(window.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = Math.clamp(window.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
