package com.motstudio.ui.shell;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.store.Settings;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.FxTaskRunner;
import com.motstudio.ui.export.ExportViewModel;
import com.motstudio.ui.prefs.PreferencesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A long export or preview never holds up a save: they run on different threads of the app's task runner. */
class SaveDuringPreviewTest {
    @TempDir
    Path folder;

    @Test
    void aSaveCompletesWhileThePreviewWaitsBehindALongRender() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(); // stands in for the FX thread
        try (FxTaskRunner runner = new FxTaskRunner(ui)) {
            CountDownLatch longRenderMayEnd = new CountDownLatch(1);
            runner.renders().run(() -> longRenderMayEnd.await(60, TimeUnit.SECONDS), done -> { }, failed -> { });

            Path file = folder.resolve("audit.mot.json");
            WorkshopDocument document = new WorkshopDocument(Workshop.blank("en", "Customer"), file);
            PreferencesModel preferences = new PreferencesModel(Settings.defaults("en"), new SettingsStore(folder.resolve("config")));
            ShellViewModel shell = new ShellViewModel(new WorkshopStore(), new FakeDialogs().dialogs(), runner,
                    new Texts(Language.ENGLISH), preferences, null);
            ExportViewModel export = new ExportViewModel(document, runner, ui, () -> LocalDate.of(2026, 5, 4));
            CountDownLatch saved = new CountDownLatch(1);
            ui.submit(() -> {
                shell.show(document, null);
                document.apply("rename", w -> w.withInfo(w.info().withTitle("Saved during a preview")));
                export.refreshPreview();
                shell.save(saved::countDown);
            }).get();

            assertThat(saved.await(60, TimeUnit.SECONDS)).as("the save finished").isTrue();
            assertThat(file).content().contains("Saved during a preview");
            assertThat(ui.submit(() -> document.isDirty()).get()).isFalse();
            assertThat(ui.submit(() -> export.previewingProperty().get()).get()).as("the preview still waits").isTrue();

            longRenderMayEnd.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (ui.submit(() -> export.previewingProperty().get()).get() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(ui.submit(() -> export.previewProperty().get() != null).get()).as("the preview came after").isTrue();
        } finally {
            ui.shutdownNow();
        }
    }
}
