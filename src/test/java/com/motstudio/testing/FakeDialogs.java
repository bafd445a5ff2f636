package com.motstudio.ui.setup;

import com.motstudio.ui.common.Dialogs;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the setup page's questions as a test scripts them and records what it was told. Built as
 * a proxy because the page uses three of the shell's dialogs and the shell may add more.
 */
final class FakeDialogs {
    /** The image file the next "choose image" returns; null means the user cancels. */
    Path image;
    /** Answers to "are you sure?", in order; asking with none left fails the test. */
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    Dialogs dialogs() {
        return (Dialogs) Proxy.newProxyInstance(Dialogs.class.getClassLoader(), new Class<?>[] {Dialogs.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "chooseImage" -> Optional.ofNullable(image);
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
                    default -> throw new AssertionError("the setup page should not call " + method.getName());
                });
    }
}
