package com.motstudio.ui.setup;

import com.motstudio.testing.FakeDialogs;

import atlantafx.base.theme.PrimerLight;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the setup page filled with a real workshop, in Chinese and English, at the window sizes
 * it meets (the page beside the guidance panel, and a whole 1000 px window), checks that no label
 * is cut short, and writes the pictures to the temporary folder for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SetupPageSnapshotTest {
    /** The text sizes the shell sets on its root: normal, and large for a projector. */
    private static final int NORMAL = 13;
    private static final int PROJECTOR = 17;
    private Stage stage;
    private String fontFamily;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        try (InputStream font = getClass().getResourceAsStream("/com/motstudio/fonts/NotoSansSC_400Regular.ttf")) {
            fontFamily = Font.loadFont(font, 13).getFamily();
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 100, 100));
        stage.show();
    }

    @Test
    void theChinesePageShowsEveryLabelWhole(FxRobot robot) {
        assertThat(fontFamily).isEqualTo("Noto Sans SC");
        Workshop workshop = SampleWorkshops.counterServiceChinese();
        assertThat(render(robot, workshop, Language.SIMPLIFIED_CHINESE, 1000, NORMAL, "setup-page-zh")).isEmpty();
        assertThat(render(robot, workshop, Language.SIMPLIFIED_CHINESE, 620, NORMAL, "setup-page-zh-narrow")).isEmpty();
        assertThat(render(robot, workshop, Language.SIMPLIFIED_CHINESE, 620, PROJECTOR, "setup-page-zh-projector")).isEmpty();
        assertThat(render(robot, workshop, Language.TRADITIONAL_CHINESE, 620, NORMAL, "setup-page-zh-tw-narrow")).isEmpty();
    }

    @Test
    void theEnglishPageShowsEveryLabelWhole(FxRobot robot) {
        Workshop workshop = SampleWorkshops.counterServiceEnglish();
        assertThat(render(robot, workshop, Language.ENGLISH, 1000, NORMAL, "setup-page-en")).isEmpty();
        assertThat(render(robot, workshop, Language.ENGLISH, 620, NORMAL, "setup-page-en-narrow")).isEmpty();
        assertThat(render(robot, workshop, Language.ENGLISH, 620, PROJECTOR, "setup-page-en-projector")).isEmpty();
    }

    /** Shows the page in a window this wide with text this size, writes the whole page as a PNG, returns the labels cut short. */
    private List<String> render(FxRobot robot, Workshop workshop, Language language, int width, int textSize, String name) {
        List<String> clipped = new ArrayList<>();
        robot.interact(() -> {
            SetupView view = new SetupView(new SetupViewModel(new WorkshopDocument(workshop, null)), new Texts(language),
                    new FakeDialogs().dialogs(), com.motstudio.ui.common.TaskRunner.IMMEDIATE);
            Parent root = view.root();
            root.setStyle("-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: " + textSize + "px;");
            stage.setScene(new Scene(root, width, 800));
            stage.sizeToScene();
            // The headless screen is 1000 x 1000: a window reaching past it cannot be drawn.
            stage.setX(0);
            stage.setY(0);
        });
        robot.interact(() -> {
            Node page = ((ScrollPane) stage.getScene().getRoot()).getContent();
            page.applyCss();
            write(page.snapshot(null, null), Path.of(System.getProperty("java.io.tmpdir"), name + ".png"));
            collectClipped(page, clipped);
        });
        return clipped;
    }

    private static void collectClipped(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty() && labeled.lookup(".text") instanceof Text shown) {
            boolean cut = shown.getText().endsWith("…") || shown.getText().endsWith("...");
            if (cut && !labeled.getText().endsWith("…")) {
                clipped.add(labeled.getId() + " \"" + labeled.getText() + "\" shown as \"" + shown.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectClipped(child, clipped));
        }
    }

    private static void write(WritableImage image, Path file) {
        com.motstudio.testing.Snapshots.writePng(image, file);
    }
}
