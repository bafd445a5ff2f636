package com.motstudio.store.csv;

import com.motstudio.model.IpaScore;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An IPA file: one row per touchpoint with importance and performance on 1–5, every bad row listed. */
class IpaCsvTest {
    private static final IpaCsv IPA = new IpaCsv();

    @Test
    void pointsAreReadByNameOrIdAndReplaceTheTouchpointsOwnOnly() {
        String file = """
                触点,重要度,表现
                窗口受理,4.6,2.8
                tp-ticket,３,4
                """;
        Workshop w = SurveyFixtures.workshop();
        w = w.withKeyMoments(w.keyMoments().withIpa(List.of(new IpaScore("tp-window", 1, 1), new IpaScore("tp-call-2", 2, 2))));
        IpaImport preview = IPA.preview(utf8(file), w);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.points()).containsExactly(new IpaScore("tp-window", 4.6, 2.8), new IpaScore("tp-ticket", 3, 4));
        assertThat(preview.replaced()).isEqualTo(1);
        assertThat(preview.applyTo(w).keyMoments().ipa()).containsExactly(new IpaScore("tp-call-2", 2, 2),
                new IpaScore("tp-window", 4.6, 2.8), new IpaScore("tp-ticket", 3, 4));
    }

    @Test
    void everyBadRowIsListedWithItsCellAndNothingElseIsLost() {
        String file = """
                touchpoint,importance,performance
                窗口受理,6,3
                ,3,3
                叫号,3,3
                柜台,3,3
                取号,,x
                取号,2,2
                窗口受理,3,3
                """;
        Workshop w = SurveyFixtures.workshop();
        IpaImport preview = IPA.preview(utf8(file), w);
        assertThat(preview.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key).containsExactly(
                tuple(2, "importance", "surveys.import.ipa.badScore"),
                tuple(3, "touchpoint", "surveys.import.ipa.missingTouchpoint"),
                tuple(4, "touchpoint", "surveys.import.rating.ambiguousTouchpoint"),
                tuple(5, "touchpoint", "surveys.import.ipa.unknownTouchpoint"),
                tuple(6, "importance", "surveys.import.ipa.missingScore"),
                tuple(6, "performance", "surveys.import.ipa.badScore"));
        // row 8 is the first good row for 窗口受理 (row 2 was refused), so it is not "twice"
        assertThat(preview.points()).containsExactly(new IpaScore("tp-ticket", 2, 2), new IpaScore("tp-window", 3, 3));
        assertThat(preview.skippedRowCount()).isEqualTo(5);
    }

    @Test
    void aTouchpointGivenTwiceIsRefusedTheSecondTime() {
        IpaImport preview = IPA.preview(utf8("触点,重要度,表现\n取号,2,2\n取号,4,4\n"), SurveyFixtures.workshop());
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.key()).isEqualTo("surveys.import.ipa.twice");
            assertThat(p.args()).containsExactly(2);
        });
    }

    @Test
    void aFileWithoutTheThreeColumnsIsRefusedWhole() {
        IpaImport preview = IPA.preview(utf8("touchpoint,importance,kind\n取号,2,NPS\n"), SurveyFixtures.workshop());
        assertThat(preview.refused()).isTrue();
        assertThat(preview.problems()).extracting(CsvProblem::key)
                .containsExactly("importing.header.unknown", "importing.header.missing");
        assertThat(preview.applyTo(SurveyFixtures.workshop())).isEqualTo(SurveyFixtures.workshop());
    }
}
