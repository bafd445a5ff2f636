package com.motstudio.ui.present;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.text.Texts;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;

/**
 * The full-screen window of presentation mode. With two screens it goes on the one the main
 * window is not on (the projector) and the main window keeps the focus, so the facilitator keeps
 * editing on the laptop and the slides follow; with one screen it covers the main window until
 * Esc. A clicker's keys pressed in the main window step the slides too (see {@link ClickerKeys}).
 */
public final class PresentationWindow {
    private final Window main;
    private final ObservableValue<WorkshopDocument> documents;
    private final String fontFamily;
    private final double typeSize;
    private final boolean otherScreen;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final EventHandler<KeyEvent> keysFromMain;
    private PresentationViewModel vm;
    private PresentationView view;

    /**
     * @param corner the node for the slides' top-right corner (the activity timer's countdown), or
     *               null; see {@link PresentationView#setCorner}
     */
    public PresentationWindow(Window main, ObservableValue<WorkshopDocument> documents, Texts texts, String fontFamily,
                              Node corner) {
        this.main = main;
        this.documents = documents;
        this.fontFamily = fontFamily;
        Screen screen = screenFor(main);
        otherScreen = Screen.getScreens().size() > 1;
        Rectangle2D bounds = screen.getBounds();
        typeSize = PresentationView.typeSizeFor(bounds.getHeight());
        vm = new PresentationViewModel(documents, texts, LocalDate::now);
        view = new PresentationView(vm, texts, typeSize, fontFamily, this::close);
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
        keysFromMain = e -> {
            if (ClickerKeys.applyFromMain(e, main.getScene().getFocusOwner(), vm)) {
                e.consume();
            }
        };
    }

    public void show() {
        stage.show();
        stage.setFullScreen(true);
        if (otherScreen) {
            // the projector shows the slides; typing goes on in the main window
            main.requestFocus();
        } else {
            stage.toFront();
            view.root().requestFocus();
        }
        main.getScene().addEventHandler(KeyEvent.KEY_PRESSED, keysFromMain);
    }

    /** R on the slides starts a room session (its window opens above the slides). */
    public void onRoomKey(Runnable startRoom) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.R && !e.isShortcutDown()) {
                e.consume();
                startRoom.run();
            }
        });
    }

    /** The slides' window (a room session's window opens above it). */
    public Window window() {
        return stage;
    }

    /** Leaves presentation mode: the main window is back, on the page it showed. */
    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** F5 again: the slides come to the front; on the projector, the main window keeps the focus. */
    public void toFront() {
        stage.toFront();
        if (otherScreen) {
            main.requestFocus();
        }
    }

    /**
     * The same slides in the app's new language: a new view of the same slide, step and black
     * screen, in the same window.
     *
     * @param corner a new node for the corner (one in the new language), or null
     */
    public void relabel(Texts texts, Node corner) {
        PresentationViewModel relabelled = new PresentationViewModel(documents, texts, LocalDate::now);
        relabelled.continueFrom(vm);
        boolean focused = stage.isFocused();
        view.dispose();
        vm.dispose();
        vm = relabelled;
        view = new PresentationView(vm, texts, typeSize, fontFamily, this::close);
        view.setCorner(corner);
        stage.setTitle(texts.get("present.window"));
        stage.getScene().setRoot(view.root());
        if (focused) {
            view.root().requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    public PresentationViewModel viewModel() {
        return vm;
    }

    private void dispose() {
        main.getScene().removeEventHandler(KeyEvent.KEY_PRESSED, keysFromMain);
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
