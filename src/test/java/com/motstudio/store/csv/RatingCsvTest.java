package com.motstudio.store.csv;

import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.store.csv.RatingImport.SurveyImport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.RATINGS;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A rating file is read into counts per value, gathered by kind, touchpoint and survey name. */
class RatingCsvTest {

    @Test
    void rowsAreGatheredIntoSurveysByKindTouchpointAndName() {
        String file = """
                survey,touchpoint,kind,value,count
                4月,窗口受理,好差评,非常满意,120
                4月,窗口受理,好差評,滿意,30
                4月,tp-window,good-bad review,very dissatisfied,2
                4月,窗口受理,,5,
                4月,,NPS,10,40
                4月,,nps,6,
                4月,取号,滿意度,4,7
                4月,取号,csat,满意,1
                """;
        RatingImport preview = RATINGS.preview(utf8(file), SurveyFixtures.workshop());
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::key)
                .containsExactly(tuple(5, "surveys.import.rating.missingKind"));
        assertThat(preview.surveys()).extracting(SurveyImport::kind, SurveyImport::touchpointId, SurveyImport::name,
                        SurveyImport::created, SurveyImport::added)
                .containsExactly(
                        tuple(RatingKind.GOOD_BAD_REVIEW, "tp-window", "4月", true,
                                List.of(new RatingCount(1, 2), new RatingCount(4, 30), new RatingCount(5, 120))),
                        tuple(RatingKind.NPS, "", "4月", true, List.of(new RatingCount(6, 1), new RatingCount(10, 40))),
                        tuple(RatingKind.CSAT, "tp-ticket", "4月", true, List.of(new RatingCount(4, 8))));
        assertThat(preview.surveys().getFirst().rows()).containsExactly(2, 3, 4);
        assertThat(preview.answerCount()).isEqualTo(152 + 41 + 8);
        assertThat(preview.createdSurveyCount()).isEqualTo(3);
        assertThat(preview.skippedRowCount()).isEqualTo(1);
        assertThat(preview.surveys()).extracting(SurveyImport::surveyId).allMatch(id -> id.startsWith("rs-")).doesNotHaveDuplicates();
    }

    @Test
    void oneAnswerPerRowNeedsNoCountAndALevelInWordsNeedsNoKind() {
        String file = """
                触点,评价等级,办件编号
                窗口受理,非常满意,A001
                窗口受理,不满意,A002
                窗口受理,非常满意,A003
                ,基本满意,A004
                """;
        RatingImport preview = RATINGS.preview(utf8(file), SurveyFixtures.workshop());
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key)
                .containsExactly(tuple(1, "办件编号", "importing.header.unknown"));
        assertThat(preview.surveys()).extracting(SurveyImport::kind, SurveyImport::touchpointId, SurveyImport::name, SurveyImport::added)
                .containsExactly(
                        tuple(RatingKind.GOOD_BAD_REVIEW, "tp-window", "", List.of(new RatingCount(2, 1), new RatingCount(5, 2))),
                        tuple(RatingKind.GOOD_BAD_REVIEW, "", "", List.of(new RatingCount(3, 1))));
    }

    @Test
    void countsGoToTheWorkshopsSurveyOfTheSameKindTouchpointAndName() {
        String file = """
                调查,触点,类型,评分,数量
                3月,窗口受理,好差评,5,5
                ３月,窗口受理,好差评,4,2
                4月,窗口受理,好差评,4,1
                """;
        RatingImport preview = RATINGS.preview(utf8(file), SurveyFixtures.withRatings());
        assertThat(preview.problems()).isEmpty();
        SurveyImport march = preview.surveys().getFirst();
        assertThat(march.created()).isFalse();
        assertThat(march.surveyId()).isEqualTo("rs-old");
        assertThat(march.name()).isEqualTo("3月");
        assertThat(march.before()).isEqualTo(SurveyFixtures.withRatings().keyMoments().ratingSurveys().getFirst());
        assertThat(march.result()).isEqualTo(new RatingSurvey("rs-old", RatingKind.GOOD_BAD_REVIEW, "3月", "tp-window",
                List.of(new RatingCount(1, 1), new RatingCount(4, 2), new RatingCount(5, 15))));
        assertThat(preview.surveys().get(1).created()).isTrue();
        assertThat(preview.createdSurveyCount()).isEqualTo(1);
    }

    @Test
    void gb18030AndUtf8WithBomReadTheSame() {
        String file = "触点,类型,评分,数量\n窗口受理,好差评,非常满意,3\n";
        for (byte[] bytes : List.of(utf8(file), SurveyFixtures.withBom(file), SurveyFixtures.gb18030(file))) {
            RatingImport preview = RATINGS.preview(bytes, SurveyFixtures.workshop());
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.surveys()).extracting(SurveyImport::touchpointId, SurveyImport::added)
                    .containsExactly(tuple("tp-window", List.of(new RatingCount(5, 3))));
        }
        assertThat(RATINGS.preview(SurveyFixtures.gb18030(file), SurveyFixtures.workshop()).charset()).isEqualTo(CsvCharset.GB18030);
    }
}
