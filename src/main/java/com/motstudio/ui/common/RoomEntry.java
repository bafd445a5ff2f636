package com.motstudio.ui.common;

import com.motstudio.text.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "Start a room session" button of the pages where a room answers from its phones (Journey,
 * Key moments); it runs the same action as View > Start a room session. Loads nothing of the room
 * itself: the action does, when pressed.
 */
public final class RoomEntry {
    private RoomEntry() {}

    /** The button with its id; kept at its full width, so its row wraps it rather than cutting its text. */
    public static Button of(Texts texts, String id, Runnable start) {
        Button button = new Button(texts.get("room.entry"), new FontIcon(Feather.SMARTPHONE));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(texts.get("room.entry.tip")));
        button.setAccessibleText(texts.get("room.entry"));
        button.setAccessibleHelp(texts.get("room.entry.tip"));
        button.setOnAction(e -> start.run());
        return button;
    }
}
