package com.motstudio.store;

import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Typing or pasting can grow a workshop past what Open accepts: such a file is never written. */
class TooLargeSaveTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();

    /** Three notes of 18 MB each: every text is within the reader's 20 MB, the whole is not within 50 MB. */
    private static Workshop overTheLimit() {
        Workshop w = Workshop.blank("zh-CN", "顾客");
        String big = "备".repeat(6 * 1024 * 1024); // 3 bytes each in UTF-8
        return w.withInfo(w.info().withNotes(big).withTitle(big).withOrganization(big));
    }

    @Test
    void aSaveThatWouldPassTheOpenLimitIsRefusedAndTheLastFileStays() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        Workshop small = Workshop.blank("zh-CN", "顾客");
        SavedFile saved = store.save(small, file, null);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> store.save(overTheLimit(), file, saved))
                .isInstanceOfSatisfying(SaveException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SaveException.Reason.TOO_LARGE);
                    assertThat(e.describe(new Texts(Language.ENGLISH))).contains("hall.mot.json", "54.0 MB", "50.0 MB");
                    assertThat(e.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("54.0 MB", "50.0 MB");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.open(file)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void noRecoveryCopyIsWrittenThatCouldNotBeRestored() throws Exception {
        RecoveryStore recovery = new RecoveryStore(folder.resolve("recovery"), store);
        recovery.write(Workshop.blank("zh-CN", "顾客"), null, Instant.parse("2026-12-06T10:00:00Z"));
        byte[] before = Files.readAllBytes(recovery.ownCopy());
        assertThatThrownBy(() -> recovery.write(overTheLimit(), null, Instant.parse("2026-12-06T10:00:30Z")))
                .isInstanceOf(SaveException.class);
        assertThat(Files.readAllBytes(recovery.ownCopy())).isEqualTo(before);
    }
}
