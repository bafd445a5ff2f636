package com.motstudio.store.csv;

import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Workshop;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.SERVQUAL;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Applying a SERVQUAL preview adds exactly the responses it showed, after the survey's own, and changes nothing else. */
class ServqualCsvApplyTest {
    private static final String FILE = """
            受访者,E1,P1,E3,P3,W_tangibles,W_empathy
            R1,5,4,3,2,60,40
            R2,9,4,,,,
            R3,,,1,1,,
            """;

    @Test
    void theResponsesAreAddedAfterTheSurveysOwn() {
        Workshop before = SurveyFixtures.withServqual();
        ServqualImport preview = SERVQUAL.preview(utf8(FILE), before);
        Workshop after = preview.applyTo(before);

        ServqualSurvey survey = after.keyMoments().servqual();
        List<ServqualResponse> previewed = preview.responses().stream().map(ServqualImport.ImportedResponse::response).toList();
        assertThat(previewed).hasSize(2);
        assertThat(survey.responses()).hasSize(3);
        assertThat(survey.responses().getFirst()).isEqualTo(before.keyMoments().servqual().responses().getFirst());
        assertThat(survey.responses().subList(1, 3)).isEqualTo(previewed);
        assertThat(survey.items()).isEqualTo(before.keyMoments().servqual().items());
        assertThat(survey.scaleMin()).isEqualTo(1);
        assertThat(survey.scaleMax()).isEqualTo(5);
    }

    @Test
    void everythingElseStaysEqualAndTheOriginalIsUntouched() {
        Workshop before = SurveyFixtures.withServqual();
        Workshop after = SERVQUAL.preview(utf8(FILE), before).applyTo(before);

        assertThat(before).isEqualTo(SurveyFixtures.withServqual());
        assertThat(after.withKeyMoments(before.keyMoments())).isEqualTo(before);
        assertThat(SurveyChanges.withServqual(after.keyMoments(), before.keyMoments().servqual())).isEqualTo(before.keyMoments());
    }

    @Test
    void applyingTheSameImportAgainAddsNothingMore() {
        Workshop before = SurveyFixtures.withServqual();
        ServqualImport preview = SERVQUAL.preview(utf8(FILE), before);
        Workshop once = preview.applyTo(before);
        assertThat(preview.applyTo(once)).isSameAs(once);
    }

    @Test
    void theStandardItemsAreAddedWhenTheSurveyHasNone() {
        Workshop before = SurveyFixtures.workshop();
        ServqualImport preview = SERVQUAL.preview(utf8("E1,P22\n7,1\n"), before);
        Workshop after = preview.applyTo(before);

        ServqualSurvey survey = after.keyMoments().servqual();
        assertThat(survey.items()).isEqualTo(ServqualItems.items(Language.SIMPLIFIED_CHINESE));
        assertThat(survey.responses()).containsExactly(preview.responses().getFirst().response());
        assertThat(survey.scaleMin()).isEqualTo(1);
        assertThat(survey.scaleMax()).isEqualTo(7);
        assertThat(after.withKeyMoments(before.keyMoments())).isEqualTo(before);
    }

    @Test
    void responsesWhoseItemsAreGoneAreNotAdded() {
        Workshop empty = SurveyFixtures.workshop();
        ServqualImport preview = SERVQUAL.preview(utf8("E1,P1\n7,1\n"), empty);
        // meanwhile the team wrote its own items: the standard ones are no longer added, and nothing refers to them
        Workshop own = SERVQUAL.preview(utf8("E1\n1\n"), SurveyFixtures.withServqual()).applyTo(SurveyFixtures.withServqual());
        assertThat(preview.applyTo(own)).isSameAs(own);
        List<ServqualItem> items = own.keyMoments().servqual().items();
        assertThat(items).extracting(ServqualItem::id).containsExactly("sq-a", "sq-b", "sq-c");
    }

    @Test
    void aPreviewWithNothingToAddLeavesTheWorkshopAsItIs() {
        Workshop before = SurveyFixtures.withServqual();
        ServqualImport preview = SERVQUAL.preview(utf8("E1\n9\n"), before);
        assertThat(preview.addsAnything()).isFalse();
        assertThat(preview.applyTo(before)).isSameAs(before);
    }
}
