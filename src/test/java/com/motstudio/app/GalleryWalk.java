package com.motstudio.app;

import com.motstudio.testing.LayoutAudit;
import com.motstudio.testing.Snapshots;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Walks what a scene shows, tab by tab (nested tab panes too), auditing each state with
 * {@link LayoutAudit} and writing it to a gallery folder as {@code <name>-<tab>-<tab>.png}. Before a
 * state is audited, the first row of each list and table is chosen, so master-detail forms show filled.
 */
final class GalleryWalk {
    private final Path folder;
    private final boolean everyState;
    private final String matrixState;
    private final Consumer<String> report;

    /**
     * @param everyState false: only each page's first state is written (the published screenshots)
     * @param report     receives each problem as {@code <state>: <problem>}
     */
    GalleryWalk(Path folder, boolean everyState, String matrixState, Consumer<String> report) {
        this.folder = folder;
        this.everyState = everyState;
        this.matrixState = matrixState;
        this.report = report;
    }

    /**
     * Audits every tab of every tab pane found below {@code area} (or the scene as it is when there is none).
     * @param page a page of the main window: its first state is one of the published pictures
     */
    void walk(Scene scene, Node area, String name, boolean page) throws Exception {
        walk(scene, area, name, new ArrayList<>(), page);
    }

    private boolean walk(Scene scene, Node area, String name, List<TabPane> open, boolean first) throws Exception {
        TabPane next = fx(() -> {
            scene.getRoot().applyCss(); // a scene no window shows gets its skins (and so its children) only here
            scene.getRoot().layout();
            return nextTabPane(area, open);
        });
        if (next == null) {
            fx(() -> {
                selectFirstRows(area);
                return null;
            });
            audit(scene, name, first);
            return false;
        }
        open.add(next);
        int chosen = fx(() -> next.getSelectionModel().getSelectedIndex());
        int count = fx(() -> next.getTabs().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            Tab tab = fx(() -> next.getTabs().get(index));
            if (fx(tab::isDisable)) {
                continue;
            }
            fx(() -> {
                next.getSelectionModel().select(index);
                return null;
            });
            walk(scene, area, name + "-" + key(tab, index), open, first && i == 0);
        }
        fx(() -> {
            next.getSelectionModel().select(chosen);
            return null;
        });
        open.remove(next);
        return true;
    }

    /** Audits one state and writes its picture (when every state is pictured, or this one is published). */
    void audit(Scene scene, String name, boolean published) throws Exception {
        settle();
        List<String> found = fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> all = new ArrayList<>(LayoutAudit.problems(scene));
            all.addAll(LayoutAudit.accessibleProblems(scene));
            return all;
        });
        found.forEach(p -> report.accept(matrixState + " " + name + ": " + p));
        if (everyState || published) {
            WritableImage shot = fx(() -> scene.snapshot(null));
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writePng(shot, folder.resolve(name + ".png"));
        }
    }

    /**
     * Chooses the first row of every shown list and table that has none chosen: the forms beside
     * them are filled and enabled then, as a user sees them while working.
     */
    private static void selectFirstRows(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ListView<?> list && list.getSelectionModel() != null && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        if (node instanceof TableView<?> table && table.getSelectionModel() != null && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                selectFirstRows(child);
            }
        }
    }

    private static TabPane nextTabPane(Node node, List<TabPane> open) {
        if (!node.isVisible()) {
            return null;
        }
        if (node instanceof TabPane tabs && !open.contains(tabs) && !tabs.getTabs().isEmpty()) {
            return tabs;
        }
        if (node instanceof TabPane tabs && open.contains(tabs)) {
            Node content = tabs.getSelectionModel().getSelectedItem() == null ? null : tabs.getSelectionModel().getSelectedItem().getContent();
            return content == null ? null : nextTabPane(content, open);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                TabPane found = nextTabPane(child, open);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String key(Tab tab, int index) {
        String id = tab.getId();
        if (id == null || id.isBlank()) {
            return "tab" + (index + 1);
        }
        String[] parts = id.split("-tab-");
        return (parts.length == 2 ? parts[1] : id).replaceAll("[^A-Za-z0-9_-]", "");
    }

    /** Fast, light compression for the build's gallery; the smallest files for published pictures. */
    private void writePng(WritableImage shot, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(everyState ? 0.85f : 0f); // deflate level 1, or 9
        Files.deleteIfExists(file); // the stream writes over an old file without shortening it
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(Snapshots.toImage(shot), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Lets pending layout, CSS and posted work finish. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        FxToolkit.setupFixture(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
