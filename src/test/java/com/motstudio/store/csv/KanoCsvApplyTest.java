package com.motstudio.store.csv;

import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.KANO;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Applying a KANO preview adds exactly the responses it showed, after the survey's own, and changes nothing else. */
class KanoCsvApplyTest {
    private static final String FILE = """
            受访者,F1,D1,F3,D3
            R1,1,5,2,5
            R2,9,5,,
            R3,,,3,3
            """;

    @Test
    void theResponsesAreAddedAfterTheSurveysOwnAndNothingElseChanges() {
        Workshop before = SurveyFixtures.withKano();
        KanoImport preview = KANO.preview(utf8(FILE), before);
        Workshop after = preview.applyTo(before);

        KanoSurvey survey = after.keyMoments().kano();
        List<KanoResponse> previewed = preview.responses().stream().map(KanoImport.ImportedResponse::response).toList();
        assertThat(previewed).hasSize(2);
        assertThat(survey.responses()).hasSize(3);
        assertThat(survey.responses().getFirst()).isEqualTo(before.keyMoments().kano().responses().getFirst());
        assertThat(survey.responses().subList(1, 3)).isEqualTo(previewed);
        assertThat(survey.needs()).isEqualTo(before.keyMoments().kano().needs());
        assertThat(before).isEqualTo(SurveyFixtures.withKano());
        assertThat(after.withKeyMoments(before.keyMoments())).isEqualTo(before);
        assertThat(SurveyChanges.withKano(after.keyMoments(), before.keyMoments().kano())).isEqualTo(before.keyMoments());
    }

    @Test
    void applyingTheSameImportAgainAddsNothingMore() {
        Workshop before = SurveyFixtures.withKano();
        KanoImport preview = KANO.preview(utf8(FILE), before);
        Workshop once = preview.applyTo(before);
        assertThat(preview.applyTo(once)).isSameAs(once);
    }

    @Test
    void responsesNamingANeedThatIsGoneAreNotAdded() {
        Workshop before = SurveyFixtures.withKano();
        KanoImport preview = KANO.preview(utf8(FILE), before);
        KanoSurvey survey = before.keyMoments().kano();
        Workshop withoutWait = SurveyFixtures.withNeeds(before, survey.needs().subList(0, 2));
        Workshop after = preview.applyTo(withoutWait);
        // R1 answers need 3, R3 only need 3: neither can be added
        assertThat(after).isSameAs(withoutWait);
    }
}
