package com.motstudio.method;

import com.motstudio.method.PeakEndResult.CurvePoint;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The peak-end rule on hand-computed curves. */
class PeakEndTest {
    private static final String CITIZEN = "ct-citizen";
    private static final String AGENT = "ct-agent";

    @Test
    void vShapeHasItsLowPointInTheMiddle() {
        // +2, -1, -4, -1, +3 : lowest -4 (tp-2), highest +3 (tp-4), end +3, peak -4; (-4 + 3) / 2 = -0.5
        PeakEndResult result = PeakEnd.of(journey(2, -1, -4, -1, 3), CITIZEN).orElseThrow();
        assertThat(result.lowest()).isEqualTo(new CurvePoint("tp-2", -4));
        assertThat(result.highest()).isEqualTo(new CurvePoint("tp-4", 3));
        assertThat(result.end()).isEqualTo(new CurvePoint("tp-4", 3));
        assertThat(result.peak()).isEqualTo(new CurvePoint("tp-2", -4));
        assertThat(result.remembered()).isEqualTo(-0.5);
        assertThat(result.scored()).isEqualTo(5);
    }

    @Test
    void allPositiveCurveHasAPositiveLowest() {
        // 1, 4, 2, 3 : lowest +1 (tp-0), highest/peak +4 (tp-1), end +3 (tp-3); (4 + 3) / 2 = 3.5
        PeakEndResult result = PeakEnd.of(journey(1, 4, 2, 3), CITIZEN).orElseThrow();
        assertThat(result.lowest()).isEqualTo(new CurvePoint("tp-0", 1));
        assertThat(result.highest()).isEqualTo(new CurvePoint("tp-1", 4));
        assertThat(result.peak()).isEqualTo(new CurvePoint("tp-1", 4));
        assertThat(result.end()).isEqualTo(new CurvePoint("tp-3", 3));
        assertThat(result.remembered()).isEqualTo(3.5);
    }

    @Test
    void tiesGoToTheFirstPoint() {
        // -3, 4, -4, 4, -3 : lowest -4 (tp-2), highest +4 first at tp-1, |e| = 4 first at tp-1, end -3
        PeakEndResult result = PeakEnd.of(journey(-3, 4, -4, 4, -3), CITIZEN).orElseThrow();
        assertThat(result.lowest().touchpointId()).isEqualTo("tp-2");
        assertThat(result.highest().touchpointId()).isEqualTo("tp-1");
        assertThat(result.peak()).isEqualTo(new CurvePoint("tp-1", 4));
        assertThat(result.end()).isEqualTo(new CurvePoint("tp-4", -3));
        assertThat(result.remembered()).isEqualTo(0.5);
    }

    @Test
    void equalMagnitudesOfOppositeSignKeepTheEarlierAsPeak() {
        // -5 ... +5 : both |5|; the earlier -5 is the peak; (-5 + 5) / 2 = 0
        PeakEndResult result = PeakEnd.of(journey(-5, 0, 5), CITIZEN).orElseThrow();
        assertThat(result.peak()).isEqualTo(new CurvePoint("tp-0", -5));
        assertThat(result.remembered()).isZero();
    }

    @Test
    void singlePointIsPeakAndEnd() {
        PeakEndResult result = PeakEnd.of(journey(-2), CITIZEN).orElseThrow();
        CurvePoint only = new CurvePoint("tp-0", -2);
        assertThat(List.of(result.lowest(), result.highest(), result.end(), result.peak())).containsOnly(only);
        assertThat(result.remembered()).isEqualTo(-2.0);
    }

    @Test
    void touchpointsWithoutAScoreAreSkipped() {
        // scores: -, -2, -, +1, - : end is the last scored (tp-3), not the last touchpoint
        PeakEndResult result = PeakEnd.of(journey(null, -2, null, 1, null), CITIZEN).orElseThrow();
        assertThat(result.scored()).isEqualTo(2);
        assertThat(result.end()).isEqualTo(new CurvePoint("tp-3", 1));
        assertThat(result.peak()).isEqualTo(new CurvePoint("tp-1", -2));
        assertThat(result.remembered()).isEqualTo(-0.5);
    }

    @Test
    void peakCanBeTheEnd() {
        // 1, 0, -1, -5 : the last point is lowest, peak and end; (-5 + -5) / 2 = -5
        PeakEndResult result = PeakEnd.of(journey(1, 0, -1, -5), CITIZEN).orElseThrow();
        assertThat(result.peak()).isEqualTo(result.end()).isEqualTo(result.lowest());
        assertThat(result.remembered()).isEqualTo(-5.0);
    }

    @Test
    void onlyTheAskedCustomerTypeCounts() {
        Touchpoint both = touchpoint(0, List.of(new EmotionScore(AGENT, 5), new EmotionScore(CITIZEN, -1)));
        Touchpoint agentOnly = touchpoint(1, List.of(new EmotionScore(AGENT, -5)));
        Journey journey = new Journey(List.of(new Stage("st-1", "到达", "", List.of(both, agentOnly))));
        PeakEndResult result = PeakEnd.of(journey, CITIZEN).orElseThrow();
        assertThat(result.scored()).isEqualTo(1);
        assertThat(result.end()).isEqualTo(new CurvePoint("tp-0", -1));
    }

    @Test
    void noScoresGiveNoResult() {
        assertThat(PeakEnd.of(journey(null, null), CITIZEN)).isEmpty();
        assertThat(PeakEnd.of(Journey.empty(), CITIZEN)).isEmpty();
        assertThat(PeakEnd.of(journey(3), AGENT)).isEmpty();
    }

    /** One stage per two touchpoints; a null score leaves that touchpoint unscored. */
    private static Journey journey(Integer... scores) {
        List<Stage> stages = new ArrayList<>();
        List<Touchpoint> current = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            current.add(touchpoint(i, scores[i] == null ? List.of() : List.of(new EmotionScore(CITIZEN, scores[i]))));
            if (current.size() == 2 || i == scores.length - 1) {
                stages.add(new Stage("st-" + stages.size(), "Stage", "", current));
                current = new ArrayList<>();
            }
        }
        return new Journey(stages);
    }

    private static Touchpoint touchpoint(int index, List<EmotionScore> emotions) {
        return new Touchpoint("tp-" + index, "Touchpoint " + index, "", null, null, null, null, "", "", emotions,
                List.of(), List.of(), "");
    }
}
