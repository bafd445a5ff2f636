package com.motstudio.ui.present;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.text.Texts;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;

/**
 * The full-screen window of presentation mode. With two screens it goes on the one the main
 * window is not on (the projector), so the facilitator keeps editing on the laptop and the slides
 * follow; with one screen it covers the main window until Esc.
 */
public final class PresentationWindow {
    private final Window main;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final PresentationViewModel vm;
    private final PresentationView view;

    /**
     * @param corner the node for the slides' top-right corner (the activity timer's countdown), or
     *               null; see {@link PresentationView#setCorner}
     */
    public PresentationWindow(Window main, ObservableValue<WorkshopDocument> documents, Texts texts, String fontFamily,
                              Node corner) {
        this.main = main;
        Rectangle2D bounds = screenFor(main).getBounds();
        vm = new PresentationViewModel(documents, texts, LocalDate::now);
        view = new PresentationView(vm, texts, PresentationView.typeSizeFor(bounds.getHeight()), fontFamily, this::close);
        view.setCorner(corner);
        stage.initOwner(main);
        stage.setTitle(texts.get("present.window"));
        // sized to the screen as well: where full screen is not granted the window still covers it
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setScene(new Scene(view.root(), bounds.getWidth(), bounds.getHeight()));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is the view's: it also gives the workshop back
        stage.setOnHidden(e -> dispose());
    }

    public void show() {
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        view.root().requestFocus();
    }

    /** Leaves presentation mode: the main window is back, on the page it showed. */
    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void toFront() {
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public PresentationViewModel viewModel() {
        return vm;
    }

    private void dispose() {
        view.dispose();
        vm.dispose();
        main.requestFocus();
    }

    /** The screen for the slides: with two or more, one the main window is not on; else the only one. */
    static Screen screenFor(Window main) {
        List<Screen> screens = Screen.getScreens();
        Rectangle2D window = new Rectangle2D(main.getX(), main.getY(), Math.max(1, main.getWidth()), Math.max(1, main.getHeight()));
        int index = projector(screens.stream().map(Screen::getBounds).toList(), window);
        return index < 0 ? Screen.getPrimary() : screens.get(index);
    }

    /**
     * Which of the screens (their bounds) the slides go on: with two or more, the first one that is
     * not the one showing most of the main window; with one, that one; -1 with none.
     */
    static int projector(List<Rectangle2D> screens, Rectangle2D window) {
        if (screens.size() < 2) {
            return screens.isEmpty() ? -1 : 0;
        }
        int home = 0;
        double most = -1;
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D b = screens.get(i);
            double w = Math.min(b.getMaxX(), window.getMaxX()) - Math.max(b.getMinX(), window.getMinX());
            double h = Math.min(b.getMaxY(), window.getMaxY()) - Math.max(b.getMinY(), window.getMinY());
            double area = Math.max(0, w) * Math.max(0, h);
            if (area > most) {
                most = area;
                home = i;
            }
        }
        return home == 0 ? 1 : 0;
    }
}
