package com.motstudio.store.csv;

import com.motstudio.model.ServqualResponse;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.SERVQUAL;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bad SERVQUAL rows are listed with row, column and reason and left out; broken files add nothing. */
class ServqualCsvProblemsTest {
    /** Against the three-item survey on 1–5 of {@link SurveyFixtures#withServqual()}. */
    private static final String MIXED = """
            受访者,E1,P1,E2,P2,E3,P3,E4,W_tangibles,W:xyz,Email
            R1,5,4,5,3,4,4,,100,,ok
            R2,6,4,,,,,,,,
            R3,abc,0,,,,,,,,
            R4,,,,,,,,,,

            R5,3,3,,,,,,120,,
            R6,3,3,,,,,,x,,
            R7,3,3,,,,,,100,,,extra
            R8,4,4,,,,,,50,,
            """;

    private static ServqualImport mixed() {
        return SERVQUAL.preview(utf8(MIXED), SurveyFixtures.withServqual());
    }

    @Test
    void everyProblemIsListedWithRowColumnAndReason() {
        assertThat(mixed().problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(
                        tuple(1, "E4", "surveys.import.servqual.unknownItem", List.of("4", 3)),
                        tuple(1, "W:xyz", "surveys.import.servqual.unknownDimension", List.of("xyz")),
                        tuple(1, "Email", "importing.header.unknown", List.of()),
                        tuple(3, "E1", "surveys.import.row.outOfRange", List.of("6", 1, 5)),
                        tuple(4, "E1", "surveys.import.row.notANumber", List.of("abc", 1, 5)),
                        tuple(4, "P1", "surveys.import.row.outOfRange", List.of("0", 1, 5)),
                        tuple(5, null, "surveys.import.row.noAnswers", List.of()),
                        tuple(7, "W_tangibles", "surveys.import.servqual.weightOutOfRange", List.of("120")),
                        tuple(8, "W_tangibles", "surveys.import.servqual.weightNotANumber", List.of("x")),
                        tuple(9, null, "importing.row.cellWithoutColumn", List.of("L")));
        assertThat(mixed().notes()).extracting(CsvProblem::row, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(10, "surveys.import.servqual.weightsNot100", List.of("50")));
    }

    @Test
    void goodRowsAreStillPreviewed() {
        ServqualImport preview = mixed();
        assertThat(preview.refused()).isFalse();
        assertThat(preview.rowCount()).isEqualTo(8);
        assertThat(preview.responseCount()).isEqualTo(2);
        assertThat(preview.skippedRowCount()).isEqualTo(6);
        assertThat(preview.addsAnything()).isTrue();
        assertThat(preview.responses()).extracting(r -> r.row(), r -> r.response().respondent())
                .containsExactly(tuple(2, "R1"), tuple(10, "R8"));
        assertThat(preview.answeredItems()).containsExactly("sq-a", "sq-b", "sq-c");
    }

    @Test
    void problemsReadAsSentencesInEachLanguage() {
        List<CsvProblem> problems = mixed().problems();
        assertThat(problems.get(0).describe(new Texts(Language.ENGLISH)))
                .isEqualTo("Row 1, column \"E4\": The survey has no item \"4\", so this column is ignored. "
                        + "Items are numbered 1 to 3 in the order the survey lists them; an item's id works too.");
        assertThat(problems.get(3).describe(new Texts(Language.SIMPLIFIED_CHINESE)))
                .isEqualTo("第 3 行“E1”列：答案 6 超出了量表范围（1 到 5）。");
        assertThat(problems.get(3).describe(new Texts(Language.TRADITIONAL_CHINESE)))
                .isEqualTo("第 3 列「E1」欄：答案 6 超出了量表範圍（1 到 5）。");
        for (Language language : Language.values()) {
            for (CsvProblem problem : problems) {
                assertThat(problem.describe(new Texts(language))).doesNotContain("!").doesNotContain("{");
            }
        }
    }

    @Test
    void aColumnGivenTwiceRefusesTheFile() {
        ServqualImport preview = SERVQUAL.preview(utf8("E1,P1,期望1\n1,2,3\n"), SurveyFixtures.withServqual());
        assertThat(preview.refused()).isTrue();
        assertThat(preview.addsAnything()).isFalse();
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(1, "期望1", "importing.header.duplicate", List.of("A")));
    }

    @Test
    void aFileWithoutAnswerColumnsIsRefused() {
        ServqualImport preview = SERVQUAL.preview(utf8("受访者,备注\nR1,x\n"), SurveyFixtures.withServqual());
        assertThat(preview.refused()).isTrue();
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key).containsExactly(
                tuple(1, "备注", "importing.header.unknown"),
                tuple(1, null, "surveys.import.servqual.noAnswerColumns"));
    }

    @Test
    void brokenFilesAddNothing() {
        assertThat(SERVQUAL.preview(new byte[0], SurveyFixtures.withServqual()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.empty");
        assertThat(SERVQUAL.preview(utf8("E1,P1\n"), SurveyFixtures.withServqual()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.noRows");
        assertThat(SERVQUAL.preview(utf8("E1,P1\n\"5,4\n"), SurveyFixtures.withServqual()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.unclosedQuote");
        assertThat(SERVQUAL.preview(new byte[] {'E', '1', 0, '\n'}, SurveyFixtures.withServqual()).problems())
                .extracting(CsvProblem::key).containsExactly("importing.file.binary");
        byte[] notText = {(byte) 0x81, (byte) 0x30, '\n', (byte) 0xFF, (byte) 0xFF};
        ServqualImport bad = SERVQUAL.preview(notText, SurveyFixtures.withServqual());
        assertThat(bad.refused()).isTrue();
        assertThat(bad.charset()).isNull();
        assertThat(bad.responses()).isEmpty();
        assertThat(bad.notes()).isEmpty();
    }

    @Test
    void aRefusedFileAddsNothingWhenApplied() {
        ServqualImport preview = SERVQUAL.preview("E1,E1\n1,1\n".getBytes(StandardCharsets.UTF_8), SurveyFixtures.workshop());
        assertThat(preview.refused()).isTrue();
        assertThat(preview.applyTo(SurveyFixtures.workshop())).isEqualTo(SurveyFixtures.workshop());
    }

    @Test
    void unknownColumnsThatOnlyLookLikePrefixesAreJustUnknown() {
        ServqualImport preview = SERVQUAL.preview(utf8("E1,Period,Expected value,Weighted\n1,x,y,z\n"), SurveyFixtures.withServqual());
        assertThat(preview.problems()).extracting(CsvProblem::column, CsvProblem::key).containsExactly(
                tuple("Period", "importing.header.unknown"),
                tuple("Expected value", "surveys.import.servqual.unknownItem"),
                tuple("Weighted", "importing.header.unknown"));
        assertThat(preview.responses()).extracting(r -> r.response()).extracting(ServqualResponse::answers).hasSize(1);
    }
}
