package com.motstudio.app;

import javafx.scene.image.Image;

import java.util.List;
import java.util.Objects;

/** The app icon (made by assets/icons/make-icons.sh) in the sizes window managers pick from. */
final class AppIcon {
    private static final int[] SIZES = {16, 32, 48, 256};

    private AppIcon() {}

    static List<Image> images() {
        return java.util.Arrays.stream(SIZES)
                .mapToObj(size -> new Image(Objects.requireNonNull(
                        AppIcon.class.getResource("/com/motstudio/icons/mot-studio-" + size + ".png"),
                        "app icon missing from the build").toExternalForm()))
                .toList();
    }
}
