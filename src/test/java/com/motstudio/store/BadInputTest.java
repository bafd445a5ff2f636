package com.motstudio.store;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad file is refused with what and where, and the file on disk is left as it was. */
class BadInputTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();
    private final Texts english = new Texts(Language.ENGLISH);

    private String good() {
        return new String(store.toJson(RichWorkshop.create(), null), StandardCharsets.UTF_8);
    }

    /** Opens the bytes as a file, checks it was refused and untouched, and returns its problems. */
    private List<FileProblem> refused(byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve("bad.mot.json"), bytes);
        LoadResult result = store.open(file);
        assertThat(result).isInstanceOf(LoadResult.Refused.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        return ((LoadResult.Refused) result).problems();
    }

    private List<FileProblem> refused(String text) throws Exception {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private FileProblem only(List<FileProblem> problems, FileProblem.Kind kind) {
        assertThat(problems).extracting(FileProblem::kind).containsExactly(kind);
        return problems.getFirst();
    }

    @Test
    void malformedJsonSaysLineAndColumn() throws Exception {
        FileProblem p = only(refused("{\n  \"format\": \"mot-studio-workshop\",\n  \"formatVersion\": 1,\n  \"info\": {\"title\" \"x\"}\n}"),
                FileProblem.Kind.MALFORMED);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(20);
        assertThat(p.describe(english)).startsWith("line 4, column 20: The JSON is broken here");
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarly() throws Exception {
        String json = good();
        FileProblem p = only(refused(json.substring(0, json.length() / 2)), FileProblem.Kind.TRUNCATED);
        assertThat(p.line()).isPositive();
        assertThat(p.describe(english)).contains("ends too early");
    }

    @Test
    void anEmptyOrBlankFile() throws Exception {
        only(refused(""), FileProblem.Kind.EMPTY);
        only(refused(" \n\t "), FileProblem.Kind.EMPTY);
    }

    @Test
    void aBinaryFileAndBadUtf8NameTheOffset() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThat(only(refused(png), FileProblem.Kind.NOT_TEXT).args()).containsExactly("8");
        byte[] latin1 = "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(only(refused(latin1), FileProblem.Kind.NOT_TEXT).args()).containsExactly("15");
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws Exception {
        Path file = folder.resolve("huge.mot.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(Limits.MAX_FILE_BYTES + 1);
        }
        LoadResult.Refused result = (LoadResult.Refused) store.open(file);
        assertThat(only(result.problems(), FileProblem.Kind.TOO_LARGE).describe(english)).contains("50.0 MB");
    }

    @Test
    void tooDeeplyNested() throws Exception {
        String deep = "{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1, \"x\": " + "[".repeat(500) + "]".repeat(500) + "}";
        FileProblem p = only(refused(deep), FileProblem.Kind.TOO_DEEP);
        assertThat(p.describe(english)).contains("100 levels");
    }

    @Test
    void notAWorkshopNoVersionAndNewerVersion() throws Exception {
        only(refused("[1, 2, 3]"), FileProblem.Kind.NOT_A_WORKSHOP);
        only(refused("{\"name\": \"package.json\"}"), FileProblem.Kind.NOT_A_WORKSHOP);
        only(refused("{\"format\": \"mot-studio-workshop\"}"), FileProblem.Kind.NO_VERSION);
        only(refused("{\"format\": \"mot-studio-workshop\", \"formatVersion\": \"1\"}"), FileProblem.Kind.NO_VERSION);
        FileProblem newer = only(refused(good().replace("\"formatVersion\": 1", "\"formatVersion\": 3")), FileProblem.Kind.NEWER_VERSION);
        assertThat(newer.describe(english)).contains("newer MOT Studio").contains("3").contains("1");
        assertThat(newer.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("更新版本");
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsPlace() throws Exception {
        FileProblem p = only(refused(good().replace("\"title\": \"某市政务服务大厅关键时刻工作坊\"", "\"title\": 42")),
                FileProblem.Kind.WRONG_TYPE);
        assertThat(p.path()).isEqualTo("info.title");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.describe(english)).contains("field info.title").contains("Expected text here, but found a whole number");
    }

    @Test
    void schemaViolationsAreAllListedWithTheirPaths() throws Exception {
        String json = good().replace("\"score\": -4", "\"score\": -9").replace("\"kind\": \"EXTERNAL\"", "\"kind\": \"ALIEN\"")
                .replace("\"accentColor\": \"#C0392B\"", "\"accentColor\": \"red\"");
        List<FileProblem> problems = refused(json);
        assertThat(problems).extracting(FileProblem::kind, FileProblem::path).contains(
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.OUT_OF_RANGE, "journey.stages[1].touchpoints[0].emotions[0].score"),
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.NOT_ALLOWED, "customerTypes[0].kind"),
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.BAD_FORMAT, "info.branding.accentColor"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aMissingIdIsAMissingField() throws Exception {
        List<FileProblem> problems = refused(good().replace("\"id\": \"au-1\",", ""));
        assertThat(problems).extracting(FileProblem::kind, FileProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.MISSING_FIELD, "monitoring.audits[0]"));
        assertThat(problems.getFirst().describe(english)).contains("\"id\"");
    }

    @Test
    void aDanglingReferenceNamesTheIdAndWhere() throws Exception {
        FileProblem p = only(refused(good().replaceFirst("\"touchpointId\": \"tp-2\",(\\s+)\"rationale\"",
                "\"touchpointId\": \"tp-404\",$1\"rationale\"")), FileProblem.Kind.DANGLING_REFERENCE);
        assertThat(p.path()).isEqualTo("keyMoments.moments[0].touchpointId");
        assertThat(p.line()).isPositive();
        assertThat(p.describe(english)).contains("\"tp-404\"").contains("no touchpoint with that id");
    }

    @Test
    void aDuplicateIdIsReported() throws Exception {
        List<FileProblem> problems = refused(good().replace("\"id\": \"ct-2\"", "\"id\": \"ct-1\""));
        assertThat(problems).extracting(FileProblem::kind, FileProblem::path).contains(
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.DUPLICATE_ID, "customerTypes"),
                org.assertj.core.groups.Tuple.tuple(FileProblem.Kind.DANGLING_REFERENCE,
                        "journey.stages[0].touchpoints[0].emotions[1].customerTypeId"));
    }

    @Test
    void manyProblemsAreCapped() throws Exception {
        StringBuilder stages = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            stages.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"name\": ").append(i).append('}');
        }
        List<FileProblem> problems = refused("{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1, \"journey\": {\"stages\": ["
                + stages + "]}}");
        assertThat(problems).hasSize(Limits.MAX_PROBLEMS + 1);
        assertThat(problems.getLast().describe(english)).contains("30 more");
    }

    @Test
    void aMissingFileOrAFolder() {
        assertThat(((LoadResult.Refused) store.open(folder.resolve("none.mot.json"))).problems())
                .extracting(FileProblem::kind).containsExactly(FileProblem.Kind.NOT_FOUND);
        assertThat(((LoadResult.Refused) store.open(folder)).problems())
                .extracting(FileProblem::kind).containsExactly(FileProblem.Kind.NOT_A_FILE);
    }
}
