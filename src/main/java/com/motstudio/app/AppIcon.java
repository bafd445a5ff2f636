package com.motstudio.app;

import javafx.scene.image.Image;

import java.util.List;
import java.util.Objects;

/**
 * The app icon (made by assets/icons/make-icons.sh) as the window icon. JavaFX hands the window
 * system one image, scaled to 128 px (Linux, macOS) or 32 px (Windows) from the closest one given,
 * on the FX thread while the window is first shown: these two sizes need no real scaling.
 */
final class AppIcon {
    private static final int[] SIZES = {32, 128};

    private AppIcon() {}

    static List<Image> images() {
        return java.util.Arrays.stream(SIZES)
                .mapToObj(size -> new Image(Objects.requireNonNull(
                        AppIcon.class.getResource("/com/motstudio/icons/mot-studio-" + size + ".png"),
                        "app icon missing from the build").toExternalForm()))
                .toList();
    }
}
