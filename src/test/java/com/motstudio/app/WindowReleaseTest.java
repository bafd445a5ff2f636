package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.MainWindow;
import com.motstudio.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.motstudio.app.GalleryWalk.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A main window that is replaced (rebuilt for another text size or language, or a whole new main
 * stage on the same stage) leaves nothing holding it: the garbage collector takes it. Otherwise each
 * rebuild keeps a full window of pages in memory, and the full layout matrix runs out of heap.
 */
class WindowReleaseTest {
    @TempDir
    Path home;

    @AfterEach
    void restore() throws Exception {
        AppHarness.fitScreen(FxToolkit.registerPrimaryStage());
    }

    @Test
    void aWindowRebuiltForAnotherTextSizeOrLanguageAndAReplacedMainStageAreCollected() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<WeakReference<?>> replaced = rebuildTwice(stage);
        AppHarness second = fx(() -> new AppHarness(stage, home.resolve("second"), s -> s.withTheme(ThemeChoice.DARK)));
        showFullWorkshop(second);
        assertThat(collected(replaced.get(0))).as("the window of a main stage replaced by another on the same stage").isTrue();
        assertThat(collected(replaced.get(1))).as("the replaced main stage").isTrue();
        assertThat(fx(() -> second.main.window().root().getScene())).isSameAs(stage.getScene());
    }

    /**
     * A main stage with a workshop, its window rebuilt for large text and then for Chinese (every
     * page and tab visited in the first and the last window, every page in the one between); the
     * replaced windows must be gone while the main stage lives on.
     * @return the last window and its main stage, for the caller to replace with a second harness
     */
    private List<WeakReference<?>> rebuildTwice(Stage stage) throws Exception {
        AppHarness first = fx(() -> new AppHarness(stage, home.resolve("first"), s -> s.withTheme(ThemeChoice.LIGHT)));
        showFullWorkshop(first);
        visitEveryPageAndTab(first);
        WeakReference<MainWindow> normal = new WeakReference<>(fx(first.main::window));
        fx(() -> {
            first.preferences.update(s -> s.withTextSize(TextSize.LARGE));
            return null;
        });
        assertThat(fx(first.main::window)).as("a text-size change builds a new window").isNotSameAs(normal.get());
        visitEveryPage(first, false);
        WeakReference<MainWindow> large = new WeakReference<>(fx(first.main::window));
        fx(() -> {
            first.preferences.update(s -> s.withLanguage(Language.SIMPLIFIED_CHINESE.tag()));
            return null;
        });
        visitEveryPageAndTab(first);
        assertThat(collected(normal)).as("the window replaced by the text-size change").isTrue();
        assertThat(collected(large)).as("the window replaced by the language change").isTrue();
        return List.of(new WeakReference<>(fx(first.main::window)), new WeakReference<>(first.main));
    }

    private static void showFullWorkshop(AppHarness app) throws Exception {
        fx(() -> {
            app.main.viewModel().show(new WorkshopDocument(FullWorkshop.create(Language.ENGLISH),
                    Path.of("/home/trainer/workshops/city-hall.mot.json")), null);
            return null;
        });
    }

    /** Each page of the window, and in it every tab of every tab pane (nested ones too). */
    private static void visitEveryPageAndTab(AppHarness app) throws Exception {
        visitEveryPage(app, true);
    }

    private static void visitEveryPage(AppHarness app, boolean andTabs) throws Exception {
        for (Page page : Page.values()) {
            fx(() -> {
                app.main.window().select(page);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (andTabs) {
                visitTabs(() -> app.main.window().root());
            }
        }
    }

    private interface Root {
        Parent get();
    }

    private static void visitTabs(Root root) throws Exception {
        List<TabPane> seen = new ArrayList<>();
        while (true) {
            TabPane next = fx(() -> {
                root.get().applyCss();
                root.get().layout();
                return unseen(root.get(), seen);
            });
            if (next == null) {
                return;
            }
            seen.add(next);
            int count = fx(() -> next.getTabs().size());
            for (int i = 0; i < count; i++) {
                int index = i;
                fx(() -> {
                    next.getSelectionModel().select(index);
                    next.applyCss();
                    next.layout();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
            }
            fx(() -> {
                next.getSelectionModel().select(0);
                return null;
            });
        }
    }

    /** The first shown tab pane below {@code node} not visited yet, or null. */
    private static TabPane unseen(Node node, List<TabPane> seen) {
        if (node instanceof TabPane tabs && !seen.contains(tabs)) {
            return tabs;
        }
        if (node instanceof TabPane tabs) {
            for (var tab : tabs.getTabs()) {
                TabPane inner = tab.getContent() == null ? null : unseen(tab.getContent(), seen);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                TabPane found = unseen(child, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Whether the object is gone after a bounded number of collections, with the FX thread given
     * a turn between them (a pulse may drop what the last frame still held).
     */
    private static boolean collected(WeakReference<?> ref) throws Exception {
        fx(() -> {
            AppHarness.forgetFiredEvents();
            return null;
        });
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            fx(() -> null);
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            Thread.sleep(20);
        }
        if (ref.get() != null && System.getProperty("mot.leakDump") != null) {
            dumpHeap(Path.of(System.getProperty("mot.leakDump")));
        }
        return ref.get() == null;
    }

    private static void dumpHeap(Path file) throws Exception {
        java.nio.file.Files.deleteIfExists(file);
        java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .dumpHeap(file.toString(), true);
    }
}
