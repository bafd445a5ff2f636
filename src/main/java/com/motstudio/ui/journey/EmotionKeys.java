package com.motstudio.ui.journey;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/**
 * The keys that set an emotion score while typing in a room's answers: + and − step by one, a digit
 * sets the score, and a digit right after − sets it negative (typing "−3" gives −3).
 */
final class EmotionKeys {
    private boolean minusPending;

    /** The new score for a key, or empty when the key is not an emotion key; {@code current} may be null. */
    Optional<Integer> apply(KeyEvent e, Integer current) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return Optional.empty();
        }
        int now = current == null ? 0 : current;
        KeyCode code = e.getCode();
        if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            minusPending = true;
            return Optional.of(now - 1);
        }
        boolean wasMinus = minusPending;
        minusPending = false;
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            return Optional.of(now + 1);
        }
        if (code.isDigitKey()) {
            int digit = digit(code);
            if (digit > 5) {
                return Optional.empty();
            }
            return Optional.of(wasMinus ? -digit : digit);
        }
        return Optional.empty();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.digit(name.charAt(name.length() - 1), 10);
    }
}
