package com.motstudio.store.csv;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.RATINGS;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bad rating rows are listed with row, column and reason and left out; broken files add nothing. */
class RatingCsvProblemsTest {
    private static final String MIXED = """
            触点,类型,评分,数量,备注
            窗口受理,好差评,满意,2,ok
            大门,好差评,满意,,
            叫号,NPS,9,,
            取号,星级,5,,
            取号,,5,,
            取号,CSAT,,,
            ,NPS,11,,
            ,CSAT,6,,
            ,好差评,很好,,
            ,NPS,8,-1,
            ,NPS,8,abc,
            ,NPS,8,,,多余
            ,nps,0,,
            """;

    private static RatingImport mixed() {
        return RATINGS.preview(utf8(MIXED), SurveyFixtures.workshop());
    }

    @Test
    void everyProblemIsListedWithRowColumnAndReason() {
        assertThat(mixed().problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(
                        tuple(1, "备注", "importing.header.unknown", List.of()),
                        tuple(3, "触点", "surveys.import.rating.unknownTouchpoint", List.of("大门")),
                        tuple(4, "触点", "surveys.import.rating.ambiguousTouchpoint", List.of("叫号", 2)),
                        tuple(5, "类型", "surveys.import.rating.unknownKind", List.of("星级")),
                        tuple(6, "类型", "surveys.import.rating.missingKind", List.of()),
                        tuple(7, "评分", "surveys.import.rating.missingValue", List.of()),
                        tuple(8, "评分", "surveys.import.rating.npsValue", List.of("11")),
                        tuple(9, "评分", "surveys.import.rating.levelValue", List.of("6")),
                        tuple(10, "评分", "surveys.import.rating.levelValue", List.of("很好")),
                        tuple(11, "数量", "surveys.import.rating.badCount", List.of("-1", 1_000_000_000)),
                        tuple(12, "数量", "surveys.import.rating.badCount", List.of("abc", 1_000_000_000)),
                        tuple(13, null, "importing.row.cellWithoutColumn", List.of("F")));
    }

    @Test
    void goodRowsAreStillPreviewed() {
        RatingImport preview = mixed();
        assertThat(preview.refused()).isFalse();
        assertThat(preview.rowCount()).isEqualTo(13);
        assertThat(preview.skippedRowCount()).isEqualTo(11);
        assertThat(preview.surveys()).extracting(s -> s.rows()).containsExactly(List.of(2), List.of(14));
        assertThat(preview.answerCount()).isEqualTo(3);
    }

    @Test
    void problemsReadAsSentencesInEachLanguage() {
        CsvProblem ambiguous = mixed().problems().get(2);
        assertThat(ambiguous.describe(new Texts(Language.ENGLISH)))
                .isEqualTo("Row 4, column \"触点\": 2 touchpoints are named \"叫号\"; write the id of the one meant.");
        assertThat(ambiguous.describe(new Texts(Language.SIMPLIFIED_CHINESE)))
                .isEqualTo("第 4 行“触点”列：有 2 个触点都叫“叫号”；请改写所指触点的 id。");
        CsvProblem count = mixed().problems().get(9);
        assertThat(count.describe(new Texts(Language.ENGLISH))).contains("from 0 to 1,000,000,000");
        for (Language language : Language.values()) {
            for (CsvProblem problem : mixed().problems()) {
                assertThat(problem.describe(new Texts(language))).doesNotContain("!").doesNotContain("{");
            }
        }
    }

    @Test
    void aFileWithoutAValueColumnOrWithAColumnTwiceIsRefused() {
        RatingImport noValue = RATINGS.preview(utf8("触点,类型\n窗口受理,NPS\n"), SurveyFixtures.workshop());
        assertThat(noValue.refused()).isTrue();
        assertThat(noValue.problems()).extracting(CsvProblem::row, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(1, "importing.header.missing", List.of(new CsvProblem.Term("surveys.import.column.value"))));
        assertThat(noValue.problems().getFirst().describe(new Texts(Language.SIMPLIFIED_CHINESE)))
                .startsWith("第 1 行：缺少必需的“评分”列");

        RatingImport twice = RATINGS.preview(utf8("评分,score\n5,5\n"), SurveyFixtures.workshop());
        assertThat(twice.refused()).isTrue();
        assertThat(twice.problems()).extracting(CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple("score", "importing.header.duplicate", List.of("A")));

        assertThat(RATINGS.preview(utf8("value\n"), SurveyFixtures.workshop()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.noRows");
        assertThat(RATINGS.preview(new byte[0], SurveyFixtures.workshop()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.empty");
        assertThat(RATINGS.preview(new byte[0], SurveyFixtures.workshop()).applyTo(SurveyFixtures.workshop()))
                .isEqualTo(SurveyFixtures.workshop());
    }
}
