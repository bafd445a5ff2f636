package com.motstudio.method;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.DotVote;
import com.motstudio.model.Journey;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Monitoring;
import com.motstudio.model.Participant;
import com.motstudio.model.Plan;
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
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ranking and its evidence on a small workshop worked by hand. */
class RankingTest {
    /*
     * Weights: emotional impact 0.1, decision point 0.7 (the others unrated).
     *   tp-a: EI 3                → 100 × 0.1 × 2 / (4 × 0.1) = 50 (exactly 50.0 in floating point)
     *   tp-b: EI 5                → 100 × 0.1 × 4 / (4 × 0.1) = 100
     *   tp-c: EI 3, DP 3          → 100 × (0.1 × 2 + 0.7 × 2) / (4 × 0.8) = 50 (50.00000000000001 in floating point)
     *   tp-d: not rated           → no score
     * Ranking: tp-b 1; tp-a and tp-c tie at 50 → journey order: tp-a 2, tp-c 3; tp-d last, unranked.
     *
     * Emotions (ct-1): tp-a -1, tp-b -4, tp-c +2 → lowest and peak tp-b, highest and end tp-c.
     * SERVQUAL: i1 (tp-b) gaps -3, -1 → -2; i2 (tp-b, tp-c) gaps -1, 0 → -0.5; i3 (tp-b) unanswered.
     *   tp-b: mean(-2, -0.5) = -1.25 over items i1, i2, i3; tp-c: -0.5.
     * KANO: n1 (tp-b) NEUTRAL/DISLIKE twice → M; n2 (tp-b) unanswered → no category.
     * Dots: tp-b 2 + 1 = 3; tp-d 2.
     * 好差评 at tp-b: levels 1 ×2, 2 ×1, 5 ×7 → 10 reviews, 3 bad. A CSAT at tp-b and a journey-wide
     *   好差评 do not count for tp-b.
     * Suggested roles: tp-a FIRST (first in the journey; also tagged), tp-b HIGH_PERCEPTION (peak), tp-d END.
     */
    @Test
    void rankingWithEvidence() {
        Touchpoint a = Touchpoint.named("tp-a", "A").withRoles(Set.of(TouchpointRole.FIRST)).withEmotion("ct-1", -1);
        Touchpoint b = Touchpoint.named("tp-b", "B").withEmotion("ct-1", -4);
        Touchpoint c = Touchpoint.named("tp-c", "C").withEmotion("ct-1", 2);
        Touchpoint d = Touchpoint.named("tp-d", "D");
        Journey journey = new Journey(List.of(new Stage("s1", "S1", "", List.of(a, b)), new Stage("s2", "S2", "", List.of(c, d))));
        ServqualSurvey servqual = new ServqualSurvey(1, 7, List.of(
                new ServqualItem("i1", ServqualDimension.RELIABILITY, "", List.of("tp-b")),
                new ServqualItem("i2", ServqualDimension.EMPATHY, "", List.of("tp-b", "tp-c")),
                new ServqualItem("i3", ServqualDimension.TANGIBLES, "", List.of("tp-b"))), List.of(
                new ServqualResponse("r1", "", List.of(new ServqualAnswer("i1", 6, 3), new ServqualAnswer("i2", 5, 4)), List.of()),
                new ServqualResponse("r2", "", List.of(new ServqualAnswer("i1", 7, 6), new ServqualAnswer("i2", 4, 4)), List.of())));
        KanoSurvey kano = new KanoSurvey(List.of(new KanoNeed("n1", "", "", "", List.of("tp-b")), new KanoNeed("n2", "", "", "", List.of("tp-b"))),
                List.of(new KanoResponse("k1", "", List.of(new KanoPair("n1", KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE))),
                        new KanoResponse("k2", "", List.of(new KanoPair("n1", KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE)))));
        List<RatingSurvey> surveys = List.of(
                new RatingSurvey("rv", RatingKind.GOOD_BAD_REVIEW, "", "tp-b", List.of(new RatingCount(1, 2), new RatingCount(2, 1), new RatingCount(5, 7))),
                new RatingSurvey("cs", RatingKind.CSAT, "", "tp-b", List.of(new RatingCount(1, 5))),
                new RatingSurvey("all", RatingKind.GOOD_BAD_REVIEW, "", "", List.of(new RatingCount(1, 4))));
        KeyMoments k = new KeyMoments(
                List.of(new TraitWeight(Trait.EMOTIONAL_IMPACT, 0.1), new TraitWeight(Trait.DECISION_POINT, 0.7)),
                List.of(new TraitRating("p1", "tp-a", Trait.EMOTIONAL_IMPACT, 3), new TraitRating("p1", "tp-b", Trait.EMOTIONAL_IMPACT, 5),
                        new TraitRating("p1", "tp-c", Trait.EMOTIONAL_IMPACT, 3), new TraitRating("p1", "tp-c", Trait.DECISION_POINT, 3)),
                3, List.of(new DotVote("p1", "tp-b", 2), new DotVote("p2", "tp-b", 1), new DotVote("p2", "tp-d", 2)),
                servqual, kano, surveys, List.of(), List.of());
        WorkshopInfo info = WorkshopInfo.empty().withParticipants(List.of(new Participant("p1", "P1", "", ""), new Participant("p2", "P2", "", "")));
        Workshop workshop = new Workshop(info, List.of(new CustomerType("ct-1", CustomerKind.EXTERNAL, "C", "")), List.of(),
                journey, k, Plan.empty(), Monitoring.empty());

        List<RankedTouchpoint> ranking = Ranking.of(workshop);

        assertThat(ranking).extracting(RankedTouchpoint::touchpointId).containsExactly("tp-b", "tp-a", "tp-c", "tp-d");
        assertThat(ranking).extracting(RankedTouchpoint::rank).containsExactly(1, 2, 3, null);
        assertThat(ranking.get(0).score().score()).isEqualTo(100.0);
        // tp-c's 50 is a hair above tp-a's in floating point; still a tie, so journey order decides
        assertThat(ranking.get(2).score().score()).isGreaterThan(ranking.get(1).score().score()).isCloseTo(50.0, within(1e-9));

        Evidence eb = ranking.get(0).evidence();
        assertThat(eb.curves()).containsExactly(new Evidence.CurveMark("ct-1", -4, true, false, true, false));
        assertThat(eb.peak()).isTrue();
        assertThat(eb.end()).isFalse();
        assertThat(eb.servqualItemIds()).containsExactly("i1", "i2", "i3");
        assertThat(eb.servqualGap()).isEqualTo(-1.25);
        assertThat(eb.kano()).containsExactly(new Evidence.NeedCategory("n1", KanoCategory.MUST_BE), new Evidence.NeedCategory("n2", null));
        assertThat(eb.dots()).isEqualTo(3);
        assertThat(eb.reviews()).isEqualTo(10);
        assertThat(eb.badReviews()).isEqualTo(3);
        assertThat(eb.suggestedRoles()).containsExactly(TouchpointRole.HIGH_PERCEPTION);
        assertThat(eb.roles()).isEmpty();

        Evidence ea = ranking.get(1).evidence();
        assertThat(ea.roles()).containsExactly(TouchpointRole.FIRST);
        assertThat(ea.suggestedRoles()).containsExactly(TouchpointRole.FIRST);
        assertThat(ea.servqualGap()).isNull();
        assertThat(ea.kano()).isEmpty();

        Evidence ec = ranking.get(2).evidence();
        assertThat(ec.curves()).containsExactly(new Evidence.CurveMark("ct-1", 2, false, true, false, true));
        assertThat(ec.end()).isTrue();
        assertThat(ec.servqualGap()).isEqualTo(-0.5);

        Evidence ed = ranking.get(3).evidence();
        assertThat(ed.curves()).isEmpty();
        assertThat(ed.dots()).isEqualTo(2);
        assertThat(ed.suggestedRoles()).containsExactly(TouchpointRole.END);
        assertThat(ed.reviews()).isZero();
    }
}
