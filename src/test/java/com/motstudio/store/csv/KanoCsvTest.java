package com.motstudio.store.csv;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.motstudio.model.KanoAnswer.DISLIKE;
import static com.motstudio.model.KanoAnswer.LIKE;
import static com.motstudio.model.KanoAnswer.LIVE_WITH;
import static com.motstudio.model.KanoAnswer.MUST_BE;
import static com.motstudio.model.KanoAnswer.NEUTRAL;
import static com.motstudio.store.csv.SurveyFixtures.KANO;
import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A KANO answer file is read into one response per row: needs by number, id or name; answers as codes or words. */
class KanoCsvTest {

    private static List<KanoResponse> responses(KanoImport preview) {
        return preview.responses().stream().map(KanoImport.ImportedResponse::response).toList();
    }

    @Test
    void needsAreNamedByNumberNameOrIdAndAnswersByCodeOrWord() {
        String file = """
                受访者,F1,D1,正向：网上预审,反向：网上预审,functional kn-wait,dysfunctional: Wait Time
                甲,1,5,我很喜欢,我很不喜欢,must-be,I can live with it
                乙,理应如此,不喜欢,理應如此,無所謂,neutral,Like
                丙,２,4,勉強接受,我很不喜歡,3,3
                """;
        KanoImport preview = KANO.preview(utf8(file), SurveyFixtures.withKano());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.answeredNeeds()).containsExactly("kn-once", "kn-online", "kn-wait");
        assertThat(responses(preview)).extracting(KanoResponse::respondent).containsExactly("甲", "乙", "丙");
        assertThat(responses(preview)).extracting(KanoResponse::answers).containsExactly(
                List.of(pair("kn-once", LIKE, DISLIKE), pair("kn-online", LIKE, DISLIKE), pair("kn-wait", MUST_BE, LIVE_WITH)),
                List.of(pair("kn-once", MUST_BE, DISLIKE), pair("kn-online", MUST_BE, NEUTRAL), pair("kn-wait", NEUTRAL, LIKE)),
                List.of(pair("kn-once", MUST_BE, LIVE_WITH), pair("kn-online", LIVE_WITH, DISLIKE), pair("kn-wait", NEUTRAL, NEUTRAL)));
        assertThat(responses(preview)).extracting(KanoResponse::id).allMatch(id -> id.startsWith("kr-")).doesNotContain("kr-old");
    }

    @Test
    void theCodesRunFromLikeToDislike() {
        String file = "F2,D2\n1,1\n2,2\n3,3\n4,4\n5,5\n";
        KanoImport preview = KANO.preview(utf8(file), SurveyFixtures.withKano());
        assertThat(responses(preview)).extracting(r -> r.answers().getFirst().functional())
                .containsExactly(KanoAnswer.values());
    }

    @Test
    void aNeedAnsweredHalfIsLeftOutOfItsRowWithANote() {
        String file = """
                F1,D1,F2,D2
                1,,1,5
                ,,2,5
                ,,,
                """;
        KanoImport preview = KANO.preview(utf8(file), SurveyFixtures.withKano());
        assertThat(preview.notes()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key, CsvProblem::args)
                .containsExactly(tuple(2, "D1", "surveys.import.kano.halfAnswered", List.of("一次性告知")));
        assertThat(responses(preview)).extracting(KanoResponse::answers).containsExactly(
                List.of(pair("kn-online", LIKE, DISLIKE)), List.of(pair("kn-online", MUST_BE, DISLIKE)));
        assertThat(preview.problems()).isEmpty(); // the blank row is skipped like any blank row
    }

    @Test
    void gb18030AndUtf8WithBomReadTheSame() {
        String file = "受访者,正向1,反向1\n赵六,我很喜欢,勉强接受\n";
        Workshop workshop = SurveyFixtures.withKano();
        for (byte[] bytes : List.of(utf8(file), SurveyFixtures.withBom(file), SurveyFixtures.gb18030(file))) {
            KanoImport preview = KANO.preview(bytes, workshop);
            assertThat(preview.problems()).isEmpty();
            assertThat(responses(preview)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactly(new KanoResponse("", "赵六", List.of(pair("kn-once", LIKE, LIVE_WITH))));
        }
        assertThat(KANO.preview(SurveyFixtures.gb18030(file), workshop).charset()).isEqualTo(CsvCharset.GB18030);
        assertThat(KANO.preview(utf8(file), workshop).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    static KanoPair pair(String need, KanoAnswer functional, KanoAnswer dysfunctional) {
        return new KanoPair(need, functional, dysfunctional);
    }
}
