package com.motstudio.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} on any file: it answers valid (0) or invalid (1) with the app's own messages,
 * never an exception, a stack trace or a Java class name. Runs the committed inputs in every build.
 */
class ValidateFuzzTest {
    private static final Path FILE = temporaryFile();

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("validate-fuzz", ".mot.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void validate(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineMain.run(new String[] {"validate", FILE.toString()}, new Texts(Language.SIMPLIFIED_CHINESE),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isIn(ExitCodes.OK, ExitCodes.INVALID);
        String said = out + "\n" + err;
        assertThat(said).doesNotContain("Exception", "java.", "com.motstudio", "com.fasterxml", "\tat ");
        assertThat(said).doesNotContain("无法理解这个文件");
    }
}
