package com.motstudio.ui.room;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomSnapshotFile;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.timer.ActivityTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/**
 * The room session's own window, beside the main one (it can go on the projector). The session
 * ends when the window closes, when the workshop is closed or replaced, and when the app quits
 * (which hides every window). Made only when the user starts a session, so nothing of the room
 * server loads at start-up.
 */
public final class RoomWindow {
    private final Stage stage = new Stage();
    private RoomView view;
    private final List<RoomAddress> addresses;
    private final ObservableValue<WorkshopDocument> document;
    private final ChangeListener<WorkshopDocument> replaced;

    /**
     * @param snapshotFile where every snapshot of the room goes (beside the recovery copy)
     * @param addresses    the addresses to offer, or null for this computer's own
     */
    public RoomWindow(Window owner, ObservableValue<WorkshopDocument> document, Path snapshotFile, RoomLimits limits,
                      List<RoomAddress> addresses, Texts texts, Dialogs dialogs) {
        this(owner, document, snapshotFile, limits, addresses, texts, dialogs, null);
    }

    /** @param timer the app's activity timer, which an opened activity may start; null offers no timing */
    public RoomWindow(Window owner, ObservableValue<WorkshopDocument> document, Path snapshotFile, RoomLimits limits,
                      List<RoomAddress> addresses, Texts texts, Dialogs dialogs, ActivityTimer timer) {
        this.document = document;
        RoomViewModel vm = new RoomViewModel(document::getValue, new RoomSnapshotFile(snapshotFile), limits, texts, timer);
        this.addresses = addresses == null ? RoomViewModel.addresses() : addresses;
        view = new RoomView(vm, texts, dialogs, this.addresses);
        stage.initOwner(owner);
        stage.setTitle(texts.get("room.window.title"));
        stage.setScene(new Scene(view.root(), 1100, 720));
        if (owner != null && owner.getScene() != null) {
            lookLike(owner.getScene());
        }
        replaced = (o, before, after) -> stage.hide();
        document.addListener(replaced);
        stage.setOnHidden(e -> {
            view.end();
            document.removeListener(replaced);
        });
    }

    /** Takes the app's stylesheets and text size from a window of the app (the main one, not the slides'). */
    public void lookLike(Scene scene) {
        stage.getScene().getStylesheets().setAll(scene.getStylesheets());
        stage.getScene().getRoot().setStyle(scene.getRoot().getStyle());
    }

    /**
     * Speaks another language (the app's changed): a new view over the same session, with the open
     * activity, what is revealed and the activity panel's choices kept.
     */
    public void relabel(Texts texts, Dialogs dialogs) {
        RoomView.Choices chosen = view.choices();
        String style = view.root().getStyle();
        view.stopRefreshing();
        view.viewModel().relabel(texts);
        view = new RoomView(view.viewModel(), texts, dialogs, addresses, chosen);
        view.root().setStyle(style);
        stage.getScene().setRoot(view.root());
        stage.setTitle(texts.get("room.window.title"));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** The session's view model (tests read the running session from it). */
    public RoomViewModel viewModel() {
        return view.viewModel();
    }

    public Stage stage() {
        return stage;
    }

    /** The file beside a recovery copy that keeps the room's answers. */
    public static Path snapshotBeside(Path recoveryCopy) {
        return recoveryCopy.resolveSibling(recoveryCopy.getFileName() + ".room.json");
    }
}
