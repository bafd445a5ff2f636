package com.motstudio.store;

import com.motstudio.bench.KillDuringSave;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real process saving in a loop is killed (SIGKILL) at random moments: every time the workshop
 * and its .bak open whole, and the next save leaves no temporary file. A few kills here; the
 * harness runs any number (see {@link KillDuringSave}).
 */
class KillDuringSaveTest {
    @TempDir
    Path folder;

    @Test
    void aKillAtAnyMomentLeavesAWholeFileAndBackupAndTheNextSaveTidiesUp() throws Exception {
        KillDuringSave.Tally tally = KillDuringSave.run(folder, 5, 4, 500, sofar -> { });
        assertThat(tally.clean()).as(tally.toString()).isTrue();
        assertThat(tally.kills()).isEqualTo(5);
    }
}
