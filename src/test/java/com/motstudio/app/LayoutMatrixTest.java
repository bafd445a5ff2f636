package com.motstudio.app;

import atlantafx.base.theme.PrimerLight;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.motstudio.app.GalleryWalk.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real main window with a workshop that has data in every step, walked page by page and tab by
 * tab at each window size, text size, theme and language, audited by {@code LayoutAudit}: no cut text,
 * no control out of reach, no overlap, readable contrast, a name for every focusable control.
 * Every state is written to {@code target/layout-gallery/<lang>-<theme>-<size>-<text>/<page>-<tab>.png}.
 * A representative subset runs in every build; {@code -Dmot.layoutMatrix=full} runs the whole matrix, and any
 * other value is a regular expression that picks states by name ({@code -Dmot.layoutMatrix='en-.*-large'}).
 * {@code -Dmot.layoutGallery=docs/screenshots/layout} writes only each page's first tab there, flat.
 */
class LayoutMatrixTest {
    /** A window size: a classroom projector, a small laptop, the common office laptop, a desktop. */
    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** One cell of the matrix. */
    record Look(Language language, ThemeChoice theme, Size size, TextSize text) {
        String name() {
            return language.tag() + "-" + theme.name().toLowerCase() + "-" + size + "-" + text.name().toLowerCase();
        }
    }

    static final List<Size> SIZES = List.of(new Size(1024, 768), new Size(1280, 720), new Size(1366, 768), new Size(1920, 1080));

    @TempDir
    Path home;

    /** The subset run in every build: the projector in the hardest setting, and the office laptop in the plainest. */
    static List<Look> subset() {
        return List.of(new Look(Language.SIMPLIFIED_CHINESE, ThemeChoice.DARK, SIZES.get(0), TextSize.LARGE),
                new Look(Language.ENGLISH, ThemeChoice.LIGHT, SIZES.get(2), TextSize.NORMAL));
    }

    static List<Look> full() {
        List<Look> looks = new ArrayList<>();
        for (Language language : List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE, Language.ENGLISH)) {
            for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
                for (TextSize text : TextSize.values()) {
                    for (Size size : SIZES) {
                        looks.add(new Look(language, theme, size, text));
                    }
                }
            }
        }
        return looks;
    }

    @AfterEach
    void restore() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppHarness.fitScreen(stage);
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void everyPageAndTabFitsEveryWindowTextSizeThemeAndLanguage() throws Exception {
        String choice = System.getProperty("mot.layoutMatrix", "");
        boolean fullMatrix = !choice.isEmpty();
        String publish = System.getProperty("mot.layoutGallery");
        Path gallery = Path.of(publish == null ? "target/layout-gallery" : publish);
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        Stage stage = FxToolkit.registerPrimaryStage();
        Map<String, List<Look>> bySetting = new LinkedHashMap<>(); // one window per language, theme and text size
        for (Look look : fullMatrix ? full() : subset()) {
            if (fullMatrix && !choice.equals("full") && !look.name().matches(choice)) {
                continue;
            }
            bySetting.computeIfAbsent(look.language() + "/" + look.theme() + "/" + look.text(), k -> new ArrayList<>()).add(look);
        }
        for (List<Look> looks : bySetting.values()) {
            walk(stage, looks, look -> new GalleryWalk(publish == null ? gallery.resolve(look.name()) : gallery, publish == null,
                    look.name(), problems::add), look -> publish == null ? "" : look.name() + "-");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Path list = Files.createDirectories(Path.of("target/layout-gallery")).resolve("problems.txt");
        Files.write(list, problems);
        System.out.println("Layout matrix: " + (fullMatrix ? choice : "subset") + " in " + seconds + " s, "
                + problems.size() + " problems, listed in " + list);
        assertThat(problems).as("layout problems (also in %s), grouped:%n%s", list, grouped(problems)).isEmpty();
    }

    /** Walks one window (a language, theme and text size) at each of the looks' sizes: the start view, every page and the dialogs. */
    private void walk(Stage stage, List<Look> looks, Function<Look, GalleryWalk> galleries, Function<Look, String> prefixes) throws Exception {
        Look first = looks.getFirst();
        Path folder = Files.createDirectories(home.resolve(first.name()));
        AppHarness app = fx(() -> new AppHarness(stage, folder,
                s -> s.withLanguage(first.language().tag()).withTheme(first.theme()).withTextSize(first.text())));
        for (Look look : looks) {
            Scene scene = show(stage, look.size());
            galleries.apply(look).audit(scene, prefixes.apply(look) + "start", false);
        }
        fx(() -> {
            app.main.viewModel().show(new WorkshopDocument(FullWorkshop.create(first.language()),
                    Path.of("/home/trainer/workshops/city-hall.mot.json")), null);
            return null;
        });
        for (Look look : looks) {
            Scene scene = show(stage, look.size());
            GalleryWalk gallery = galleries.apply(look);
            for (Page page : Page.values()) {
                fx(() -> {
                    app.main.window().select(page);
                    return null;
                });
                gallery.walk(scene, scene.getRoot(), prefixes.apply(look) + page.key(), true);
            }
            if (scene.getWindow() == stage) { // dialogs need the real window; they do not depend on its size
                DialogAudit dialogs = new DialogAudit(stage, gallery, prefixes.apply(look));
                dialogs.all();
                dialogs.imports(app, look.language().tag());
            }
        }
        show(stage, SIZES.getFirst()); // the next harness replaces this window: nothing keeps it (WindowReleaseTest)
    }

    /**
     * The scene showing the main window at this size. The headless screen is 1000 × 1000 pixels and
     * copies each painted frame into its buffer, which a window taller than the screen overruns, so
     * 1920 × 1080 is laid out and pictured in a scene of that size that no window shows.
     */
    private static Scene show(Stage stage, Size size) throws Exception {
        return fx(() -> {
            Scene shown = stage.getScene();
            if (offscreen != null) { // the main window's root returns to its window
                Parent root = offscreen.getRoot();
                offscreen.setRoot(new Pane());
                offscreen = null;
                shown.setRoot(root);
            }
            if ((size.height() - 1) * 1000 + size.width() < 1_000_000) {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size.width());
                stage.setHeight(size.height());
                return shown;
            }
            Parent root = shown.getRoot();
            shown.setRoot(new Pane());
            offscreen = new Scene(root, size.width(), size.height());
            offscreen.getStylesheets().setAll(shown.getStylesheets());
            return offscreen;
        });
    }

    /** The scene that holds the main window's root while it is laid out larger than the headless screen. */
    private static Scene offscreen;

    /** The same problem seen in many states is listed once, with how many and the first state. */
    static String grouped(List<String> problems) {
        Map<String, List<String>> byProblem = new LinkedHashMap<>();
        for (String p : problems) {
            int colon = p.indexOf(": ");
            String state = p.substring(0, colon);
            byProblem.computeIfAbsent(p.substring(colon + 2), k -> new ArrayList<>()).add(state);
        }
        StringBuilder s = new StringBuilder();
        byProblem.forEach((problem, states) -> s.append("- ").append(problem).append("\n    in ").append(states.size())
                .append(states.size() == 1 ? " state: " : " states, first: ").append(states.getFirst()).append('\n'));
        return s.toString();
    }
}
