package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Journey and Key moments pages in the real window on a classroom projector (1024 x 768, large
 * text, dark theme, Chinese) and on a 1366 x 768 laptop: the touchpoint table shows rows, not one,
 * and the rating grid's score and dots are in sight without scrolling sideways.
 */
class ProjectorPagesTest {
    @TempDir
    Path home;
    private Stage stage;
    private AppHarness app;

    @AfterEach
    void restore() throws Exception {
        AppHarness.fitScreen(stage);
    }

    private void open(Language language, int width, TextSize size, ThemeChoice theme, Page page) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            app = new AppHarness(stage, home, s -> s.withLanguage(language.tag()).withTheme(theme).withTextSize(size));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(768);
            app.main.viewModel().show(new WorkshopDocument(ExportFixture.create(language), null), null);
            app.main.window().select(page);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int wholeRowsShown(Node table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow.getFirstVisibleCell() == null) {
            return 0; // squeezed to its header: no row at all
        }
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        int whole = 0;
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            Bounds row = flow.getCell(i).localToScene(flow.getCell(i).getLayoutBounds());
            if (row.getMinY() >= view.getMinY() - 1 && row.getMaxY() <= view.getMaxY() + 1) {
                whole++;
            }
        }
        return whole;
    }

    @Test
    void theTouchpointTableShowsRowsOnAProjectorWithLargeText() throws Exception {
        open(Language.SIMPLIFIED_CHINESE, 1024, TextSize.LARGE, ThemeChoice.DARK, Page.JOURNEY);
        Node root = app.main.window().root();
        ListView<?> stages = (ListView<?>) root.lookup("#journey-stages");
        FxToolkit.setupFixture(() -> stages.getSelectionModel().select(3)); // the intake stage: six touchpoints
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = (TableView<?>) root.lookup("#journey-touchpoints");
        assertThat(table.getItems()).hasSize(6);
        int[] rows = new int[1];
        FxToolkit.setupFixture(() -> rows[0] = wholeRowsShown(table));
        assertThat(rows[0]).as("whole rows in sight at 17 px text in a 1024 x 768 window").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theRatingGridShowsScoreAndDotsOnALaptop() throws Exception {
        open(Language.ENGLISH, 1366, TextSize.NORMAL, ThemeChoice.LIGHT, Page.MOMENTS);
        TableView<?> grid = (TableView<?>) app.main.window().root().lookup("#moments-grid");
        Bounds shown = grid.localToScene(grid.getLayoutBounds());
        for (int column : new int[] {1, 2}) {
            TableColumnHeader header = grid.lookupAll(".column-header").stream().map(n -> (TableColumnHeader) n)
                    .filter(h -> h.getTableColumn() == grid.getColumns().get(column)).findFirst().orElseThrow();
            Bounds at = header.localToScene(header.getLayoutBounds());
            assertThat(at.getMaxX()).as("column %d (score, dots) inside the grid's width", column).isLessThanOrEqualTo(shown.getMaxX());
        }
        assertThat(((javafx.scene.text.Text) grid.getColumns().get(1).getGraphic()).getText()).isEqualTo("Score");
        assertThat(((javafx.scene.text.Text) grid.getColumns().get(2).getGraphic()).getText()).isEqualTo("Dots");
    }
}
