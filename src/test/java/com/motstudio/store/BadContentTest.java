package com.motstudio.store;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.motstudio.store.FileProblem.Kind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Valid JSON that is not a valid workshop: refused with every problem, its field path and its line. */
class BadContentTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();
    private final Texts english = new Texts(Language.ENGLISH);
    private Refusals refused;
    private String good;

    @BeforeEach
    void setUp() {
        refused = new Refusals(store, folder);
        good = refused.good();
    }

    @Test
    void notAWorkshop() throws Exception {
        refused.only("[1, 2, 3]", Kind.NOT_A_WORKSHOP);
        FileProblem p = refused.only("{\"name\": \"package.json\"}", Kind.NOT_A_WORKSHOP);
        assertThat(p.describe(english)).contains("\"format\" field must be \"mot-studio-workshop\"");
    }

    @Test
    void noUsableVersion() throws Exception {
        refused.only("{\"format\": \"mot-studio-workshop\"}", Kind.NO_VERSION);
        refused.only("{\"format\": \"mot-studio-workshop\", \"formatVersion\": \"1\"}", Kind.NO_VERSION);
        refused.only("{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1.5}", Kind.NO_VERSION);
    }

    @Test
    void aNewerVersionNamesBothVersions() throws Exception {
        FileProblem p = refused.only(good.replace("\"formatVersion\": 1", "\"formatVersion\": 3"), Kind.NEWER_VERSION);
        assertThat(p.describe(english)).contains("made by a newer MOT Studio", "version 3", "up to version 1");
        assertThat(p.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("更新版本的 MOT Studio", "版本为 3", "版本 1");
        assertThat(p.describe(new Texts(Language.TRADITIONAL_CHINESE))).contains("較新版本的 MOT Studio");
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsLine() throws Exception {
        FileProblem p = refused.only(good.replace("\"title\": \"某市政务服务大厅关键时刻工作坊\"", "\"title\": 42"), Kind.WRONG_TYPE);
        assertThat(p.path()).isEqualTo("info.title");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(14);
        assertThat(p.describe(english)).isEqualTo("line 5, column 14 (field info.title): Expected text here, but found a whole number.");
        assertThat(p.describe(new Texts(Language.SIMPLIFIED_CHINESE)))
                .isEqualTo("第 5 行第 14 列（字段 info.title）：此处应为文本，实际却是整数。");
    }

    @Test
    void everySchemaProblemIsListedInFileOrder() throws Exception {
        String json = good.replace("\"score\": -4", "\"score\": -9")
                .replace("\"kind\": \"EXTERNAL\"", "\"kind\": \"ALIEN\"")
                .replace("\"accentColor\": \"#C0392B\"", "\"accentColor\": \"red\"")
                .replace("\"confirmedOn\": \"2026-03-14\"", "\"confirmedOn\": \"2026-02-30\"");
        List<FileProblem> problems = refused.of(json);
        assertThat(problems).extracting(FileProblem::kind, FileProblem::path).containsExactly(
                tuple(Kind.BAD_FORMAT, "info.branding.accentColor"),
                tuple(Kind.NOT_ALLOWED, "customerTypes[0].kind"),
                tuple(Kind.OUT_OF_RANGE, "journey.stages[1].touchpoints[0].emotions[0].score"),
                tuple(Kind.BAD_FORMAT, "keyMoments.moments[0].confirmedOn"));
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(problems.getFirst().describe(english)).endsWith("a colour written as #RRGGBB, such as #1F6FEB.");
        assertThat(problems.get(1).describe(english)).endsWith("allowed: EXTERNAL, INTERNAL, PARTNER_DEPARTMENT, CUSTOM.");
        assertThat(problems.get(2).describe(english)).endsWith("The value is out of range (at least -5).");
        assertThat(problems.get(3).describe(english)).endsWith("a real date written as yyyy-MM-dd, such as 2026-03-14.");
    }

    @Test
    void aMissingIdIsAMissingField() throws Exception {
        FileProblem p = Refusals.only(refused.of(good.replace("\"id\": \"au-1\",", "")), Kind.MISSING_FIELD);
        assertThat(p.path()).isEqualTo("monitoring.audits[0]");
        assertThat(p.describe(english)).endsWith("The required field \"id\" is missing.");
    }

    @Test
    void aDanglingReferenceNamesTheIdTheKindAndWhere() throws Exception {
        FileProblem p = refused.only(good.replaceFirst("\"touchpointId\": \"tp-2\",(\\s+)\"rationale\"",
                "\"touchpointId\": \"tp-404\",$1\"rationale\""), Kind.DANGLING_REFERENCE);
        assertThat(p.path()).isEqualTo("keyMoments.moments[0].touchpointId");
        assertThat(p.line()).isEqualTo(lineOf(good, "\"rationale\": \"情绪最低点") - 1);
        assertThat(p.describe(english)).endsWith("Refers to \"tp-404\", but there is no touchpoint with that id.");
        assertThat(p.describe(new Texts(Language.TRADITIONAL_CHINESE))).endsWith("找不到此編號的觸點。");
    }

    @Test
    void aDuplicateIdPointsAtTheSecondRecord() throws Exception {
        List<FileProblem> problems = refused.of(good.replace("\"id\": \"ct-2\"", "\"id\": \"ct-1\""));
        assertThat(problems).extracting(FileProblem::kind, FileProblem::path).containsExactly(
                tuple(Kind.DUPLICATE_ID, "customerTypes[1].id"),
                tuple(Kind.DANGLING_REFERENCE, "journey.stages[0].touchpoints[0].emotions[1].customerTypeId"));
        assertThat(problems.getFirst().line()).isEqualTo(lineOf(good, "\"id\": \"ct-2\""));
    }

    @Test
    void aDuplicateInANestedListIsFoundToo() throws Exception {
        FileProblem p = refused.only(good.replace("\"id\": \"tp-2\"", "\"id\": \"tp-1\"").replace("\"tp-2\"", "\"tp-1\""),
                Kind.DUPLICATE_ID);
        assertThat(p.path()).isEqualTo("journey.stages[1].touchpoints[0].id");
    }

    @Test
    void manyProblemsAreCappedWithACount() throws Exception {
        StringBuilder stages = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            stages.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i).append("\", \"name\": ").append(i).append('}');
        }
        List<FileProblem> problems = refused.of("{\"format\": \"mot-studio-workshop\", \"formatVersion\": 1, \"journey\": {\"stages\": [\n"
                + stages + "]}}");
        assertThat(problems).hasSize(Limits.MAX_PROBLEMS + 1);
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getLast().describe(english)).isEqualTo("…and 30 more problems.");
    }

    private static long lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }
}
