package com.motstudio.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recent files as File ▸ Open recent and the start view list them. */
class RecentFileTest {
    @TempDir
    Path folder;

    @Test
    void aRecentFileShowsItsNameAndFolderAndWhetherItIsStillThere() throws Exception {
        Path kept = Files.writeString(folder.resolve("hall.mot.json"), "{}");
        Path gone = folder.resolve("moved.mot.json");
        List<RecentFile> files = RecentFile.of(List.of(kept.toString(), gone.toString()));
        assertThat(files).extracting(RecentFile::path).containsExactly(kept, gone);
        assertThat(files.getFirst().label()).isEqualTo("hall.mot.json  \u2014  " + folder.toAbsolutePath());
        assertThat(files).extracting(RecentFile::exists).containsExactly(true, false);
    }
}
