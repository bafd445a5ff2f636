package com.motstudio.testing;

import com.motstudio.ui.common.Dialogs;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers a page's questions as a test scripts them and records what it was told. Built as a proxy
 * so that a page calling a dialog the test did not expect fails the test.
 */
public final class FakeDialogs {
    /** The image file the next "choose image" returns; null means the user cancels. */
    public Path image;
    /** The CSV file the next "choose CSV" returns, and the PNG file of "save PNG"; null means cancel. */
    public Path csv;
    public Path png;
    /** The PDF file of "save PDF"; null means cancel. */
    public Path pdf;
    /** Answers to "are you sure?", in order; asking with none left fails the test. */
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    /** Answers to panels with OK and Cancel, in order; each panel shown is kept in {@link #panels}. */
    public final Deque<Boolean> askAnswers = new ArrayDeque<>();
    public final List<javafx.scene.Parent> panels = new ArrayList<>();
    /** What the user does in the next panel before answering it (e.g. ticks check boxes); null: nothing. */
    public java.util.function.Consumer<javafx.scene.Parent> inPanel;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();

    public Dialogs dialogs() {
        return (Dialogs) Proxy.newProxyInstance(Dialogs.class.getClassLoader(), new Class<?>[] {Dialogs.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "chooseImage" -> Optional.ofNullable(image);
                    case "chooseCsvToOpen" -> Optional.ofNullable(csv);
                    case "choosePngToSave" -> Optional.ofNullable(png);
                    case "choosePdfToSave" -> Optional.ofNullable(pdf);
                    case "ask" -> {
                        panels.add((javafx.scene.Parent) args[1]);
                        if (inPanel != null) {
                            inPanel.accept((javafx.scene.Parent) args[1]);
                            inPanel = null;
                        }
                        yield askAnswers.remove();
                    }
                    case "inform" -> {
                        messages.add(args[0] + ": " + args[1]);
                        yield null;
                    }
                    case "confirm" -> {
                        confirmations.add(args[1].toString());
                        yield confirmAnswers.remove();
                    }
                    case "showError" -> {
                        errors.add(args[0] + ": " + args[1]);
                        yield null;
                    }
                    case "toString" -> "FakeDialogs";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new AssertionError("the page should not call " + method.getName());
                });
    }
}
