package com.motstudio.store.csv;

import com.motstudio.model.Journey;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.RATINGS;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Applying a rating preview adds the counts it showed — merged or in new surveys — and changes nothing else. */
class RatingCsvApplyTest {
    private static final String FILE = """
            调查,触点,类型,评分,数量
            3月,窗口受理,好差评,非常满意,5
            3月,窗口受理,好差评,不满意,2
            ,,NPS,9,10
            ,取号,NPS,12,1
            """;

    @Test
    void countsAreMergedIntoTheSurveyAndNewSurveysComeAfterTheWorkshopsOwn() {
        Workshop before = SurveyFixtures.withRatings();
        RatingImport preview = RATINGS.preview(utf8(FILE), before);
        Workshop after = preview.applyTo(before);

        List<RatingSurvey> surveys = after.keyMoments().ratingSurveys();
        assertThat(surveys).hasSize(2);
        assertThat(surveys.getFirst().id()).isEqualTo("rs-old");
        assertThat(surveys.getFirst().counts()).containsExactly(new RatingCount(1, 1), new RatingCount(2, 2), new RatingCount(5, 15));
        assertThat(surveys.get(1)).isEqualTo(preview.surveys().get(1).result());
        assertThat(surveys.get(1).counts()).containsExactly(new RatingCount(9, 10));
        assertThat(surveys.get(1).touchpointId()).isEmpty();
        assertThat(before).isEqualTo(SurveyFixtures.withRatings());
        assertThat(after.withKeyMoments(before.keyMoments())).isEqualTo(before);
        assertThat(SurveyChanges.withRatingSurveys(after.keyMoments(), before.keyMoments().ratingSurveys()))
                .isEqualTo(before.keyMoments());
    }

    @Test
    void applyingTheSameImportAgainAddsNothingMore() {
        Workshop before = SurveyFixtures.withRatings();
        RatingImport preview = RATINGS.preview(utf8(FILE), before);
        Workshop once = preview.applyTo(before);
        assertThat(preview.applyTo(once)).isSameAs(once);
    }

    @Test
    void aSurveyWhoseTouchpointIsGoneIsLeftOut() {
        Workshop before = SurveyFixtures.workshop();
        RatingImport preview = RATINGS.preview(utf8(FILE), before);
        Workshop noJourney = before.withJourney(Journey.empty());
        Workshop after = preview.applyTo(noJourney);
        assertThat(after.keyMoments().ratingSurveys()).extracting(RatingSurvey::touchpointId).containsExactly("");
    }
}
