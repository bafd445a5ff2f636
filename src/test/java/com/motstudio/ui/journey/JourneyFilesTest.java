package com.motstudio.ui.journey;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journey page's files: importing touchpoints from CSV after a preview, exporting the map as PNG. */
@ExtendWith(ApplicationExtension.class)
class JourneyFilesTest {
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private WorkshopDocument document;

    @Start
    void start(javafx.stage.Stage stage) {
        document = new WorkshopDocument(JourneyViewTest.sample(), null);
        JourneyView view = new JourneyView(new JourneyViewModel(document), new Texts(Language.ENGLISH), dialogs.dialogs(),
                TaskRunner.IMMEDIATE, () -> folder);
        stage.setScene(new Scene(view.root(), 980, 760));
        stage.show();
    }

    private static String text(Parent panel, String id) {
        return ((Label) panel.lookup("#" + id)).getText();
    }

    @Test
    void aCsvIsPreviewedThenImportedAsOneUndoStep(FxRobot robot) throws Exception {
        Path csv = folder.resolve("room.csv");
        Files.writeString(csv, """
                stage,touchpoint,channel,emotion: Citizen
                Arrive,Read the notice board,physical,-1
                Leave,Rate the service,digital,4
                Leave,,digital,2
                Leave,Collect the licence,physical,9
                """, StandardCharsets.UTF_8);
        dialogs.csv = csv;
        dialogs.askAnswers.add(true);
        Workshop before = document.current();
        robot.clickOn("#journey-import");

        Parent panel = dialogs.panels.getFirst();
        assertThat(text(panel, "import-summary")).contains("room.csv").contains("2 touchpoints").contains("1 new stage created")
                .contains("2 rows skipped");
        ListView<?> problems = (ListView<?>) panel.lookup("#import-problems");
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().toString()).contains("Row 4").contains("Row 5");
        assertThat(document.current().journey().stage("st-arrive").orElseThrow().touchpoints())
                .extracting(Touchpoint::name).endsWith("Read the notice board");
        assertThat(document.current().journey().stages()).hasSize(3);
        robot.interact(document::undo);
        assertThat(document.current()).isSameAs(before);
    }

    @Test
    void aBrokenCsvChangesNothing(FxRobot robot) throws Exception {
        Path csv = folder.resolve("photo.csv");
        Files.write(csv, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        dialogs.csv = csv;
        dialogs.askAnswers.add(true); // even pressing OK (it is disabled) adds nothing
        Workshop before = document.current();
        robot.clickOn("#journey-import");
        assertThat(text(dialogs.panels.getFirst(), "import-summary")).contains("cannot be imported");
        assertThat(document.current()).isSameAs(before);
        assertThat(document.canUndo()).isFalse();
    }

    @Test
    void theMapIsExportedAsAPngOfTheChosenWidth(FxRobot robot) throws Exception {
        Path png = folder.resolve("map.png");
        dialogs.png = png;
        dialogs.askAnswers.add(true);
        robot.clickOn("#journey-tab-map").clickOn("#map-export-png");
        Parent options = dialogs.panels.getFirst();
        assertThat(text(options, "png-size")).startsWith("3840 × ");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(3840);
        assertThat(dialogs.messages.getFirst()).contains(png.toString());
    }
}
