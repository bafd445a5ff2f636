package com.motstudio.ui.common;

import com.motstudio.text.Texts;
import javafx.scene.control.Button;

/** A button with a text from the bundles, a stable id for tests and tools, and what it does. */
public final class Buttons {
    private Buttons() {}

    public static Button of(Texts texts, String key, String id, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
