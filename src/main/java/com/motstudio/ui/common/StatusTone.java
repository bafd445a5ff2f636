package com.motstudio.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * How a row or card tells its status by colour: good, warning, bad, muted or plain. The colours
 * come from the theme's tokens in app.css, so the text stays readable in the light and dark theme.
 */
public enum StatusTone {
    GOOD, WARNING, BAD, MUTED, PLAIN;

    private final PseudoClass state = PseudoClass.getPseudoClass("status-" + name().toLowerCase(java.util.Locale.ROOT));

    /** Marks {@code node} with this tone (and with no other). */
    public void mark(Node node) {
        for (StatusTone tone : values()) {
            node.pseudoClassStateChanged(tone.state, tone == this && tone != PLAIN);
        }
    }
}
