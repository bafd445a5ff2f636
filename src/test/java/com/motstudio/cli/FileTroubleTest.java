package com.motstudio.cli;

import com.motstudio.model.Workshop;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Permission denied, a symbolic-link loop and a file name the OS cannot encode each get a plain
 * sentence of their own, in the user's language, from every command that opens or writes a file —
 * never a Java class name.
 */
class FileTroubleTest {
    @TempDir
    Path folder;

    private Path workshop;
    private String out;
    private String err;

    @BeforeEach
    void saveWorkshop() throws Exception {
        workshop = folder.resolve("hall.mot.json");
        new WorkshopStore().save(Workshop.blank("en", "Citizen"), workshop, null);
    }

    private int run(Language language, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = CommandLineMain.run(args, new Texts(language), new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        assertThat(out + err).as("no Java class names").doesNotContain("Exception")
                .doesNotContainPattern("\\b(java|javax|sun|picocli|com\\.motstudio)\\.[a-z]");
        return code;
    }

    private static List<String[]> everyOpen(Path file) {
        return List.of(new String[] {"validate", file.toString()}, new String[] {"analyze", file.toString()},
                new String[] {"export", "-d", "action-plan", "-o", file.resolveSibling("x.pdf").toString(), file.toString()});
    }

    private Path loop() throws Exception {
        Path a = folder.resolve("a.mot.json");
        Path b = folder.resolve("b.mot.json");
        try {
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not allowed here");
        }
        return a;
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsSuchWhenOpening() throws Exception {
        Path a = loop();
        for (String[] args : everyOpen(a)) {
            assertThat(run(Language.ENGLISH, args)).as(args[0]).isEqualTo(ExitCodes.INVALID);
            assertThat(err).as(args[0]).contains(a + ": 1 problem")
                    .contains("This name is a symbolic link that leads round in a loop, so there is no file behind it.")
                    .doesNotContain("does not exist");
        }
        run(Language.SIMPLIFIED_CHINESE, "validate", a.toString());
        assertThat(err).contains("循环符号链接");
        run(Language.TRADITIONAL_CHINESE, "validate", folder.resolve("a.mot.json").resolve("inside.mot.json").toString());
        assertThat(err).as("a loop on the way to the file").contains("循環符號連結");
    }

    @Test
    void anExportToASymbolicLinkLoopSaysSo() throws Exception {
        Path a = loop();
        assertThat(run(Language.ENGLISH, "export", "-d", "action-plan", "-o", a.toString(), workshop.toString()))
                .isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(err).contains("Could not write " + a + ": it is a symbolic link that leads round in a loop.");
        run(Language.SIMPLIFIED_CHINESE, "export", "-d", "action-plan", "-o", a.toString(), workshop.toString());
        assertThat(err).contains("无法写入").contains("循环符号链接");
    }

    private static boolean permissionsBind(Path folder) {
        // root reads and writes whatever the modes say; a file system without modes has nothing to deny
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix") && !"root".equals(System.getProperty("user.name"));
    }

    @Test
    void aFileYouMayNotReadIsNamedAsSuch() throws Exception {
        assumeTrue(permissionsBind(folder), "permissions are enforced for this user");
        Files.setPosixFilePermissions(workshop, PosixFilePermissions.fromString("---------"));
        for (String[] args : everyOpen(workshop)) {
            assertThat(run(Language.ENGLISH, args)).as(args[0]).isEqualTo(ExitCodes.INVALID);
            assertThat(err).as(args[0]).contains("You do not have permission to read this file.");
        }
        run(Language.TRADITIONAL_CHINESE, "validate", workshop.toString());
        assertThat(err).contains("您沒有讀取此檔案的權限");
    }

    @Test
    void anExportIntoAFolderYouMayNotWriteIsNamedAsSuch() throws Exception {
        assumeTrue(permissionsBind(folder), "permissions are enforced for this user");
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        Path pdf = locked.resolve("plan.pdf");
        assertThat(run(Language.ENGLISH, "export", "-d", "action-plan", "-o", pdf.toString(), workshop.toString()))
                .isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(err).contains("Could not write " + pdf + ": permission denied.");
    }

    @Test
    void aFileNameTheSystemCannotHoldGetsASentenceInEachLanguage() {
        String bad = "hall\u0000.mot.json"; // no system holds NUL in a name: the same refusal as an unencodable name
        assertThat(run(Language.ENGLISH, "validate", bad)).isEqualTo(ExitCodes.USAGE);
        assertThat(err).startsWith("Cannot use the file name \"hall").contains("Run with a UTF-8 locale");
        assertThat(run(Language.SIMPLIFIED_CHINESE, "analyze", bad)).isEqualTo(ExitCodes.USAGE);
        assertThat(err).startsWith("无法使用文件名");
        assertThat(run(Language.TRADITIONAL_CHINESE, "export", "-d", "action-plan", "-o", bad, workshop.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err).startsWith("無法使用檔名");
    }

    /** The real case: a Chinese file name given to a command line running in the POSIX "C" locale. */
    @Test
    void aChineseFileNameUnderLangCGetsThePlainSentence() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX locale");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommandLineMain.class.getName(), "validate", folder.resolve("报告.mot.json").toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LANG", "C");
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(output.contains("Cannot use the file name") || !output.contains("报告"),
                "this system's file names could hold the name after all");
        assertThat(cli.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(output).contains("Cannot use the file name").contains("Run with a UTF-8 locale")
                .doesNotContain("Exception").doesNotContain("java.nio");
    }

    /** Running out of memory is said in a sentence with what to do, never as a stack trace. */
    @Test
    void runningOutOfMemoryIsSaidPlainly() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path pdf = folder.resolve("plan.pdf");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx20m", "-Djava.awt.headless=true", "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), CommandLineMain.class.getName(),
                "export", "-d", "report", "-o", pdf.toString(), workshop.toString()).redirectErrorStream(true);
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(output).isEqualTo(ExitCodes.INTERNAL);
        assertThat(output).contains("ran out of memory", "-Xmx").doesNotContain("Exception").doesNotContain("OutOfMemoryError");
        assertThat(pdf).doesNotExist();
    }
}
