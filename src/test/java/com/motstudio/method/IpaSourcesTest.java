package com.motstudio.method;

import com.motstudio.model.IpaScore;
import com.motstudio.model.Journey;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** IPA points made from ratings and from SERVQUAL, worked by hand. */
class IpaSourcesTest {
    private static final Touchpoint TP1 = Touchpoint.named("tp1", "Queue").withEmotion("ct", -5);
    private static final Touchpoint TP2 = Touchpoint.named("tp2", "Window").withEmotion("ct", 2);
    private static final Touchpoint TP3 = Touchpoint.named("tp3", "Pickup").withEmotion("ct", 4);
    private static final Touchpoint TP4 = Touchpoint.named("tp4", "Leave");

    @Test
    void fromRatingsUsesWeightedMeansAndTheBestPerformanceSourceThere() {
        // Weights: emotional impact 3, decision point 1, the rest default 1 (unrated here).
        // tp1: impact 5, 3 → 4; decision 2 → (3·4 + 1·2)/4 = 3.5. CSAT 2×4 + 1×1 + one off-scale 9 → (8+1)/3 = 3.
        // tp2: impact 4 → 4. NPS 10 and 5 → mean 7.5 → 1 + 0.4·7.5 = 4. (好差评 for the whole journey is not tp2's.)
        // tp3: decision 1 → 1. No survey → emotion +4 → 3 + 1.6 = 4.6.
        // tp4: no ratings → skipped even though nothing else is missing.
        Workshop w = workshop().withKeyMoments(workshop().keyMoments()
                .withTraitWeights(List.of(new TraitWeight(Trait.EMOTIONAL_IMPACT, 3), new TraitWeight(Trait.DECISION_POINT, 1)))
                .withRatings(List.of(
                        new TraitRating("g1", "tp1", Trait.EMOTIONAL_IMPACT, 5), new TraitRating("g2", "tp1", Trait.EMOTIONAL_IMPACT, 3),
                        new TraitRating("g1", "tp1", Trait.DECISION_POINT, 2),
                        new TraitRating("g1", "tp2", Trait.EMOTIONAL_IMPACT, 4),
                        new TraitRating("g1", "tp3", Trait.DECISION_POINT, 1)))
                .withRatingSurveys(List.of(
                        new RatingSurvey("r1", RatingKind.CSAT, "", "tp1", List.of(new RatingCount(4, 2), new RatingCount(1, 1), new RatingCount(9, 1))),
                        new RatingSurvey("r2", RatingKind.NPS, "", "tp2", List.of(new RatingCount(10, 1), new RatingCount(5, 1))),
                        new RatingSurvey("r3", RatingKind.GOOD_BAD_REVIEW, "", "", List.of(new RatingCount(1, 5))))));

        IpaSources.Result result = IpaSources.fromRatings(w);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.points()).extracting(IpaSources.Derived::performance).containsExactly(
                IpaSources.PerformanceSource.CSAT_OR_REVIEWS, IpaSources.PerformanceSource.NPS, IpaSources.PerformanceSource.EMOTION);
        assertPoint(result.scores().get(0), "tp1", 3.5, 3.0);
        assertPoint(result.scores().get(1), "tp2", 4.0, 4.0);
        assertPoint(result.scores().get(2), "tp3", 1.0, 4.6);
        assertThat(result.from(IpaSources.PerformanceSource.EMOTION)).isEqualTo(1);
    }

    @Test
    void fromServqualMapsLinkedItemsToOneToFive() {
        // Scale 1–7. tp1 ← items q1, q2; tp2 ← q2; tp3 ← nothing (not counted); tp4 ← q3, never answered (skipped).
        // Answers: A q1 E7 P4, q2 E5 P3; B q1 E6 P(missing), q2 E(8 off-scale) P2.
        // tp1: E = mean(7, 5, 6) = 6 → 1 + 4·5/6 = 4.3333; P = mean(4, 3, 2) = 3 → 1 + 4·2/6 = 2.3333.
        // tp2: E = 5 → 1 + 4·4/6 = 3.6667; P = mean(3, 2) = 2.5 → 1 + 4·1.5/6 = 2.
        ServqualSurvey survey = new ServqualSurvey(1, 7, List.of(
                new ServqualItem("q1", ServqualDimension.TANGIBLES, "", List.of("tp1")),
                new ServqualItem("q2", ServqualDimension.RELIABILITY, "", List.of("tp1", "tp2")),
                new ServqualItem("q3", ServqualDimension.EMPATHY, "", List.of("tp4"))), List.of(
                new ServqualResponse("a", "A", List.of(new ServqualAnswer("q1", 7, 4), new ServqualAnswer("q2", 5, 3)), List.of()),
                new ServqualResponse("b", "B", List.of(new ServqualAnswer("q1", 6, null), new ServqualAnswer("q2", 8, 2)), List.of())));
        Workshop w = workshop().withKeyMoments(workshop().keyMoments().withServqual(survey));

        IpaSources.Result result = IpaSources.fromServqual(w);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.scores()).hasSize(2);
        assertPoint(result.scores().get(0), "tp1", 1 + 4 * 5 / 6.0, 1 + 4 * 2 / 6.0);
        assertPoint(result.scores().get(1), "tp2", 1 + 4 * 4 / 6.0, 2.0);
    }

    @Test
    void nothingToDeriveFromGivesNoPoints() {
        assertThat(IpaSources.fromRatings(workshop()).points()).isEmpty();
        assertThat(IpaSources.fromRatings(workshop()).skipped()).isEqualTo(4);
        assertThat(IpaSources.fromServqual(workshop()).points()).isEmpty();
        assertThat(IpaSources.fromServqual(workshop()).skipped()).isZero();
    }

    private static void assertPoint(IpaScore score, String touchpointId, double importance, double performance) {
        assertThat(score.touchpointId()).isEqualTo(touchpointId);
        assertThat(score.importance()).isCloseTo(importance, within(1e-9));
        assertThat(score.performance()).isCloseTo(performance, within(1e-9));
    }

    private static Workshop workshop() {
        return Workshop.blank("en", "Citizen").withJourney(new Journey(List.of(
                new Stage("s1", "Arrive", "", List.of(TP1, TP2)), new Stage("s2", "Leave", "", List.of(TP3, TP4)))));
    }
}
