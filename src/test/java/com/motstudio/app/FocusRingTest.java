package com.motstudio.app;

import atlantafx.base.theme.PrimerLight;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static com.motstudio.app.GalleryWalk.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** A keyboard user sees where the focus is, in both themes: the navigation item and the green button change when focused. */
class FocusRingTest {
    @TempDir
    Path home;

    @AfterEach
    void restore() throws Exception {
        AppHarness.fitScreen(FxToolkit.registerPrimaryStage());
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "DARK"})
    void aFocusedNavigationItemAndGreenButtonLookDifferentFromUnfocusedOnes(ThemeChoice theme) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        fx(() -> new AppHarness(stage, home, s -> s.withTheme(theme)));
        Button green = fx(() -> {
            Button button = new Button("Confirm");
            button.getStyleClass().add("success");
            ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).setBottom(new HBox(button)); // a stand-in for a page's green button
            return button;
        });
        Node journey = fx(() -> stage.getScene().lookup("#nav-journey"));
        Node workshop = fx(() -> stage.getScene().lookup("#nav-workshop"));
        for (Node node : java.util.List.of(journey, green)) {
            focus(workshop == node ? journey : workshop);
            BufferedImage before = shot(node);
            focus(node);
            assertThat(fx(node::isFocused)).isTrue();
            BufferedImage after = shot(node);
            assertThat(changedPixels(before, after)).as("%s focused in the %s theme", node.getId(), theme)
                    .isGreaterThan(before.getWidth() + before.getHeight());
        }
    }

    private static void focus(Node node) throws Exception {
        fx(() -> {
            node.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static BufferedImage shot(Node node) throws Exception {
        WritableImage image = fx(() -> node.snapshot(null, null));
        return Snapshots.toImage(image);
    }

    private static int changedPixels(BufferedImage a, BufferedImage b) {
        int changed = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
