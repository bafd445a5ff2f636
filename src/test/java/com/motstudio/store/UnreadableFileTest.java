package com.motstudio.store;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that cannot be read is refused with a sentence for a person: no permission and a link
 * loop each have their own; any other failure gives the system's words, never a Java class name.
 */
class UnreadableFileTest {
    @TempDir
    Path folder;

    private final FailingFileOps ops = new FailingFileOps();

    private FileProblem refusal(Path file) {
        LoadResult result = new WorkshopStore(ops, Migrations.standard()).open(file);
        assertThat(result).isInstanceOf(LoadResult.Refused.class);
        return ((LoadResult.Refused) result).problems().getFirst();
    }

    private Path workshop() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        new WorkshopStore().save(RichWorkshop.create(), file, null);
        return file;
    }

    @Test
    void noPermissionToReadIsSaidInEachLanguage() throws Exception {
        Path file = workshop();
        ops.onRead = new AccessDeniedException(file.toString()); // what reading a file of mode 000 throws
        FileProblem problem = refusal(file);
        assertThat(problem.kind()).isEqualTo(FileProblem.Kind.ACCESS_DENIED);
        assertThat(problem.describe(new Texts(Language.ENGLISH))).isEqualTo(
                "You do not have permission to read this file. Ask its owner for access, or open a copy you may read.");
        assertThat(problem.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("没有读取该文件的权限");
        assertThat(problem.describe(new Texts(Language.TRADITIONAL_CHINESE))).contains("沒有讀取此檔案的權限");
    }

    @Test
    void anyOtherReadFailureGivesTheSystemsWordsNotAClassName() throws Exception {
        Path file = workshop();
        ops.onRead = new IOException("Input/output error");
        String said = refusal(file).describe(new Texts(Language.ENGLISH));
        assertThat(said).contains("(Input/output error)").doesNotContain("IOException");
    }

    @Test
    void aSymbolicLinkLoopIsNotCalledMissing() throws Exception {
        Path a = folder.resolve("a.mot.json");
        try {
            Files.createSymbolicLink(a, folder.resolve("b.mot.json"));
            Files.createSymbolicLink(folder.resolve("b.mot.json"), a);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to check
        }
        assertThat(refusal(a).kind()).isEqualTo(FileProblem.Kind.LINK_LOOP);
        assertThat(refusal(folder.resolve("missing.mot.json")).kind()).isEqualTo(FileProblem.Kind.NOT_FOUND);
        Files.createSymbolicLink(folder.resolve("dangling.mot.json"), folder.resolve("gone.mot.json"));
        assertThat(refusal(folder.resolve("dangling.mot.json")).kind()).as("a link to nothing is not a loop")
                .isEqualTo(FileProblem.Kind.NOT_FOUND);
    }
}
