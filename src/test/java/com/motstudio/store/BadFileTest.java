package com.motstudio.store;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.motstudio.store.FileProblem.Kind;
import static org.assertj.core.api.Assertions.assertThat;

/** Files that are missing, unreadable, too big, not text or not JSON: refused with what and where. */
class BadFileTest {
    @TempDir
    Path folder;

    private final FailingFileOps ops = new FailingFileOps();
    private final WorkshopStore store = new WorkshopStore(ops, Migrations.standard());
    private final Texts english = new Texts(Language.ENGLISH);
    private final Texts chinese = new Texts(Language.SIMPLIFIED_CHINESE);
    private Refusals refused;

    @BeforeEach
    void setUp() {
        refused = new Refusals(store, folder);
    }

    private FileProblem openOnly(Path file, Kind kind) {
        return Refusals.only(((LoadResult.Refused) store.open(file)).problems(), kind);
    }

    @Test
    void aMissingFileAndAFolder() {
        assertThat(openOnly(folder.resolve("none.mot.json"), Kind.NOT_FOUND).describe(english)).startsWith("The file does not exist");
        openOnly(folder, Kind.NOT_A_FILE);
    }

    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        Path file = Files.writeString(folder.resolve("locked.mot.json"), refused.good());
        ops.onRead = new AccessDeniedException(file.toString(), null, "Permission denied");
        assertThat(openOnly(file, Kind.ACCESS_DENIED).describe(english)).startsWith("You do not have permission to read this file.");
        assertThat(Files.readString(file)).isEqualTo(refused.good());
    }

    @Test
    void anEmptyOrBlankFile() throws Exception {
        refused.only("", Kind.EMPTY);
        refused.only(" \n\t ", Kind.EMPTY);
        assertThat(Refusals.only(refused.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}), Kind.EMPTY)
                .describe(chinese)).isEqualTo("文件是空的。");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = folder.resolve("huge.mot.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(Limits.MAX_FILE_BYTES + 1);
        }
        ops.onRead = new java.io.IOException("must not be read");
        assertThat(openOnly(file, Kind.TOO_LARGE).describe(english)).contains("50.0 MB", "up to 50.0 MB");
        assertThat(Files.size(file)).isEqualTo(Limits.MAX_FILE_BYTES + 1);
    }

    @Test
    void aBinaryFileNamesTheByteOffset() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        FileProblem p = Refusals.only(refused.of(png), Kind.NOT_TEXT);
        assertThat(p.args()).containsExactly("0"); // 0x89 is not UTF-8: the first byte already
        assertThat(p.describe(english)).contains("offset 0");
    }

    @Test
    void textInAnotherEncodingNamesTheByteOffset() throws Exception {
        byte[] latin1 = "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Refusals.only(refused.of(latin1), Kind.NOT_TEXT).args()).containsExactly("15");
        byte[] utf16 = "{\"format\": \"mot-studio-workshop\"}".getBytes(StandardCharsets.UTF_16);
        assertThat(Refusals.only(refused.of(utf16), Kind.NOT_TEXT).args()).containsExactly("0");
    }

    @Test
    void brokenJsonSaysLineAndCharacterColumn() throws Exception {
        FileProblem p = refused.only("""
                {
                  "format": "mot-studio-workshop",
                  "formatVersion": 1,
                  "info": {"title": "工作坊" "sector": "x"}
                }
                """, Kind.UNEXPECTED);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).as("counted in characters, not UTF-8 bytes").isEqualTo(27);
        assertThat(p.describe(english)).isEqualTo("line 4, column 27: The JSON is broken here: \"\"\" was not expected;"
                + " a comma, quote or bracket may be missing.");
        assertThat(p.describe(chinese)).startsWith("第 4 行第 27 列：此处 JSON 格式有误");
    }

    @Test
    void aBareWordIsNamed() throws Exception {
        FileProblem p = refused.only("{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1, \"info\": none}", Kind.UNEXPECTED);
        assertThat(p.args()).containsExactly("none");
        assertThat(p.column()).as("where the word starts").isEqualTo(63);
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarlyAndWhere() throws Exception {
        String json = refused.good();
        String half = json.substring(0, json.length() / 2);
        FileProblem p = refused.only(half, Kind.TRUNCATED);
        assertThat(p.line()).isEqualTo(half.chars().filter(c -> c == '\n').count() + 1);
        assertThat(p.describe(english)).contains("ends too early");
    }

    @Test
    void dataAfterTheEnd() throws Exception {
        String json = refused.good();
        assertThat(refused.only(json + json, Kind.TRAILING_DATA).line()).isEqualTo(json.lines().count() + 1);
    }

    @Test
    void aFieldTwiceInOneObject() throws Exception {
        FileProblem p = refused.only("{\"format\": \"mot-studio-workshop\",\n \"formatVersion\": 1,\n \"formatVersion\": 2}",
                Kind.DUPLICATE_KEY);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.describe(english)).contains("\"formatVersion\" appears twice");
    }

    @Test
    void tooDeeplyNested() throws Exception {
        String deep = "{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1,\n \"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        FileProblem p = refused.only(deep, Kind.TOO_DEEP);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.describe(english)).contains("more than 100 levels");
    }

    @Test
    void anAbsurdlyLongNumber() throws Exception {
        FileProblem p = refused.only("{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1" + "0".repeat(200) + "}", Kind.TOO_LONG);
        assertThat(p.describe(english)).contains("numbers up to 100 digits");
    }
}
