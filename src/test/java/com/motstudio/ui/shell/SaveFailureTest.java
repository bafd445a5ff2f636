package com.motstudio.ui.shell;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.store.FailingWrites;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Settings;
import com.motstudio.store.SettingsStore;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import com.motstudio.ui.prefs.PreferencesModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Save and autosave failures of any kind are told to the user once, and nothing unsaved is dropped. */
class SaveFailureTest {
    @TempDir
    Path folder;

    private final FakeDialogs dialogs = new FakeDialogs();

    private ShellViewModel shell(WorkshopStore store, Language language) {
        SettingsStore settings = new SettingsStore(folder.resolve("config"));
        PreferencesModel preferences = new PreferencesModel(Settings.defaults(language.tag()), settings);
        ShellViewModel vm = new ShellViewModel(store, dialogs.dialogs(), TaskRunner.IMMEDIATE, new Texts(language), preferences, null);
        vm.show(new WorkshopDocument(Workshop.blank(language.tag(), "Customer"), folder.resolve("w.mot.json")), null);
        vm.document().apply("rename", w -> w.withInfo(w.info().withTitle("Counter audit")));
        return vm;
    }

    @Test
    void aRuntimeExceptionWhileSavingGivesAMessageAndTheWorkshopStaysOpenAndUnsaved() {
        ShellViewModel vm = shell(FailingWrites.store(1, () -> new IllegalStateException("nesting deeper than 64")), Language.ENGLISH);
        boolean[] then = {false};
        vm.save(() -> then[0] = true);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The workshop could not be saved: Something went wrong inside MOT Studio. Nothing was lost")
                .contains("IllegalStateException: nesting deeper than 64");
        assertThat(then[0]).as("what waited for the save (a quit, a close) does not happen").isFalse();
        assertThat(vm.document().isDirty()).isTrue();
        assertThat(vm.document().current().info().title()).isEqualTo("Counter audit");
        assertThat(folder.resolve("w.mot.json")).doesNotExist();

        vm.save(() -> then[0] = true);
        assertThat(then[0]).isTrue();
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(new WorkshopStore().open(folder.resolve("w.mot.json"))).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void runningOutOfMemoryWhileSavingSaysSoInTheUsersLanguage() {
        ShellViewModel vm = shell(FailingWrites.store(1, () -> new OutOfMemoryError("Java heap space")), Language.SIMPLIFIED_CHINESE);
        vm.save(() -> { });
        assertThat(dialogs.errors).singleElement().asString().startsWith("无法保存工作坊: MOT Studio 内存不足").doesNotContain("Java heap space");
        assertThat(vm.document().isDirty()).isTrue();
    }

    @Test
    void anAutosaveFailureIsToldOnceAndShownUntilAnAutosaveWorksAgain() {
        ShellViewModel vm = shell(new WorkshopStore(), Language.TRADITIONAL_CHINESE);
        vm.autosaveFailed(new IllegalStateException("printer"));
        vm.autosaveFailed(new IllegalStateException("printer"));
        vm.autosaveFailed(new java.io.IOException("No space left on device"));
        assertThat(dialogs.errors).singleElement().asString().startsWith("自動備份失敗: 未儲存變更的復原副本無法寫入").contains("printer");
        assertThat(vm.autosaveProblemProperty().get().reason()).isEqualTo("No space left on device");

        Instant at = Instant.parse("2026-03-14T10:00:00Z");
        vm.autosaved(at);
        assertThat(vm.autosaveProblemProperty().get()).isNull();
        assertThat(vm.lastAutosaveProperty().get()).isEqualTo(at);

        vm.autosaveFailed(new IllegalStateException("again"));
        assertThat(dialogs.errors).as("a new run of failures is told again").hasSize(2);
    }

    @Test
    void anAutosaveFailureIsNoLongerShownOnceNothingIsUnsaved() {
        ShellViewModel vm = shell(new WorkshopStore(), Language.ENGLISH);
        vm.autosaveFailed(new IllegalStateException("printer"));
        vm.save(() -> { });
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(vm.autosaveProblemProperty().get()).isNull();
        vm.autosaveFailed(new IllegalStateException("a tick that ran before the save"));
        assertThat(vm.autosaveProblemProperty().get()).isNull();
        assertThat(dialogs.errors).hasSize(1);
    }
}
