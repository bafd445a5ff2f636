package com.motstudio.bench;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.journey.JourneyView;
import com.motstudio.ui.journey.JourneyViewModel;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times one edit on the Journey page — rename a touchpoint — until the table shows the new name and
 * the map has been laid out and painted again, for a 1,000- and a 10-touchpoint workshop, and
 * prints both and their ratio (target ≤ 1.5: the work of an edit must not grow with the workshop).
 * Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench=JourneyEditBenchmark}.
 */
public final class JourneyEditBenchmark {
    private static final int WARMUP = 30;
    private static final int RUNS = 41;

    private JourneyEditBenchmark() {}

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        double small = 0, large = 0, smallMap = 0, largeMap = 0;
        // Three interleaved passes, keeping the last, so both sizes run on code the JIT has compiled alike.
        for (int pass = 0; pass < 3; pass++) {
            small = onFx(() -> measure(LargeWorkshop.of(2, 5, 1), "table"));
            large = onFx(() -> measure(LargeWorkshop.of(10, 100, 1), "table"));
            smallMap = onFx(() -> measure(LargeWorkshop.of(2, 5, 1), "map"));
            largeMap = onFx(() -> measure(LargeWorkshop.of(10, 100, 1), "map"));
        }
        System.out.printf("Journey page, one rename until the page shows it (JDK %s, medians of %d):%n", Runtime.version(), RUNS);
        System.out.printf("  Edit tab (table, form; map laid out)   10 touchpoints %7.2f ms   1,000 touchpoints %7.2f ms   ratio %.2f (target <= 1.5)%n",
                small, large, large / small);
        System.out.printf("  Map tab (map laid out and painted)     10 touchpoints %7.2f ms   1,000 touchpoints %7.2f ms   ratio %.2f (target <= 1.5)%n",
                smallMap, largeMap, largeMap / smallMap);
        Platform.exit();
    }

    private interface FxWork {
        double run() throws Exception;
    }

    private static double onFx(FxWork work) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    /** Median time of a rename of the selected touchpoint until the page's table cell shows the name. */
    private static double measure(Workshop workshop, String tab) {
        Fonts.loadBundled();
        WorkshopDocument document = new WorkshopDocument(workshop, null);
        JourneyViewModel vm = new JourneyViewModel(document);
        JourneyView view = new JourneyView(vm, new Texts(Language.SIMPLIFIED_CHINESE), null, TaskRunner.IMMEDIATE, () -> Path.of("."));
        Stage stage = new Stage();
        stage.setScene(new Scene(view.root(), 1000, 800));
        stage.show();
        if (tab.equals("map")) {
            view.showMap();
        }
        Parent root = view.root();
        root.applyCss();
        root.layout();
        // the touchpoint in the middle of the journey: in the middle stage, shown in the table
        String stageId = workshop.journey().stages().get(workshop.journey().stages().size() / 2).id();
        Touchpoint target = workshop.journey().stage(stageId).orElseThrow().touchpoints().getFirst();
        vm.moveSelection(stageId, target.id());
        root.applyCss();
        root.layout();
        double[] times = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            String name = "改名 renamed " + i;
            long start = System.nanoTime();
            vm.change(target.id(), "journey.change.name", t -> t.withName(name));
            root.applyCss();
            root.layout();
            if (!shows(root, name, tab)) {
                throw new IllegalStateException("the page does not show the new name " + name);
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        stage.hide();
        vm.dispose();
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static boolean shows(Parent root, String name, String tab) {
        if (tab.equals("map")) {
            return true; // the map is laid out and painted synchronously on the change; the table is hidden
        }
        return root.lookupAll(".table-cell").stream()
                .anyMatch(n -> n instanceof TableCell<?, ?> cell && name.equals(cell.getText()));
    }
}
