package com.motstudio.cli;

import com.motstudio.model.Workshop;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Language language, String... args) {
        return CommandLineMain.run(args, new Texts(language), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path good() throws Exception {
        Path file = folder.resolve("good.mot.json");
        Workshop w = Workshop.blank("zh-CN", "办事群众");
        new WorkshopStore().save(w.withInfo(w.info().withTitle("政务大厅")), file, null);
        return file;
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aValidFileExitsZeroAndSaysSo() throws Exception {
        Path file = good();
        assertThat(run(Language.ENGLISH, "validate", file.toString())).isZero();
        assertThat(out.toString()).contains("good.mot.json").contains("valid").contains("0 stages");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void malformedJsonExitsOneWithLineAndColumn() throws Exception {
        Path file = write("broken.mot.json", "{\n  \"format\": \"mot-studio-workshop\",\n  \"formatVersion\": 1,\n  \"info\": {,\n}");
        assertThat(run(Language.ENGLISH, "validate", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("broken.mot.json").containsIgnoringCase("line 4");
    }

    @Test
    void anEmptyFileANewerVersionAndATruncatedFileAreEachReported() throws Exception {
        Path empty = write("empty.mot.json", "");
        Path newer = write("newer.mot.json", "{\"format\": \"mot-studio-workshop\", \"formatVersion\": 999}");
        Path truncated = write("cut.mot.json", Files.readString(good()).substring(0, 120));
        assertThat(run(Language.ENGLISH, "validate", empty.toString(), newer.toString(), truncated.toString())).isEqualTo(1);
        String errors = err.toString();
        assertThat(errors).contains("empty.mot.json").contains("newer.mot.json").contains("999").contains("cut.mot.json");
        assertThat(out.toString()).contains("0 valid, 3 with problems");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        assertThat(run(Language.ENGLISH, "validate", folder.resolve("nowhere.mot.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nowhere.mot.json");
    }

    @Test
    void oneGoodAndOneBadFileExitOne() throws Exception {
        Path bad = write("bad.mot.json", "not json at all");
        assertThat(run(Language.ENGLISH, "validate", good().toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("1 valid, 1 with problems");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run(Language.ENGLISH, "validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Wrong usage").contains("FILE");
        assertThat(run(Language.ENGLISH, "validate", "--no-such-option", "x")).isEqualTo(2);
    }

    @Test
    void messagesFollowTheLanguage() throws Exception {
        Path bad = write("坏文件.mot.json", "");
        assertThat(run(Language.SIMPLIFIED_CHINESE, "validate", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("坏文件.mot.json").contains("个问题");
    }

    @Test
    void versionAndHelp() {
        assertThat(run(Language.ENGLISH, "--version")).isZero();
        assertThat(out.toString()).startsWith("MOT Studio ").doesNotContain("unknown");
        assertThat(run(Language.ENGLISH, "--help")).isZero();
        assertThat(out.toString()).contains("validate").contains("Exit codes");
    }

    @Test
    void theEntryPointRecognisesCommands() {
        assertThat(CommandLineMain.handles(new String[] {"validate", "a"})).isTrue();
        assertThat(CommandLineMain.handles(new String[] {"--version"})).isTrue();
        assertThat(CommandLineMain.handles(new String[] {"workshop.mot.json"})).isFalse();
        assertThat(CommandLineMain.handles(new String[0])).isFalse();
    }
}
