package com.motstudio.store.csv;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.KANO;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bad KANO rows are listed with row, column and reason and left out; broken files add nothing. */
class KanoCsvProblemsTest {
    /** Against the needs of {@link SurveyFixtures#withKano()}: 1 一次性告知, 2 网上预审, 3 Wait time. */
    private static final String MIXED = """
            受访者,F1,D1,F9,正向：不存在,F3,F2,D2,备注
            R1,1,5,1,1,1,我很喜欢,我很不喜欢,ok
            R2,maybe,5,,,,,,
            R3,1,6,,,,0,,
            R4,,,,,,,,
            R5,1,5,,,,,,,多余
            """;

    private static KanoImport mixed() {
        return KANO.preview(utf8(MIXED), SurveyFixtures.withKano());
    }

    @Test
    void everyProblemIsListedWithRowColumnAndReason() {
        assertThat(mixed().problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(
                        tuple(1, "F9", "surveys.import.kano.unknownNeed", List.of("9", 3)),
                        tuple(1, "正向：不存在", "surveys.import.kano.unknownNeed", List.of("不存在", 3)),
                        tuple(1, "备注", "importing.header.unknown", List.of()),
                        tuple(1, "F3", "surveys.import.kano.unpairedColumn", List.of("Wait time")),
                        tuple(3, "F1", "surveys.import.kano.unknownAnswer", List.of("maybe")),
                        tuple(4, "D1", "surveys.import.kano.unknownAnswer", List.of("6")),
                        tuple(4, "F2", "surveys.import.kano.unknownAnswer", List.of("0")),
                        tuple(5, null, "surveys.import.row.noAnswers", List.of()),
                        tuple(6, null, "importing.row.cellWithoutColumn", List.of("J")));
    }

    @Test
    void goodRowsAreStillPreviewed() {
        KanoImport preview = mixed();
        assertThat(preview.refused()).isFalse();
        assertThat(preview.rowCount()).isEqualTo(5);
        assertThat(preview.responseCount()).isEqualTo(1);
        assertThat(preview.skippedRowCount()).isEqualTo(4);
        assertThat(preview.answeredNeeds()).containsExactly("kn-once", "kn-online");
        assertThat(preview.responses()).extracting(r -> r.row(), r -> r.response().answers().size())
                .containsExactly(tuple(2, 2));
    }

    @Test
    void problemsReadAsSentencesInEachLanguage() {
        CsvProblem answer = mixed().problems().get(4);
        assertThat(answer.describe(new Texts(Language.ENGLISH))).startsWith("Row 3, column \"F1\": Unknown answer \"maybe\". Write 1 (I like it)");
        assertThat(answer.describe(new Texts(Language.SIMPLIFIED_CHINESE))).startsWith("第 3 行“F1”列：无法识别的答案“maybe”。");
        assertThat(answer.describe(new Texts(Language.TRADITIONAL_CHINESE))).startsWith("第 3 列「F1」欄：無法辨識的答案「maybe」。");
        for (Language language : Language.values()) {
            for (CsvProblem problem : mixed().problems()) {
                assertThat(problem.describe(new Texts(language))).doesNotContain("!").doesNotContain("{");
            }
        }
    }

    @Test
    void aWorkshopWithoutNeedsRefusesTheFile() {
        KanoImport preview = KANO.preview(utf8("F1,D1\n1,5\n"), SurveyFixtures.workshop());
        assertThat(preview.refused()).isTrue();
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::key)
                .containsExactly(tuple(0, "surveys.import.kano.noNeeds"));
        assertThat(preview.applyTo(SurveyFixtures.workshop())).isEqualTo(SurveyFixtures.workshop());
    }

    @Test
    void headerProblemsThatLeaveNothingToReadRefuseTheFile() {
        KanoImport twice = KANO.preview(utf8("F1,D1,正向1\n1,5,1\n"), SurveyFixtures.withKano());
        assertThat(twice.refused()).isTrue();
        assertThat(twice.problems()).extracting(CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple("正向1", "importing.header.duplicate", List.of("A")));

        KanoImport unpaired = KANO.preview(utf8("F1,D2\n1,5\n"), SurveyFixtures.withKano());
        assertThat(unpaired.refused()).isTrue();
        assertThat(unpaired.problems()).extracting(CsvProblem::column, CsvProblem::key).containsExactly(
                tuple("F1", "surveys.import.kano.unpairedColumn"),
                tuple("D2", "surveys.import.kano.unpairedColumn"),
                tuple(null, "surveys.import.kano.noAnswerColumns"));

        KanoImport none = KANO.preview(utf8("受访者\nR1\n"), SurveyFixtures.withKano());
        assertThat(none.problems()).extracting(CsvProblem::key).containsExactly("surveys.import.kano.noAnswerColumns");

        KanoImport noRows = KANO.preview(utf8("F1,D1\n"), SurveyFixtures.withKano());
        assertThat(noRows.problems()).extracting(CsvProblem::key).containsExactly("importing.file.noRows");
        assertThat(KANO.preview(new byte[0], SurveyFixtures.withKano()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.empty");
    }
}
